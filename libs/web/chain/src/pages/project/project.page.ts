import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChainApi, type ChainProjectDetail } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { BilingualPipe, GroupHeaderComponent, KoersDatePipe, RefusalComponent, pageActions } from '@koers/web-programme';
import { PHASE_NAMES, STEP } from '../../step';
import { ProjectBusinessCaseSection } from './project-business-case.section';
import { ProjectFlowMapsSection } from './project-flow-maps.section';
import { ProjectImpactSection } from './project-impact.section';
import { ProjectMembersSection } from './project-members.section';
import { ProjectPhasesSection } from './project-phases.section';
import { ProjectReportSection } from './project-report.section';
import { ProjectSessionsSection } from './project-sessions.section';
import { ProjectSpecialistsSection } from './project-specialists.section';

/** How often the page asks again for what the worker computes (the impact, the report) before it leaves it to the reader. */
const POLL_MS = 2000;
const MAX_POLLS = 15;

/**
 * One chain project: what it is and where it comes from, its start and close
 * (a project closes after four sessions held; the API's refusal names the
 * count), the phases the partners go through together, the lead and chain
 * partners with their roles, the specialist pool, the sessions with their
 * decisions and actions, the flow maps, the business case, the impact of the
 * chosen option and the results report. Each section shows its own refusal.
 */
