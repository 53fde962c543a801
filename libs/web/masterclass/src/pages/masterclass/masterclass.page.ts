import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MasterclassApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { GroupHeaderComponent, ParticipantTableComponent, RefusalComponent, pageActions, type ParticipantTableRow } from '@koers/web-programme';
import { PHASE_NAMES } from '../../step';
import { MasterclassEnrolSection } from './masterclass-enrol.section';
import { MasterclassMaterialsSection } from './masterclass-materials.section';
import { MasterclassSessionsSection } from './masterclass-sessions.section';
import { MasterclassSpeakersSection } from './masterclass-speakers.section';

/**
 * One masterclass for its coordinator and the staff: what it is for, who
 * takes part (a candidate from a region scan or an e-mailed invitation), the
 * start (5 to 10 entrepreneurs; the refusal shows next to the button), the
 * workshops with their modules and attendance, the materials, and the speakers.
 */
@Component({
  selector: 'koers-masterclass',
  imports: [
    TranslocoPipe,
    RouterLink,
    GroupHeaderComponent,
    RefusalComponent,
    ParticipantTableComponent,
    MasterclassEnrolSection,
    MasterclassSessionsSection,
    MasterclassMaterialsSection,
    MasterclassSpeakersSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="../..">{{ 'masterclass.common.back' | transloco }}</a></p>
    @let m = masterclass.hasValue() ? masterclass.value() : null;
    <koers-group-header [group]="m" [failed]="!!masterclass.error()" (retry)="masterclass.reload()" [lead]="m ? ('masterclass.audience.' + m.audience | transloco) : ''"
                        statusKeys="masterclass.status." sizeRuleKey="masterclass.detail.sizeRule" statusTestId="masterclass-status" />
    @if (m) {
      <dl class="koers-facts">
        <dt>{{ 'masterclass.detail.goals' | transloco }}</dt>
        <dd class="koers-pre">{{ m.goals }}</dd>
        @if (m.coOrganisers.length) {
          <dt>{{ 'masterclass.detail.coOrganisers' | transloco }}</dt>
          <dd>{{ m.coOrganisers.join(', ') }}</dd>
        }
      </dl>
      <p class="koers-actions">
        @if (organiser() && m.status === 'planned') {
          <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="start()">{{ 'masterclass.detail.start' | transloco }}</button>
        }
        <a routerLink="kansen">{{ 'masterclass.detail.opportunities' | transloco }}</a>
      </p>
      <koers-refusal data-testid="start-error" [refusal]="actions.error()" />

      <h2>{{ 'masterclass.detail.participants' | transloco }} ({{ m.participants.length }})</h2>
      @if (m.participants.length) {
        <koers-participant-table data-testid="participants" [rows]="rows()" [labels]="phaseNames" [caption]="'masterclass.detail.participants' | transloco"
                                 [organisationHeader]="'masterclass.detail.organisation' | transloco" [link]="outcomeLink" [linkLabel]="'masterclass.detail.outcome' | transloco" />
      } @else {
        <p>{{ 'masterclass.detail.noParticipants' | transloco }}</p>
      }
      <koers-masterclass-enrol [masterclass]="m" [canEnrol]="open()" (changed)="masterclass.reload()" />

      <h2>{{ 'masterclass.sessions.title' | transloco }}</h2>
      <koers-masterclass-sessions [masterclass]="m" [canPlan]="open()" [canRecord]="staffMayRecord()" (changed)="masterclass.reload()" />

      <h2>{{ 'masterclass.materials.title' | transloco }}</h2>
      <koers-masterclass-materials [masterclassId]="m.id" [canManage]="staffMayManage()" />

      <h2>{{ 'masterclass.speakers.title' | transloco }}</h2>
      <koers-masterclass-speakers [masterclass]="m" [canManage]="open()" (changed)="masterclass.reload()" />
    }
  `,
})
export class MasterclassPage {
  readonly masterclassId = input.required<string>();
  private readonly api = inject(MasterclassApi);
  private readonly auth = inject(AuthService);

  readonly phaseNames = PHASE_NAMES;
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly staffMayRecord = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  /** Who uploads and removes the materials (an analyst reads them). */
  readonly staffMayManage = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));

  readonly masterclass = resource({ params: () => this.masterclassId(), loader: ({ params }) => this.api.masterclass(params) });
  /** A coordinator changes the masterclass until it is closed. */
  readonly open = computed(() => this.organiser() && this.masterclass.value()?.status !== 'closed');
  readonly rows = computed<ParticipantTableRow[]>(() => this.masterclass.value()?.participants ?? []);
  readonly outcomeLink = (row: ParticipantTableRow) => ['deelnemers', row.id];

  /** The start; the sections have their own, so each refusal shows where it was caused. */
  readonly actions = pageActions();

  start() {
    return this.actions.run(() => this.api.start(this.masterclassId()), 'masterclass.detail.started', {}, () => this.masterclass.reload());
  }
}
