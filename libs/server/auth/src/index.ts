export * from './auth.module';
export * from './auth.service';
export * from './auth-state';
export * from './decorators';
export * from './dto';
export * from './mail.service';
export * from './pagination';
export * from './passwords';
