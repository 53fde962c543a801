import type { Routes } from '@angular/router';
import { chainPublicRoutes } from '@koers/web-chain';

/** Exposed to the shell as './public-routes': pages without sign-in (an invitation from a mail). */
export const routes: Routes = chainPublicRoutes();
