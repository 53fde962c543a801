export { allianceRoutes, publicAllianceRoutes, JOIN_ALLIANCE_PATH, PUBLIC_SHOWCASE_PATH } from './routes';
