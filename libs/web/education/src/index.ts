export { educationRoutes, educationPublicRoutes } from './routes';
