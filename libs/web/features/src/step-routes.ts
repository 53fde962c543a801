import type { Routes } from '@angular/router';
import { OrganisationProfileComponent } from './organisation-profile.component';
import { StepHomeComponent, type StepKey } from './step-home.component';

/** The routes every step app exposes: its home and the organisation's profile. */
export function stepRoutes(step: StepKey): Routes {
  return [
    { path: '', component: StepHomeComponent, data: { step } },
    { path: 'organisatie', component: OrganisationProfileComponent },
  ];
}
