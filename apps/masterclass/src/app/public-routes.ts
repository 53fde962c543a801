import type { Routes } from '@angular/router';
import { masterclassPublicRoutes } from '@koers/web-masterclass';

/** Exposed to the shell as './public-routes': pages without sign-in (an invitation from a mail). */
export const routes: Routes = masterclassPublicRoutes();
