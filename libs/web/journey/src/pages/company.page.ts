import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FINANCING_KINDS, FINANCING_KIND_LABELS, FINANCING_STATUS_LABELS, FUNNEL_STAGES, FUNNEL_STAGE_LABELS, LEAD_SOURCES, LEAD_SOURCE_LABELS, STUDENT_TASK_STATUS_LABELS, type FinancingKind, type LeadSource, parseNumber } from '@koers/domain';
import { JourneyApi, type FinancingView, type FunnelStageKey } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { AuthService } from '@koers/web-auth';
import { BilingualPipe, EuroPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions, todayIso } from '@koers/web-programme';
import { JourneyViewComponent } from './journey-view.component';

/**
 * `/reis/bedrijven/:organisationId`: the company's journey as far as the
 * partner may see it, and what staff record on it: the funnel stage, the first
 * contact, financing steps, the follow-up tasks and student assignments.
 */
@Component({
  selector: 'koers-journey-company',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, EuroPipe, RefusalComponent, JourneyViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'journey.nav.companies' | transloco }}</a></p>
    <koers-journey-view [organisationId]="organisationId()">
      @if (editor()) {
        <form class="koers-inline-form" data-testid="stage-form" (submit)="$event.preventDefault(); saveStage()">
          <label for="journey-stage">{{ 'journey.staff.stage' | transloco }}</label>
          <select id="journey-stage" [value]="stage()" (change)="stage.set($any($event.target).value)">
            <option value="" disabled>—</option>
            @for (s of stages; track s) {
              <option [value]="s">{{ stageLabels[s] | bilingual }}</option>
            }
          </select>
          <button type="submit" class="koers-button" [disabled]="!stage() || stageActions.busy()">{{ 'journey.common.save' | transloco }}</button>
          <koers-refusal [refusal]="stageActions.error()" />
        </form>
      }
    </koers-journey-view>

    @if (journeyView()?.journey?.hasValue() && journeyView()!.journey.value() !== 'not_found') {
      <h2>{{ 'journey.staff.lead' | transloco }}</h2>
      @if (leads().length) {
        <ul data-testid="leads">
          @for (l of leads(); track $index) {
            <li>{{ l.partnerName }} · {{ sourceLabel(l.source) | bilingual }} · {{ l.contactedOn | koersDate }}@if (l.note) { · {{ l.note }} }</li>
          }
        </ul>
      }
      @if (editor()) {
        <form data-testid="lead-form" (submit)="$event.preventDefault(); saveLead()">
          <div class="koers-field">
            <label for="lead-source">{{ 'journey.staff.source' | transloco }}</label>
            <select id="lead-source" [value]="lead().source" (change)="lead.set({ ...lead(), source: $any($event.target).value })">
              @for (s of sources; track s) {
                <option [value]="s">{{ sourceLabels[s] | bilingual }}</option>
              }
            </select>
          </div>
          <div class="koers-field">
            <label for="lead-contacted">{{ 'journey.staff.contactedOn' | transloco }}</label>
            <input id="lead-contacted" type="date" [value]="lead().contactedOn" (input)="lead.set({ ...lead(), contactedOn: $any($event.target).value })" />
            @if (err(leadActions.error(), 'contactedOn'); as t) { <p class="koers-field-error">{{ t | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="lead-note">{{ 'journey.staff.note' | transloco }}</label>
            <textarea id="lead-note" [value]="lead().note" (input)="lead.set({ ...lead(), note: $any($event.target).value })"></textarea>
          </div>
          <koers-refusal [refusal]="leadActions.error()" [omit]="['contactedOn']" />
          <button type="submit" class="koers-button" [disabled]="leadActions.busy()">{{ 'journey.common.save' | transloco }}</button>
        </form>
      }

      <h2>{{ 'journey.staff.financing' | transloco }}</h2>
      @if (financing().length) {
        <table class="koers-table" data-testid="financing">
          <caption class="koers-visually-hidden">{{ 'journey.staff.financing' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'journey.staff.kind' | transloco }}</th>
              <th scope="col">{{ 'journey.staff.provider' | transloco }}</th>
              <th scope="col">{{ 'journey.staff.amount' | transloco }}</th>
              <th scope="col">{{ 'journey.staff.appliedOn' | transloco }}</th>
              <th scope="col">{{ 'journey.staff.status' | transloco }}</th>
              <th scope="col">{{ 'journey.staff.decidedOn' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (f of financing(); track f.id) {
              <tr [attr.data-financing]="f.id">
                <td>{{ kindLabel(f.kind) | bilingual }}</td>
                <td>{{ f.provider }}</td>
                <td>{{ f.amountEur | euro }}</td>
                <td>{{ f.appliedOn | koersDate }}</td>
                <td>{{ statusLabels[f.status] | bilingual }}</td>
                <td>
                  @if (f.status === 'applied' && editor()) {
                    <label class="koers-visually-hidden" [for]="'decided-' + f.id">{{ 'journey.staff.decidedOn' | transloco }}</label>
                    <input type="date" [id]="'decided-' + f.id" [value]="decidedOn()" (input)="decidedOn.set($any($event.target).value)" />
                    <button type="button" class="koers-button koers-button-secondary" (click)="decide(f, 'granted')">{{ 'journey.staff.markGranted' | transloco }}</button>
                    <button type="button" class="koers-button koers-button-secondary" (click)="decide(f, 'refused')">{{ 'journey.staff.markRefused' | transloco }}</button>
                  } @else {
                    {{ f.decidedOn | koersDate }}
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'journey.common.none' | transloco }}</p>
      }
      @if (editor()) {
        <form data-testid="financing-form" (submit)="$event.preventDefault(); addFinancing()">
          <h3>{{ 'journey.staff.addFinancing' | transloco }}</h3>
          <div class="koers-field">
            <label for="fin-kind">{{ 'journey.staff.kind' | transloco }}</label>
            <select id="fin-kind" [value]="fin().kind" (change)="fin.set({ ...fin(), kind: $any($event.target).value })">
              @for (k of kinds; track k) {
                <option [value]="k">{{ kindLabels[k] | bilingual }}</option>
              }
            </select>
          </div>
          <div class="koers-field">
            <label for="fin-provider">{{ 'journey.staff.provider' | transloco }}</label>
            <input id="fin-provider" [value]="fin().provider" (input)="fin.set({ ...fin(), provider: $any($event.target).value })" />
            @if (err(finActions.error(), 'provider'); as t) { <p class="koers-field-error">{{ t | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="fin-amount">{{ 'journey.staff.amount' | transloco }}</label>
            <input id="fin-amount" inputmode="decimal" [value]="fin().amount" (input)="fin.set({ ...fin(), amount: $any($event.target).value })" />
            @if (amountUnreadable()) {
              <p class="koers-field-error" data-testid="amount-unreadable">{{ 'journey.staff.amountUnreadable' | transloco }}</p>
            } @else if (err(finActions.error(), 'amountEur'); as t) {
              <p class="koers-field-error">{{ t | bilingual }}</p>
            }
          </div>
          <div class="koers-field">
            <label for="fin-applied">{{ 'journey.staff.appliedOn' | transloco }}</label>
            <input id="fin-applied" type="date" [value]="fin().appliedOn" (input)="fin.set({ ...fin(), appliedOn: $any($event.target).value })" />
            @if (err(finActions.error(), 'appliedOn'); as t) { <p class="koers-field-error">{{ t | bilingual }}</p> }
          </div>
          <koers-refusal [refusal]="finActions.error()" [omit]="['provider', 'amountEur', 'appliedOn', 'decidedOn']" />
          @if (err(finActions.error(), 'decidedOn'); as t) { <p class="koers-field-error">{{ t | bilingual }}</p> }
          <button type="submit" class="koers-button" [disabled]="finActions.busy()">{{ 'journey.staff.addFinancing' | transloco }}</button>
        </form>
      }

      <h2>{{ 'journey.staff.followUps' | transloco }}</h2>
      @if (followUps.hasValue() && followUps.value().items.length) {
        <ul data-testid="company-follow-ups">
          @for (t of followUps.value().items; track t.id) {
            <li [attr.data-task-id]="t.id">{{ t.dueOn | koersDate }} · {{ t.group?.name ?? '—' }} · {{ 'journey.followUp.' + (t.state === 'overdue' ? 'due' : t.state === 'cancelled' ? 'done' : t.state) | transloco }}@if (t.note) { · {{ t.note }} }</li>
          }
        </ul>
      } @else {
        <p>{{ 'journey.common.none' | transloco }}</p>
      }

      <h2>{{ 'journey.staff.students' | transloco }}</h2>
      @if (students.hasValue() && students.value().items.length) {
        <ul data-testid="company-students">
          @for (a of students.value().items; track a.id) {
            <li>{{ a.studentName }} ({{ a.institution }}, {{ a.studyProgramme }}; {{ a.periodStart | koersDate }} – {{ a.periodEnd | koersDate }}) · {{ a.task }} · {{ taskStatusLabels[a.status] | bilingual }}@if (a.result) { · {{ a.result }} }</li>
          }
        </ul>
      } @else {
        <p>{{ 'journey.common.none' | transloco }}</p>
      }
    }
  `,
})
export class CompanyJourneyPage {
  private readonly api = inject(JourneyApi);
  private readonly auth = inject(AuthService);
  readonly organisationId = input.required<string>();
  readonly journeyView = viewChild(JourneyViewComponent);
  /** An analyst reads; the others record. */
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  readonly stages = FUNNEL_STAGES;
  readonly stageLabels = FUNNEL_STAGE_LABELS;
  readonly sources = LEAD_SOURCES;
  readonly sourceLabels = LEAD_SOURCE_LABELS;
  readonly kinds = FINANCING_KINDS;
  readonly kindLabels = FINANCING_KIND_LABELS;
  readonly statusLabels = FINANCING_STATUS_LABELS;
  readonly taskStatusLabels = STUDENT_TASK_STATUS_LABELS;
  readonly err = fieldText;

  readonly stageActions = pageActions();
  readonly leadActions = pageActions();
  readonly finActions = pageActions();
  readonly amountUnreadable = signal(false);
  private readonly language = inject(LanguageService);
  readonly stage = signal<FunnelStageKey | ''>('');
  readonly lead = signal<{ source: LeadSource; contactedOn: string; note: string }>({ source: 'event', contactedOn: todayIso(), note: '' });
  readonly fin = signal<{ kind: FinancingKind; provider: string; amount: string; appliedOn: string }>({ kind: 'subsidy', provider: '', amount: '', appliedOn: todayIso() });
  readonly decidedOn = signal(todayIso());

  private readonly view = computed(() => {
    const r = this.journeyView()?.journey;
    const v = r?.hasValue() ? r.value() : null;
    return v && v !== 'not_found' ? v : null;
  });
  readonly leads = computed(() => this.view()?.leads ?? []);
  readonly financing = computed(() => this.view()?.financing ?? []);
  readonly followUps = resource({ params: () => this.organisationId(), loader: ({ params }) => this.api.organisationFollowUps(params) });
  readonly students = resource({ params: () => this.organisationId(), loader: ({ params }) => this.api.organisationStudentAssignments(params) });

  sourceLabel(s: string) {
    return (LEAD_SOURCE_LABELS as Record<string, { nl: string; en: string }>)[s] ?? { nl: s, en: s };
  }
  kindLabel(k: string) {
    return (FINANCING_KIND_LABELS as Record<string, { nl: string; en: string }>)[k] ?? { nl: k, en: k };
  }

  async saveStage() {
    const stage = this.stage();
    if (!stage) return;
    await this.stageActions.run(() => this.api.setStage(this.organisationId(), stage), 'journey.staff.stageSaved', {}, () => this.journeyView()?.reload());
  }
  async saveLead() {
    const { source, contactedOn, note } = this.lead();
    await this.leadActions.run(() => this.api.putLead(this.organisationId(), { source, contactedOn, ...(note.trim() ? { note: note.trim() } : {}) }), 'journey.staff.leadSaved', {}, () => this.journeyView()?.reload());
  }
  async addFinancing() {
    const { kind, provider, amount, appliedOn } = this.fin();
    // An amount as typed in the reader's language (Dutch 1.250,50); what fits no reading exactly is not guessed: the field says how to write it.
    const parsed = parseNumber(amount, this.language.current());
    this.amountUnreadable.set(parsed !== null && Number.isNaN(parsed));
    if (this.amountUnreadable()) return;
    const body = { kind, provider, appliedOn, ...(parsed !== null ? { amountEur: parsed } : {}) };
    await this.finActions.run(() => this.api.addFinancing(this.organisationId(), body), 'journey.staff.financingSaved', {}, () => {
      this.fin.set({ kind: 'subsidy', provider: '', amount: '', appliedOn: todayIso() });
      this.journeyView()?.reload();
    });
  }
  async decide(f: FinancingView, status: 'granted' | 'refused') {
    await this.finActions.run(() => this.api.updateFinancing(f.id, { status, decidedOn: this.decidedOn() }), 'journey.staff.financingSaved', {}, () => this.journeyView()?.reload());
  }
}
