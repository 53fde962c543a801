import type { Routes } from '@angular/router';
import { stepRoutes } from '@koers/web-features';

/** Exposed to the shell as './routes' and used by the standalone app. */
export const routes: Routes = stepRoutes('chain');
