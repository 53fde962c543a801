import { type ApplicationConfig, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { provideKoersHttp } from '@koers/web-auth';
import { provideKoersI18n } from '@koers/web-ui';

/** What every Koers web app needs: zoneless change detection, the router, HttpClient with the session interceptor, Dutch and English. */
export function koersAppConfig(routes: Routes): ApplicationConfig {
  return {
    providers: [provideZonelessChangeDetection(), provideRouter(routes, withComponentInputBinding()), provideKoersHttp(), provideKoersI18n()],
  };
}
