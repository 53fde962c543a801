import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { type ApplicationConfig, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { provideKoersI18n } from '@koers/web-ui';
import { credentialsInterceptor } from './credentials.interceptor';

/** What every Koers web app needs: zoneless change detection, HTTP with the session cookie, the router, Dutch and English. */
export function koersAppConfig(routes: Routes): ApplicationConfig {
  return {
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(withInterceptors([credentialsInterceptor])),
      provideRouter(routes, withComponentInputBinding()),
      provideKoersI18n(),
    ],
  };
}
