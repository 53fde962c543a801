export { allianceRoutes } from './routes';
