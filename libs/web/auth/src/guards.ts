import { inject } from '@angular/core';
import { type CanActivateFn, Router, type UrlTree } from '@angular/router';
import { SIGN_IN_PATH } from './auth.interceptor';
import { AuthService, type Role } from './auth.service';

async function signedIn(auth: AuthService, router: Router, url: string): Promise<true | UrlTree> {
  if (await auth.restore()) return true;
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: { terug: url } });
}

/** Only for signed-in users; others go to the sign-in page and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => signedIn(inject(AuthService), inject(Router), state.url);

/** Only for the given roles of the active membership; others go back to the overview. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    // inject() only works before the first await.
    const auth = inject(AuthService);
    const router = inject(Router);
    const result = await signedIn(auth, router, state.url);
    if (result !== true) return result;
    return auth.hasRole(...roles) ? true : router.createUrlTree(['/']);
  };
}
