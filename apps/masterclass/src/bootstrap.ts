import { bootstrapApplication } from '@angular/platform-browser';
import { KoersRootComponent, koersAppConfig, standaloneStepRoutes } from '@koers/web-features';

// Standalone: this step app signs in on its own, without the shell.
bootstrapApplication(KoersRootComponent, koersAppConfig(standaloneStepRoutes('masterclass'))).catch((err) => console.error(err));
