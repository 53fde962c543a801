import type { Routes } from '@angular/router';
import { OrganisationProfileComponent } from '@koers/web-features';
import { chainRoutes } from '@koers/web-chain';

/** Exposed to the shell as './routes' and used by the standalone app. */
export const routes: Routes = [{ path: 'organisatie', component: OrganisationProfileComponent }, ...chainRoutes()];
