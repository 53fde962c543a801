import { bootstrapApplication } from '@angular/platform-browser';
import { KoersRootComponent, koersAppConfig } from '@koers/web-features';
import { routes } from './app/app.routes';

bootstrapApplication(KoersRootComponent, koersAppConfig(routes)).catch((err) => console.error(err));
