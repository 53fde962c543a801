import type { Routes } from '@angular/router';
import { koploperPublicRoutes } from '@koers/web-koploper';

/** Exposed to the shell as './public-routes': pages without sign-in (the MVO register, an invitation). */
export const routes: Routes = koploperPublicRoutes();
