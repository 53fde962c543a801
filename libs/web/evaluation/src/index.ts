export { evaluationRoutes, EVALUATION_ROLES } from './routes';
