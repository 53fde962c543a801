import { ChangeDetectionStrategy, Component, computed, inject, resource, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHAIN_ROLE_LABELS } from '@koers/domain';
import { ApiError, ChainApi, type ChainApplication, type NewChainApplication } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, pageActions } from '@koers/web-programme';
import { PHASE_NAMES } from '../../step';
import { ChainApplicationForm } from './application.form';
import { DeclineForm } from './decline.form';

/** A list the API may not have yet (404) is empty, not an error. */
async function orEmpty<T>(load: () => Promise<{ items: T[] }>): Promise<T[]> {
  try {
    return (await load()).items;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return [];
    throw e;
  }
}

/**
 * The step's home. Staff see the partner's chain projects, the open proposals
 * of step 2 and the joint applications waiting for a decision (a coordinator
 * takes them up or declines one with a reason); a company sees its own
 * projects and applications, and applies together with its chain.
 */
@Component({
  selector: 'koers-chain-home',
  imports: [TranslocoPipe, RouterLink, EmptyStateComponent, ErrorStateComponent, LoadingComponent, BilingualPipe, KoersDatePipe, RefusalComponent, ChainApplicationForm, DeclineForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-members li { border: 0; padding: 0; margin: 0 0 .25rem; }
  `,
  template: `
    <h1>{{ 'chain.nav.home' | transloco }}</h1>
    <p>{{ 'chain.home.intro' | transloco }}</p>
    <nav class="koers-subnav" [attr.aria-label]="'chain.nav.home' | transloco">
      @if (organiser()) {
        <a routerLink="projecten/nieuw" class="koers-button">{{ 'chain.home.newProject' | transloco }}</a>
      }
      @if (staff()) {
        <a routerLink="sectorketens">{{ 'chain.nav.sector' | transloco }}</a>
      }
      <a routerLink="organisatie">{{ 'organisation.title' | transloco }}</a>
    </nav>

    <h2>{{ (participant() ? 'chain.home.mine' : 'chain.home.list') | transloco }}</h2>
    @if (projects.isLoading()) {
      <koers-loading />
    } @else if (projects.error()) {
      <koers-error-state (retry)="projects.reload()" />
    } @else if (projects.value()?.length) {
      <table class="koers-table" data-testid="projects">
        <caption class="koers-visually-hidden">{{ 'chain.home.list' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'chain.home.name' | transloco }}</th>
            <th scope="col">{{ 'chain.home.subject' | transloco }}</th>
            <th scope="col">{{ 'chain.home.lead' | transloco }}</th>
            <th scope="col">{{ 'chain.home.partners' | transloco }}</th>
            <th scope="col">{{ 'chain.home.phase' | transloco }}</th>
            <th scope="col">{{ 'chain.common.status' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of projects.value()!; track p.id) {
            <tr [attr.data-project]="p.name">
              <td><a [routerLink]="['projecten', p.id]">{{ p.name }}</a></td>
              <td>{{ p.subject }}</td>
              <td>{{ p.lead ?? '—' }}</td>
              <td>{{ p.partners }}</td>
              <td>{{ p.phase ? (phaseNames[p.phase] | bilingual) : '—' }}</td>
              <td>{{ p.status ? ('chain.status.' + p.status | transloco) : '—' }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else if (participant()) {
      <koers-empty-state [title]="'chain.home.mineEmpty' | transloco" />
    } @else {
      <koers-empty-state [title]="'chain.home.empty' | transloco" [hint]="'chain.home.emptyHint' | transloco" />
    }

    @if (staff()) {
      <h2>{{ 'chain.home.proposals' | transloco }}</h2>
      <p>{{ 'chain.home.proposalsIntro' | transloco }}</p>
      @if (proposals.error()) {
        <koers-error-state (retry)="proposals.reload()" />
      } @else if (!proposals.hasValue()) {
        <koers-loading />
      } @else if (proposals.value().length) {
        <ul class="koers-cards" data-testid="proposals">
          @for (p of proposals.value(); track p.id) {
            <li [attr.data-proposal]="p.title">
              <strong>{{ p.title }}</strong> · {{ p.createdAt | koersDate }}
              @if (p.description) {
                <p>{{ p.description }}</p>
              }
              <p>
                {{ 'chain.home.candidates' | transloco }}:
                @for (c of p.candidatePartners; track $index) {
                  {{ c.name }}@if (!c.organisationId) { <small> ({{ 'chain.home.notInKoers' | transloco }})</small> }@if (!$last) {, }
                }
              </p>
              @if (organiser()) {
                <a class="koers-button koers-button-secondary" routerLink="projecten/nieuw" [queryParams]="{ voorstel: p.id }">
                  {{ 'chain.home.takeUpProposal' | transloco }}<span class="koers-visually-hidden"> {{ p.title }}</span>
                </a>
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'chain.home.noProposals' | transloco }}</p>
      }

      <h2>{{ 'chain.home.applications' | transloco }}</h2>
      <p>{{ 'chain.home.applicationsIntro' | transloco }}</p>
      <koers-refusal data-testid="decline-error" [refusal]="declineActions.error()" />
      @if (applications.error()) {
        <koers-error-state (retry)="applications.reload()" />
      } @else if (!applications.hasValue()) {
        <koers-loading />
      } @else if (applications.value().length) {
        <ul class="koers-cards" data-testid="applications">
          @for (a of applications.value(); track a.id) {
            <li [attr.data-application]="a.title">
              <strong>{{ a.title }}</strong> · {{ 'chain.home.applicant' | transloco }}: {{ a.applicantName ?? '—' }} · {{ 'chain.home.submittedOn' | transloco: { date: (a.createdAt | koersDate) } }}
              @if (a.description) {
                <p>{{ a.description }}</p>
              }
              <p>{{ 'chain.home.members' | transloco }}:</p>
              <ul class="koers-members">
                @for (m of a.members; track m.name) {
                  <li>{{ m.name }} · {{ roleLabels[m.chainRole] | bilingual }}{{ m.email ? ' · ' + m.email : '' }}</li>
                }
              </ul>
              @if (organiser()) {
                <p class="koers-actions">
                  <a class="koers-button koers-button-secondary" routerLink="projecten/nieuw" [queryParams]="{ aanvraag: a.id }">
                    {{ 'chain.home.takeUp' | transloco }}<span class="koers-visually-hidden"> {{ a.title }}</span>
                  </a>
                </p>
                <koers-chain-decline-form [id]="'decline-' + a.id" [name]="a.title" [busy]="declineActions.busy()" (decline)="decline(a, $event)" />
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'chain.home.noApplications' | transloco }}</p>
      }
    }

    @if (participant()) {
      <h2>{{ 'chain.home.myApplications' | transloco }}</h2>
      @if (applications.hasValue() && applications.value().length) {
        <ul class="koers-cards" data-testid="my-applications">
          @for (a of applications.value(); track a.id) {
            <li [attr.data-application]="a.title">
              <strong>{{ a.title }}</strong> · {{ 'chain.home.submittedOn' | transloco: { date: (a.createdAt | koersDate) } }} ·
              <strong>{{ 'chain.home.applicationStatus.' + a.status | transloco }}</strong>
              @if (a.status === 'declined' && a.declineReason) {
                <p>{{ 'chain.home.declinedBecause' | transloco: { reason: a.declineReason } }}</p>
              }
              @if (a.projectId) {
                <p><a [routerLink]="['projecten', a.projectId]">{{ 'chain.home.openProject' | transloco }}</a></p>
              }
            </li>
          }
        </ul>
      } @else if (applications.error()) {
        <koers-error-state (retry)="applications.reload()" />
      } @else {
        <p>{{ 'chain.common.none' | transloco }}</p>
      }
      <h2>{{ 'chain.home.apply.title' | transloco }}</h2>
      @if (ownOrganisation(); as name) {
        <p data-testid="applicant">{{ 'chain.home.apply.applicant' | transloco: { name } }}</p>
      }
      <koers-refusal data-testid="apply-error" [refusal]="applyActions.error()" [omit]="placed()" />
      <koers-chain-application-form [busy]="applyActions.busy()" (apply)="apply($event)" />
    }
  `,
})
export class ChainHomePage {
  private readonly api = inject(ChainApi);
  private readonly auth = inject(AuthService);
  readonly participant = computed(() => this.auth.role() === 'participant');
  readonly staff = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser', 'analyst'));
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly phaseNames = PHASE_NAMES;
  /** A company applies for itself: it leads the project that may come of it. */
  readonly ownOrganisation = computed(() => this.auth.activeMembership()?.organisation?.name ?? null);
  readonly roleLabels = CHAIN_ROLE_LABELS;
  private readonly applicationForm = viewChild(ChainApplicationForm);

  /** The partner's projects; a participant's own (the API decides). */
  readonly projects = resource({ loader: () => orEmpty(() => this.api.projects()) });
  readonly proposals = resource({
    params: () => this.staff() || undefined,
    loader: async () => (await orEmpty(() => this.api.proposals())).filter((p) => p.status === 'open'),
  });
  /** Staff: the applications waiting for a decision; a company: its own, whatever became of them. */
  readonly applications = resource({
    params: () => (this.staff() ? 'submitted' : this.participant() ? 'own' : undefined),
    loader: ({ params }) => orEmpty(() => this.api.applications(params === 'submitted' ? 'submitted' : undefined)),
  });

  readonly declineActions = pageActions();
  readonly applyActions = pageActions();
  /** Fields whose refusal shows next to them in the form, not again in the box. */
  readonly placed = signal<string[]>([]);

  decline(a: ChainApplication, reason: string) {
    return this.declineActions.run(() => this.api.declineApplication(a.id, reason), 'chain.home.declined', { name: a.applicantName ?? a.title }, () => this.applications.reload());
  }

  async apply(body: NewChainApplication) {
    const ok = await this.applyActions.run(() => this.api.apply(body), 'chain.home.apply.submitted', {}, () => this.applications.reload());
    const form = this.applicationForm();
    if (ok) form?.clear();
    else this.placed.set(form?.placeRefusal(this.applyActions.error()) ?? []);
  }
}
