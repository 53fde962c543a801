export * from './auth.service';
export * from './auth.interceptor';
export * from './guards';
