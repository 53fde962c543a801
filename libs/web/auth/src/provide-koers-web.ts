import { type ApplicationConfig, inject, provideAppInitializer, provideZonelessChangeDetection } from '@angular/core';
import { provideRouter, Router, withComponentInputBinding, type Routes } from '@angular/router';
import { UNAUTHENTICATED } from '@koers/web-api-client';
import { provideKoersI18n } from '@koers/web-ui';

/** What every Koers web app needs: zoneless change detection, the router, Dutch and English, and sign-in on an expired session. */
export function koersAppConfig(routes: Routes): ApplicationConfig {
  return {
    providers: [
      provideZonelessChangeDetection(),
      provideRouter(routes, withComponentInputBinding()),
      provideKoersI18n(),
      provideAppInitializer(() => {
        const router = inject(Router);
        inject(UNAUTHENTICATED).add(() => void router.navigate(['/aanmelden'], { queryParams: { terug: router.url } }));
      }),
    ],
  };
}
