export * from './files';
export * from './upload';
export * from './files.module';
export * from './sheet';
export * from './file-types';
export * from './api-file-upload';
