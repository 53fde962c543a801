export * from './chain.module';
export { ChainProjectsService } from './projects/projects.service';
