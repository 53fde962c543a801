import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/** Sends the session cookie with every API call and sends the user to sign in when it has expired. */
export const credentialsInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(req.clone({ withCredentials: true })).pipe(
    catchError((err: unknown) => {
      const isSignIn = req.url.endsWith('/api/auth/sign-in') || req.url.endsWith('/api/auth/session');
      if (err instanceof HttpErrorResponse && err.status === 401 && !isSignIn) {
        auth.expired();
        void router.navigate(['/aanmelden'], { queryParams: { terug: router.url } });
      }
      return throwError(() => err);
    }),
  );
};
