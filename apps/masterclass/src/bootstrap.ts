import { bootstrapApplication } from '@angular/platform-browser';
import { koersAppConfig } from '@koers/web-auth';
import { AppComponent, standaloneRoutes } from './app/app.component';

// Standalone: this step app signs in on its own, without the shell.
bootstrapApplication(AppComponent, koersAppConfig(standaloneRoutes)).catch((err) => console.error(err));
