import type { Routes } from '@angular/router';
import { OrganisationProfileComponent } from '@koers/web-features';
import { masterclassRoutes } from '@koers/web-masterclass';

/** Exposed to the shell as './routes' and used by the standalone app. */
export const routes: Routes = [{ path: 'organisatie', component: OrganisationProfileComponent }, ...masterclassRoutes()];