@Component({
  selector: 'koers-chain-project',
  imports: [
    TranslocoPipe,
    RouterLink,
    KoersDatePipe,
    BilingualPipe,
    GroupHeaderComponent,
    RefusalComponent,
    ProjectPhasesSection,
    ProjectMembersSection,
    ProjectSpecialistsSection,
    ProjectSessionsSection,
    ProjectFlowMapsSection,
    ProjectBusinessCaseSection,
    ProjectImpactSection,
    ProjectReportSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'chain.common.back' | transloco }}</a></p>
    @let p = project.hasValue() ? project.value() : null;
    <koers-group-header [group]="p" [failed]="!!project.error()" (retry)="project.reload()" [lead]="p?.subject ?? ''"
                        statusKeys="chain.status." sizeRuleKey="chain.project.detail.sizeRule" statusTestId="project-status" />
    @if (p) {
      <dl class="koers-facts" data-testid="project-facts">
        <dt>{{ 'chain.project.detail.lead' | transloco }}</dt>
        <dd>{{ leadName() ?? '—' }}</dd>
        <dt>{{ 'chain.project.detail.period' | transloco }}</dt>
        <dd data-testid="project-period">{{ p.startsOn | koersDate }} – {{ p.endsOn | koersDate }} ({{ 'chain.project.detail.months' | transloco: { months: p.durationMonths } }})</dd>
        <dt>{{ 'chain.project.detail.origin' | transloco }}</dt>
        <dd data-testid="project-origin">{{ 'chain.project.detail.origins.' + p.origin | transloco }}</dd>
        @if (p.sectorProgrammeId) {
          <dt>{{ 'chain.project.detail.sectorProgramme' | transloco }}</dt>
          <dd data-testid="project-sector">
            @if (staff()) {
              <a [routerLink]="['../../sectorketens', p.sectorProgrammeId]">{{ p.sectorProgrammeName }}</a>
            } @else {
              {{ p.sectorProgrammeName }}
            }
          </dd>
          @if (p.theme) {
            <dt>{{ 'chain.project.detail.theme' | transloco }}</dt>
            <dd>{{ p.theme }}</dd>
          }
        }
        @if (p.goal) {
          <dt>{{ 'chain.project.detail.goal' | transloco }}</dt>
          <dd class="koers-pre">{{ p.goal }}</dd>
        }
      </dl>
      <p data-testid="sessions-held"><strong>{{ 'chain.project.detail.sessionsHeld' | transloco: { held: p.sessionsHeld, required: p.sessionsRequired } }}</strong></p>
      @if (organiser() && p.status !== 'closed') {
        <p class="koers-actions">
          @if (p.status === 'planned') {
            <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="start()">{{ 'chain.project.detail.start' | transloco }}</button>
            <span class="koers-hint">{{ 'chain.project.detail.startHint' | transloco }}</span>
          } @else {
            <button class="koers-button koers-button-secondary" type="button" [disabled]="actions.busy()" (click)="close()">{{ 'chain.project.detail.close' | transloco }}</button>
            <span class="koers-hint">{{ 'chain.project.detail.sessionsHeldHint' | transloco: { required: p.sessionsRequired, phase: (phaseNames[closingPhase] | bilingual) } }}</span>
          }
        </p>
      }
      <koers-refusal data-testid="status-error" [refusal]="actions.error()" />

      <section aria-labelledby="phases-title">
        <h2 id="phases-title">{{ 'chain.project.phases.title' | transloco }}</h2>
        <koers-chain-project-phases [project]="p" [canMove]="writer()" (changed)="project.set($event)" />
      </section>

      <section aria-labelledby="members-title">
        <h2 id="members-title">{{ 'chain.project.members.title' | transloco }} ({{ activeMembers() }})</h2>
        <koers-chain-project-members [project]="p" [canManage]="open()" (changed)="project.set($event)" (invited)="project.reload()" />
      </section>

      <section aria-labelledby="specialists-title">
        <h2 id="specialists-title">{{ 'chain.project.specialists.title' | transloco }} ({{ p.specialists.length }})</h2>
        <koers-chain-project-specialists [project]="p" [canManage]="open()" (changed)="project.set($event)" />
      </section>

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{{ 'chain.project.sessions.title' | transloco }}</h2>
        <koers-chain-project-sessions [project]="p" [canPlan]="open()" [canRecord]="writer() && p.status !== 'closed'" (changed)="project.reload()" />
      </section>

      <section aria-labelledby="flow-maps-title">
        <h2 id="flow-maps-title">{{ 'chain.project.flowMaps.title' | transloco }}</h2>
        <koers-chain-project-flow-maps [project]="p" [canCreate]="writer() && p.status !== 'closed'" />
      </section>

      <section aria-labelledby="business-case-title">
        <h2 id="business-case-title">{{ 'chain.project.businessCase.title' | transloco }}</h2>
        <koers-chain-project-business-case [project]="p" [canEdit]="writer() && p.status !== 'closed'" (chosen)="awaitImpact()" />
      </section>

      <section aria-labelledby="impact-title">
        <h2 id="impact-title">{{ 'chain.project.impact.title' | transloco }}</h2>
        <koers-chain-project-impact [impact]="p.impact" [gaveUp]="impactPolls() >= maxPolls" (again)="awaitImpact()" />
      </section>

      <section aria-labelledby="report-title">
        <h2 id="report-title">{{ 'chain.project.report.title' | transloco }}</h2>
        <koers-chain-project-report [project]="p" [canMake]="writer()" [waiting]="reportAwaited() !== undefined" [gaveUp]="reportPolls() >= maxPolls"
                                    (requested)="awaitReport($event)" (again)="awaitReport(p.reportFileId, true)" />
      </section>
    }
  `,
})
export class ProjectPage {
  readonly projectId = input.required<string>();
  private readonly api = inject(ChainApi);
  private readonly auth = inject(AuthService);

  readonly phaseNames = PHASE_NAMES;
  /** The phase from which a project may close (the step's). */
  readonly closingPhase = STEP.closingPhase ?? STEP.finalPhase;
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  /** Who moves the phase, records sessions and works on the flow maps and the business case. */
  readonly writer = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  readonly staff = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser', 'analyst'));

  readonly project = resource({ params: () => this.projectId(), loader: ({ params }) => this.api.project(params) });
  /** A coordinator changes the project until it is closed. */
  readonly open = computed(() => this.organiser() && this.project.value()?.status !== 'closed');
  readonly leadName = computed(() => this.project.value()?.members.find((m) => m.role === 'lead' && m.phase !== 'withdrawn')?.organisationName ?? null);
  readonly activeMembers = computed(() => this.project.value()?.members.filter((m) => m.phase !== 'withdrawn').length ?? 0);

  /** Start and close; the sections have their own, so each refusal shows where it was caused. */
  readonly actions = pageActions();

  readonly maxPolls = MAX_POLLS;
  readonly impactPolls = signal(0);
  readonly reportPolls = signal(0);
  /** The report id there was when a new one was asked for (undefined: not waiting). */
  readonly reportAwaited = signal<string | null | undefined>(undefined);

  constructor() {
    // The worker computes the impact and renders the report: ask again a few times while it is busy.
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const p = this.project.value();
      const awaited = this.reportAwaited();
      clearTimeout(timer);
      if (!p) return;
      const reportDone = awaited !== undefined && !!p.reportFileId && p.reportFileId !== awaited;
      if (reportDone) {
        this.reportAwaited.set(undefined);
        return;
      }
      const impactPending = p.impact?.status === 'pending' && this.impactPolls() < MAX_POLLS;
      const reportPending = awaited !== undefined && this.reportPolls() < MAX_POLLS;
      if (!impactPending && !reportPending) return;
      timer = setTimeout(() => {
        if (impactPending) this.impactPolls.update((n) => n + 1);
        if (reportPending) this.reportPolls.update((n) => n + 1);
        this.project.reload();
      }, POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  start() {
    return this.actions.run(() => this.api.start(this.projectId()), 'chain.project.detail.started', {}, () => this.project.reload());
  }

  close() {
    let closed: ChainProjectDetail | null = null;
    return this.actions.run(async () => (closed = await this.api.close(this.projectId())), 'chain.project.detail.closed', {}, () => closed && this.project.set(closed));
  }

  /** A business-case option was chosen (or the reader asks again): its impact comes from the worker. */
  awaitImpact() {
    this.impactPolls.set(0);
    this.project.reload();
  }

  /** The report was asked for: wait for one other than `previous`. */
  awaitReport(previous: string | null, again = false) {
    this.reportPolls.set(0);
    this.reportAwaited.set(previous);
    if (again) this.project.reload();
  }
}
