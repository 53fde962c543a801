import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent } from '@koers/web-ui';
import { JourneyViewComponent } from './journey-view.component';

/**
 * `/reis`: a company's user sees its own journey (its organisation from the
 * active membership, as the step apps find it); staff get the journey's pages.
 */
@Component({
  selector: 'koers-journey-home',
  imports: [TranslocoPipe, RouterLink, JourneyViewComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (participant()) {
      @if (organisationId(); as id) {
        <koers-journey-view [organisationId]="id" [isOwnCompany]="true">
          <nav class="koers-subnav" [attr.aria-label]="'journey.nav.home' | transloco">
            <a routerLink="toestemming">{{ 'journey.view.consentLink' | transloco }}</a>
          </nav>
        </koers-journey-view>
      } @else {
        <h1>{{ 'journey.nav.own' | transloco }}</h1>
        <koers-empty-state [title]="'journey.consent.noOrganisation' | transloco" />
      }
    } @else {
      <h1>{{ 'journey.nav.home' | transloco }}</h1>
      <p>{{ 'journey.view.intro' | transloco }}</p>
      <nav class="koers-subnav" [attr.aria-label]="'journey.nav.home' | transloco">
        <a routerLink="bedrijven">{{ 'journey.nav.companies' | transloco }}</a>
        <a routerLink="opvolging">{{ 'journey.nav.followUp' | transloco }}</a>
        <a routerLink="studenten">{{ 'journey.nav.students' | transloco }}</a>
        <a routerLink="trechter">{{ 'journey.nav.funnel' | transloco }}</a>
      </nav>
    }
  `,
})
export class JourneyHomePage {
  private readonly auth = inject(AuthService);
  readonly participant = computed(() => this.auth.role() === 'participant');
  readonly organisationId = computed(() => this.auth.activeMembership()?.organisation?.id ?? null);
}
