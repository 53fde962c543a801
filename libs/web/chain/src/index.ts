export { chainRoutes, chainPublicRoutes } from './routes';
