import { bootstrapApplication } from '@angular/platform-browser';
import { koersAppConfig } from '@koers/web-auth';
import { AppComponent } from './app/app.component';
import { routes } from './app/app.routes';

bootstrapApplication(AppComponent, koersAppConfig(routes)).catch((err) => console.error(err));
