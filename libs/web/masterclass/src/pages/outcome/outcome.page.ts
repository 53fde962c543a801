import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MasterclassApi, type Intake, type OutcomeFields } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe, PhaseStepperComponent, RefusalComponent, pageActions } from '@koers/web-programme';
import { PHASE_NAMES, STEP } from '../../step';
import { MasterclassMaterialsSection } from '../masterclass/masterclass-materials.section';
import { IntakeForm } from './intake.form';
import { OutcomeForm, type OtherParticipant } from './outcome.form';

/**
 * One participant's intake and outcome in a masterclass: written by the
 * participant itself, or by the coordinator for it. Each form shows its own
 * refusal next to it. A participant also downloads the masterclass's materials here.
 */
@Component({
  selector: 'koers-outcome',
  imports: [TranslocoPipe, RouterLink, LoadingComponent, ErrorStateComponent, RefusalComponent, KoersDatePipe, PhaseStepperComponent, IntakeForm, OutcomeForm, MasterclassMaterialsSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a [routerLink]="participant() ? '/' : '../..'">{{ 'masterclass.common.back' | transloco }}</a></p>
    @if (masterclass.error() && !masterclass.value()) {
      <koers-error-state (retry)="masterclass.reload()" />
    } @else if (!masterclass.value()) {
      <koers-loading />
    } @else if (!self()) {
      <p role="alert">{{ 'masterclass.outcome.notFound' | transloco }}</p>
    } @else {
      @let me = self()!;
      <h1>{{ me.organisationName }}</h1>
      <p>{{ masterclass.value()!.name }} · {{ 'masterclass.outcome.intro' | transloco: { name: me.organisationName } }}</p>
      <koers-phase-stepper [phases]="step.phases" [labels]="phaseNames" [current]="me.phase" />
      @if (outcome()?.updatedAt; as updated) {
        <p data-testid="outcome-updated">{{ 'masterclass.outcome.updated' | transloco: { date: (updated | koersDate: 'time') } }}</p>
      }

      <h2>{{ 'masterclass.outcome.intake' | transloco }}</h2>
      <koers-refusal data-testid="intake-error" [refusal]="intakeActions.error()" />
      <koers-intake-form [stored]="outcome()?.intake ?? null" [busy]="intakeActions.busy()" (save)="saveIntake($event)" />

      <h2>{{ 'masterclass.outcome.outcome' | transloco }}</h2>
      <koers-refusal data-testid="outcome-error" [refusal]="outcomeActions.error()" />
      <koers-outcome-form [stored]="outcome()" [others]="others()" [busy]="outcomeActions.busy()" (save)="saveOutcome($event)" />

      @if (participant()) {
        <!-- The masterclass page is the staff's: a participant finds the workshops' materials here, to download. -->
        <h2>{{ 'masterclass.materials.title' | transloco }}</h2>
        <koers-masterclass-materials [masterclassId]="masterclassId()" />
      }
    }
  `,
})
export class OutcomePage {
  readonly masterclassId = input.required<string>();
  readonly enrolmentId = input.required<string>();
  private readonly api = inject(MasterclassApi);
  private readonly auth = inject(AuthService);
  readonly step = STEP;
  readonly phaseNames = PHASE_NAMES;
  readonly participant = computed(() => this.auth.role() === 'participant');

  readonly masterclass = resource({ params: () => this.masterclassId(), loader: ({ params }) => this.api.masterclass(params) });
  readonly self = computed(() => this.masterclass.value()?.participants.find((p) => p.id === this.enrolmentId()) ?? null);
  readonly outcome = computed(() => this.masterclass.value()?.outcomes?.find((o) => o.enrolmentId === this.enrolmentId()) ?? null);
  /** The other active participants: by name for everyone (fellowParticipants), with their organisation where the reader sees their row (staff). */
  readonly others = computed<OtherParticipant[]>(() => {
    const m = this.masterclass.value();
    if (!m) return [];
    const rows = new Map(m.participants.map((p) => [p.id, p]));
    return m.fellowParticipants
      .filter((f) => f.enrolmentId !== this.enrolmentId())
      .map((f) => ({ enrolmentId: f.enrolmentId, organisationId: rows.get(f.enrolmentId)?.organisationId ?? null, name: f.organisationName }));
  });

  readonly intakeActions = pageActions();
  readonly outcomeActions = pageActions();

  saveIntake(intake: Intake) {
    return this.intakeActions.run(() => this.api.saveIntake(this.enrolmentId(), intake), 'masterclass.outcome.intakeSaved', {}, () => this.masterclass.reload());
  }

  saveOutcome(outcome: OutcomeFields) {
    return this.outcomeActions.run(() => this.api.saveOutcome(this.enrolmentId(), outcome), 'masterclass.outcome.outcomeSaved', {}, () => this.masterclass.reload());
  }
}
