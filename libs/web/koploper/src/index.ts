export { koploperRoutes, koploperPublicRoutes } from './routes';
