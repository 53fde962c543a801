import { bootstrapApplication } from '@angular/platform-browser';
import { KoersRootComponent, koersAppConfig, standaloneStepRoutes } from '@koers/web-features';
import { routes as publicRoutes } from './app/public-routes';
import { routes } from './app/routes';

// Standalone: this step app signs in on its own, without the shell.
bootstrapApplication(KoersRootComponent, koersAppConfig(standaloneStepRoutes('chain', routes, publicRoutes))).catch((err) => console.error(err));
