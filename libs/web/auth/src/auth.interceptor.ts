import { HttpErrorResponse, type HttpInterceptorFn, provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { type EnvironmentProviders, inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

export const SIGN_IN_PATH = '/aanmelden';

/** Calls whose 401 is an answer ("not signed in", "wrong password"), not a session that ended. */
const ASKS_ABOUT_SESSION = /\/api\/auth\/(session|sign-in|password-reset)/;

/**
 * Every request to the API carries the session cookie (also when the API is on
 * another origin). A 401 on any other call means the session ended: forget it
 * and go to the sign-in page, coming back here afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(req.clone({ withCredentials: true })).pipe(
    catchError((e: unknown) => {
      if (e instanceof HttpErrorResponse && e.status === 401 && !ASKS_ABOUT_SESSION.test(req.url)) {
        auth.ended();
        if (!router.url.startsWith(SIGN_IN_PATH)) void router.navigate([SIGN_IN_PATH], { queryParams: { terug: router.url } });
      }
      return throwError(() => e);
    }),
  );
};

/** HttpClient on fetch, with the interceptor above. */
export function provideKoersHttp(): EnvironmentProviders {
  return provideHttpClient(withFetch(), withInterceptors([authInterceptor]));
}
