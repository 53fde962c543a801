export { masterclassRoutes, masterclassPublicRoutes } from './routes';
