export { journeyRoutes } from './routes';
