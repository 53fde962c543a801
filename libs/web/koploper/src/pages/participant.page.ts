import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, resource, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CERTIFICATE_STATUS_LABELS, PHASE_LABELS } from '@koers/domain';
import { KoploperApi, koploperDownloads, type ActionItemStatus, type Activity, type CalcResult, type Iso26000Answer, type ParticipantPhase } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LanguageService, LoadingComponent, ToastService } from '@koers/web-ui';
import { BaselineFormComponent } from './baseline-form';
import { BilingualPipe, Co2Pipe, EuroPipe, KoersDatePipe, RefusalComponent, pageActions, refusal, todayIso } from '../shared';

interface FootprintSummary {
  totalKgCO2e: number;
}
interface IsoSummary {
  overallPercent: number | null;
}

/**
 * One company's year in the track, in the order it happens: where it stands,
 * the baseline (upload, review, results as they arrive), the ISO 26000 scan,
 * the profile, the action plan and vision, the communication assignment and
 * the certificates. The participant, its adviser and the coordinator all
 * work here; each sees the buttons its role may use.
 */
@Component({
  selector: 'koers-participant',
  imports: [TranslocoPipe, RouterLink, LoadingComponent, ErrorStateComponent, RefusalComponent, BaselineFormComponent, BilingualPipe, KoersDatePipe, Co2Pipe, EuroPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (track.error() && !track.value()) {
      <koers-error-state (retry)="track.reload()" />
    } @else if (!track.value()) {
      <koers-loading />
    } @else {
      @let t = track.value()!;
      @if (!participant()) {
        <p><a [routerLink]="['../../groepen', t.cohort.id]">{{ t.cohort.name }}</a></p>
      }
      <h1>{{ t.organisation.name }}</h1>
      <p>{{ t.cohort.name }} · {{ t.cohort.municipality }}</p>
      <koers-refusal data-testid="track-error" [refusal]="actions.error()" />

      <section aria-labelledby="phase-title">
        <h2 id="phase-title">{{ 'koploper.track.phase' | transloco }}</h2>
        <ol class="koers-phases">
          @for (p of phases; track p) {
            <li [class.koers-phase-done]="phaseIndex(p) < phaseIndex(t.participant.phase)" [attr.aria-current]="p === t.participant.phase ? 'step' : null">
              {{ phaseLabels[p] | bilingual }}
            </li>
          }
        </ol>
        <p data-testid="phase">
          <strong>{{ phaseLabels[t.participant.phase] | bilingual }}</strong>
          @if (t.participant.plannedBy) {
            · {{ 'koploper.cohort.plannedBy' | transloco }} {{ t.participant.plannedBy | koersDate }}
          }
          @if (t.participant.late) {
            <span class="koers-badge koers-badge-warn">{{ 'koploper.cohort.late' | transloco }}</span>
          }
        </p>
        @if (organiser() && cohort.value(); as c) {
          <div class="koers-field koers-inline-field">
            <label for="participant-adviser">{{ 'koploper.cohort.adviser' | transloco }}</label>
            <select id="participant-adviser" [value]="t.participant.adviserUserId ?? ''" [disabled]="actions.busy()" (change)="setAdviser(t.cohort.id, $any($event.target).value)">
              <option value="">—</option>
              @for (a of c.advisers; track a.userId) {
                <option [value]="a.userId">{{ a.name }}{{ a.trainee ? ' (' + ('koploper.cohort.trainee' | transloco) + ')' : '' }}</option>
              }
            </select>
          </div>
        } @else if (t.participant.adviserName) {
          <p>{{ 'koploper.cohort.adviser' | transloco }}: {{ t.participant.adviserName }}</p>
        }
        @if (staff() && t.participant.nextPhases.length) {
          <p class="koers-actions">
            @for (next of t.participant.nextPhases; track next) {
              <button class="koers-button koers-button-secondary" type="button" [disabled]="actions.busy()" (click)="moveTo(t.cohort.id, next)">
                {{ 'koploper.track.moveTo' | transloco }}: {{ phaseLabels[next] | bilingual }}
              </button>
            }
          </p>
        }
      </section>

      <section aria-labelledby="baseline-title">
        <h2 id="baseline-title">{{ 'koploper.track.baseline' | transloco }}</h2>
        <p>{{ 'koploper.track.baselineIntro' | transloco }}</p>
        <p>
          {{ 'koploper.track.template' | transloco }}:
          <a [href]="downloads.baselineTemplate('csv')" download>CSV</a> ·
          <a [href]="downloads.baselineTemplate('xlsx')" download>Excel</a>
        </p>
        <form class="koers-form koers-inline-form" (submit)="$event.preventDefault(); upload()" novalidate>
          <div class="koers-field">
            <label for="baseline-year">{{ 'koploper.common.year' | transloco }}</label>
            <input id="baseline-year" type="number" min="2000" max="2100" [value]="year()" (input)="year.set(+$any($event.target).value)" />
          </div>
          <div class="koers-field">
            <label for="baseline-file">{{ 'koploper.track.file' | transloco }}</label>
            <input id="baseline-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" (change)="file.set($any($event.target).files?.[0] ?? null)" />
          </div>
          <button class="koers-button" type="submit" [disabled]="actions.busy() || !file()">{{ 'koploper.track.upload' | transloco }}</button>
        </form>
        <details class="koers-details">
          <summary>{{ 'koploper.activity.title' | transloco }}</summary>
          <p>{{ 'koploper.activity.intro' | transloco }}</p>
          <koers-baseline-form [stored]="t.baseline?.footprint?.input?.activities ?? null" [busy]="actions.busy()" (save)="saveBaseline($event)" />
        </details>
        @if (baselineErrors().length) {
          <div class="koers-form-error" role="alert" data-testid="upload-errors">
            <p>{{ 'koploper.track.uploadRejected' | transloco }}</p>
            <ul>
              @for (e of baselineErrors(); track $index) {
                <li>{{ e }}</li>
              }
            </ul>
          </div>
        }
        @if (t.baseline; as b) {
          <dl class="koers-facts" data-testid="baseline">
            <dt>{{ 'koploper.common.year' | transloco }}</dt>
            <dd>{{ b.year }}</dd>
            <dt>{{ 'koploper.common.status' | transloco }}</dt>
            <dd data-testid="baseline-status">{{ 'koploper.track.baselineStatus.' + b.status | transloco }}</dd>
            <dt>{{ 'koploper.track.footprint' | transloco }}</dt>
            <dd data-testid="footprint-result">
              @switch (b.footprint.result?.status) {
                @case ('succeeded') {
                  {{ footprintOf(b.footprint.result).totalKgCO2e | co2 }}
                }
                @case ('failed') {
                  {{ 'koploper.track.failed' | transloco }}: {{ b.footprint.result?.error }}
                }
                @case ('pending') {
                  {{ 'koploper.track.pending' | transloco }}
                }
                @default {
                  —
                }
              }
            </dd>
            <dt>{{ 'koploper.track.iso' | transloco }}</dt>
            <dd data-testid="iso-result">
              @switch (b.iso26000.result?.status) {
                @case ('succeeded') {
                  {{ isoOf(b.iso26000.result).overallPercent ?? '—' }}%
                }
                @case ('pending') {
                  {{ 'koploper.track.pending' | transloco }}
                }
                @case ('failed') {
                  {{ 'koploper.track.failed' | transloco }}
                }
                @default {
                  —
                }
              }
            </dd>
          </dl>
          @if (staff() && b.status === 'submitted') {
            <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="act(api.reviewBaseline(t.participant.id, b.year), 'koploper.track.reviewed')">{{ 'koploper.track.review' | transloco }}</button>
          }
        } @else {
          <p>{{ 'koploper.track.noBaseline' | transloco }}</p>
        }

        <details class="koers-details" (toggle)="scanOpen.set($any($event.target).open)">
          <summary>{{ 'koploper.track.isoScan' | transloco }}</summary>
          <p>{{ 'koploper.track.isoIntro' | transloco }}</p>
          @if (scanOpen()) {
            @if (structure.value(); as s) {
              <form (submit)="$event.preventDefault(); saveScan()" novalidate>
                @for (subject of s.coreSubjects; track subject.id) {
                  <fieldset class="koers-fieldset">
                    <legend>{{ subject.name | bilingual }}</legend>
                    @for (issue of subject.issues; track issue.id) {
                      <div class="koers-field koers-inline-field">
                        <label [for]="'iso-' + issue.id">{{ issue.name | bilingual }}</label>
                        <select [id]="'iso-' + issue.id" [value]="answerValue(issue.id)" (change)="setAnswer(issue.id, $any($event.target).value)">
                          <option value=""></option>
                          @for (label of maturityLabels(); track $index) {
                            <option [value]="'' + $index">{{ label }}</option>
                          }
                          <option value="na">{{ 'koploper.track.notRelevant' | transloco }}</option>
                        </select>
                      </div>
                    }
                  </fieldset>
                }
                <button class="koers-button" type="submit" [disabled]="actions.busy()">{{ 'koploper.track.saveScan' | transloco }}</button>
              </form>
            } @else {
              <koers-loading />
            }
          }
        </details>
      </section>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{{ 'koploper.track.profiles' | transloco }}</h2>
        <ul data-testid="profiles">
          @for (p of t.profiles; track p.id) {
            <li>
              <a [routerLink]="['../../profielen', p.id]">
                {{ p.status === 'draft' ? ('koploper.track.draft' | transloco) : ('koploper.track.version' | transloco: { version: p.version }) }} · {{ p.year }}
              </a>
              @if (p.publishedAt) {
                · {{ p.publishedAt | koersDate }}
              }
            </li>
          } @empty {
            <li>{{ 'koploper.track.noProfiles' | transloco }}</li>
          }
        </ul>
        @if (staff()) {
          <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="generateProfile(t.participant.id)">{{ 'koploper.track.generate' | transloco }}</button>
        }
      </section>

      @if (t.actionPlan; as plan) {
        <section aria-labelledby="plan-title">
          <h2 id="plan-title">{{ 'koploper.plan.title' | transloco }}</h2>
          <p data-testid="plan-progress">{{ 'koploper.plan.progress' | transloco: plan.progress }}</p>
          <p>{{ 'koploper.plan.expected' | transloco: { co2: (plan.progress.expectedKgCO2e | co2), cost: (plan.progress.expectedCostEur | euro) } }}</p>
          @if (plan.items.length) {
            <table class="koers-table" data-testid="plan-items">
              <caption class="koers-visually-hidden">{{ 'koploper.plan.title' | transloco }}</caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'koploper.plan.measure' | transloco }}</th>
                  <th scope="col">{{ 'koploper.plan.owner' | transloco }}</th>
                  <th scope="col">{{ 'koploper.plan.dueOn' | transloco }}</th>
                  <th scope="col">{{ 'koploper.plan.status' | transloco }}</th>
                  <th scope="col">{{ 'koploper.plan.co2' | transloco }}</th>
                  <th scope="col">{{ 'koploper.plan.cost' | transloco }}</th>
                  <th scope="col"><span class="koers-visually-hidden">{{ 'koploper.plan.remove' | transloco }}</span></th>
                </tr>
              </thead>
              <tbody>
                @for (item of plan.items; track item.id) {
                  <tr>
                    <td>{{ item.title }}</td>
                    <td>{{ item.owner }}</td>
                    <td>
                      {{ item.dueOn | koersDate }}
                      @if (item.overdue) {
                        <span class="koers-badge koers-badge-warn">{{ 'koploper.plan.overdue' | transloco }}</span>
                      }
                    </td>
                    <td>
                      <label class="koers-visually-hidden" [for]="'status-' + item.id">{{ 'koploper.plan.status' | transloco }} {{ item.title }}</label>
                      <select [id]="'status-' + item.id" [value]="item.status" [disabled]="actions.busy()" (change)="act(api.updateActionItem(item.id, { status: $any($event.target).value }))">
                        @for (s of statuses; track s) {
                          <option [value]="s">{{ 'koploper.plan.statuses.' + s | transloco }}</option>
                        }
                      </select>
                    </td>
                    <td>{{ item.expectedKgCO2e | co2 }}</td>
                    <td>{{ item.expectedCostEur | euro }}</td>
                    <td><button class="koers-button koers-button-secondary" type="button" [disabled]="actions.busy()" (click)="act(api.deleteActionItem(item.id))">{{ 'koploper.plan.remove' | transloco }}<span class="koers-visually-hidden"> {{ item.title }}</span></button></td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p>{{ 'koploper.plan.empty' | transloco }}</p>
          }
          <form class="koers-form" (submit)="$event.preventDefault(); addItem(t.participant.id)" novalidate>
            <h3>{{ 'koploper.plan.add' | transloco }}</h3>
            @if (recommendations().length) {
              <div class="koers-field">
                <label for="item-measure">{{ 'koploper.profile.recommendations' | transloco }}</label>
                <select id="item-measure" [value]="itemMeasureId()" (change)="pickMeasure($any($event.target).value)">
                  <option value=""></option>
                  @for (r of recommendations(); track r.measureId) {
                    <option [value]="r.measureId">{{ r.title | bilingual }}</option>
                  }
                </select>
              </div>
            }
            <div class="koers-field">
              <label for="item-title">{{ 'koploper.plan.measure' | transloco }}</label>
              <input id="item-title" [value]="itemTitle()" (input)="itemTitle.set($any($event.target).value)" />
            </div>
            <div class="koers-field">
              <label for="item-owner">{{ 'koploper.plan.owner' | transloco }}</label>
              <input id="item-owner" [value]="itemOwner()" (input)="itemOwner.set($any($event.target).value)" />
            </div>
            <div class="koers-field">
              <label for="item-due">{{ 'koploper.plan.dueOn' | transloco }}</label>
              <input id="item-due" type="date" [value]="itemDueOn()" (input)="itemDueOn.set($any($event.target).value)" />
            </div>
            <div class="koers-field">
              <label for="item-co2">{{ 'koploper.plan.co2' | transloco }}</label>
              <input id="item-co2" type="number" min="0" [value]="itemCo2()" (input)="itemCo2.set($any($event.target).value)" />
            </div>
            <div class="koers-field">
              <label for="item-cost">{{ 'koploper.plan.cost' | transloco }}</label>
              <input id="item-cost" type="number" min="0" [value]="itemCost()" (input)="itemCost.set($any($event.target).value)" />
            </div>
            <button class="koers-button" type="submit" [disabled]="actions.busy()">{{ 'koploper.plan.add' | transloco }}</button>
          </form>
          <form class="koers-form" (submit)="$event.preventDefault(); saveVision(t.participant.id)" novalidate>
            <h3>{{ 'koploper.plan.vision' | transloco }}</h3>
            <div class="koers-field">
              <label for="vision">{{ 'koploper.plan.visionHint' | transloco }}</label>
              <textarea id="vision" rows="5" maxlength="5000" [value]="vision() ?? plan.vision" (input)="vision.set($any($event.target).value)"></textarea>
            </div>
            <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'koploper.plan.saveVision' | transloco }}</button>
          </form>
        </section>
      }

      @if (t.communication !== undefined) {
        <section aria-labelledby="communication-title">
          <h2 id="communication-title">{{ 'koploper.communication.title' | transloco }}</h2>
          <p>{{ 'koploper.communication.intro' | transloco }}</p>
          @let s = t.communication;
          @if (s?.status === 'submitted') {
            <p data-testid="communication-submitted">{{ 'koploper.communication.submitted' | transloco: { date: (s!.submittedAt | koersDate) } }}</p>
            <p class="koers-pre">{{ s!.text }}</p>
          } @else {
            <form class="koers-form" (submit)="$event.preventDefault(); saveStory(t.participant.id)" novalidate>
              <div class="koers-field">
                <label for="story">{{ 'koploper.communication.text' | transloco }}</label>
                <textarea id="story" rows="6" [value]="story() ?? s?.text ?? ''" (input)="story.set($any($event.target).value)"></textarea>
              </div>
              <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'koploper.communication.saveText' | transloco }}</button>
            </form>
            <div class="koers-field">
              <label for="story-file">{{ 'koploper.communication.file' | transloco }}</label>
              <input id="story-file" type="file" (change)="addStoryFile(t.participant.id, $any($event.target))" />
            </div>
            @if (s?.text) {
              <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="act(api.submitCommunication(t.participant.id), 'koploper.communication.saved')">{{ 'koploper.communication.submit' | transloco }}</button>
            }
          }
          @if (s?.files?.length) {
            <ul>
              @for (f of s!.files; track f.id) {
                <li><a [href]="downloads.file(f.id)" download>{{ f.filename }}</a></li>
              }
            </ul>
          }
        </section>
      }

      <section aria-labelledby="certificate-title">
        <h2 id="certificate-title">{{ 'koploper.track.certificate' | transloco }}</h2>
        @if (t.csrCertificate; as cert) {
          <dl class="koers-facts" data-testid="csr-certificate">
            <dt>{{ 'koploper.track.certificateStatus' | transloco }}</dt>
            <dd data-testid="csr-status">{{ certificateLabels[cert.status] | bilingual }}</dd>
            @if (cert.number) {
              <dt>{{ 'koploper.track.certificateNumber' | transloco }}</dt>
              <dd data-testid="csr-number">{{ cert.number }}</dd>
              <dt>{{ 'koploper.track.validUntil' | transloco }}</dt>
              <dd>{{ cert.validUntil | koersDate }}</dd>
            }
            @if (cert.conditions.length) {
              <dt>{{ 'koploper.track.conditions' | transloco }}</dt>
              <dd>
                <ul>
                  @for (c of cert.conditions; track $index) {
                    <li>{{ c }}</li>
                  }
                </ul>
              </dd>
            }
            @if (cert.reason) {
              <dt>{{ 'koploper.track.reason' | transloco }}</dt>
              <dd>{{ cert.reason }}</dd>
            }
          </dl>
        }
        @if (mayApply()) {
          <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="act(api.applyForCertificate(t.participant.id), 'koploper.track.applied')">{{ 'koploper.track.apply' | transloco }}</button>
        }
        <h3>{{ 'koploper.track.participation' | transloco }}</h3>
        @if (t.participationCertificate.available) {
          <a [href]="downloads.participationCertificate(t.participant.id)" download>{{ 'koploper.common.download' | transloco }} (PDF)</a>
        } @else {
          <p>{{ 'koploper.track.participationHint' | transloco }}</p>
        }
      </section>
    }
  `,
})
export class ParticipantPage {
  readonly participantId = input.required<string>();
  readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

  readonly downloads = koploperDownloads;
  readonly phaseLabels: Record<ParticipantPhase, { nl: string; en: string }> = PHASE_LABELS;
  readonly certificateLabels: Record<string, { nl: string; en: string }> = CERTIFICATE_STATUS_LABELS;
  readonly phases: ParticipantPhase[] = ['kickoff', 'baseline', 'profile', 'action_plan', 'communication', 'symposium', 'alumni'];
  readonly statuses: ActionItemStatus[] = ['planned', 'in_progress', 'done', 'dropped'];
  readonly participant = computed(() => this.auth.role() === 'participant');
  readonly staff = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));

  readonly track = resource({ params: () => this.participantId(), loader: ({ params }) => this.api.track(params) });
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  /** The cohort's advisers, for the coordinator who assigns one. */
  readonly cohort = resource({
    params: () => (this.organiser() ? this.track.value()?.cohort.id : undefined),
    loader: ({ params }) => this.api.cohort(params),
  });
  /** The recommendations of the newest published profile, to pick measures from. */
  readonly latestProfile = resource({
    params: () => this.track.value()?.profiles.find((p) => p.status === 'published')?.id,
    loader: ({ params }) => this.api.profile(params),
  });
  readonly recommendations = computed(() => this.latestProfile.value()?.recommendations ?? []);
  readonly scanOpen = signal(false);
  readonly structure = resource({ params: () => this.scanOpen() || undefined, loader: () => this.api.iso26000Structure() });

  readonly mayApply = computed(() => {
    const t = this.track.value();
    if (!t || !this.auth.hasRole('participant', 'adviser')) return false;
    const status = t.csrCertificate?.status;
    return !status || status === 'rejected' || status === 'revoked' || status === 'expired';
  });

  readonly actions = pageActions();
  readonly baselineErrors = signal<string[]>([]);
  readonly year = signal(new Date().getFullYear() - 1);
  readonly file = signal<File | null>(null);
  readonly answers = signal<Record<string, Iso26000Answer>>({});
  readonly itemMeasureId = signal('');
  readonly itemTitle = signal('');
  readonly itemOwner = signal('');
  readonly itemDueOn = signal(todayIso());
  readonly itemCo2 = signal('');
  readonly itemCost = signal('');
  /** Edited text, or null while the field shows what is stored. */
  readonly vision = signal<string | null>(null);
  readonly story = signal<string | null>(null);

  constructor() {
    // Results arrive from the worker: ask again while a calculation is pending.
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const b = this.track.value()?.baseline;
      clearTimeout(timer);
      if (b && [b.footprint.result, b.iso26000.result].some((r) => r?.status === 'pending')) timer = setTimeout(() => this.track.reload(), 1500);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
    // The scan form starts from the stored answers.
    effect(() => {
      const stored = this.track.value()?.baseline?.iso26000.input?.answers;
      if (stored) this.answers.set(Object.fromEntries(stored.map((a) => [a.issueId, a])));
    });
  }

  readonly maturityLabels = computed(() => {
    this.language.current();
    return this.transloco.translate<string[]>('koploper.track.maturity');
  });

  footprintOf(r: CalcResult | null): FootprintSummary {
    return (r?.output ?? { totalKgCO2e: 0 }) as unknown as FootprintSummary;
  }
  isoOf(r: CalcResult | null): IsoSummary {
    return (r?.output ?? { overallPercent: null }) as unknown as IsoSummary;
  }
  phaseIndex(p: ParticipantPhase): number {
    return this.phases.indexOf(p);
  }

  /** Runs one change and reloads the track. */
  act(change: Promise<unknown>, done?: string): Promise<boolean> {
    return this.actions.run(() => change, done, {}, () => this.track.reload());
  }

  setAdviser(cohortId: string, adviserUserId: string) {
    void this.act(this.api.moveParticipant(cohortId, this.participantId(), { adviserUserId: adviserUserId || null }), 'koploper.common.saved');
  }

  moveTo(cohortId: string, phase: ParticipantPhase) {
    void this.act(this.api.moveParticipant(cohortId, this.participantId(), { phase }), 'koploper.track.moved');
  }

  async upload() {
    const file = this.file();
    if (!file) return;
    this.baselineErrors.set([]);
    this.actions.busy.set(true);
    this.actions.error.set(null);
    try {
      await this.api.uploadBaseline(this.participantId(), this.year(), file);
      this.toasts.show(this.transloco.translate('koploper.track.uploaded'));
      this.track.reload();
    } catch (e) {
      const r = refusal(e, this.language.current());
      // Every rejected row, with its line number, as the API named them.
      this.baselineErrors.set(r.fields.length ? r.fields : [r.message]);
    } finally {
      this.actions.busy.set(false);
    }
  }

  /** The baseline by hand; rejected rows are listed like an upload's (activities.N.field). */
  async saveBaseline(activities: Activity[]) {
    this.baselineErrors.set([]);
    const ok = await this.actions.run(() => this.api.putBaseline(this.participantId(), { year: this.year(), activities }), 'koploper.activity.saved', {}, () => this.track.reload());
    const refused = this.actions.error();
    if (!ok && refused) {
      // "activities.2.amount: …" reads as the form's own row number.
      const rowOf = (f: string) => f.replace(/^activities\.(\d+)\.?([\w.]*): /, (_, n: string, field: string) => `${this.language.current() === 'nl' ? 'Regel' : 'Row'} ${Number(n) + 1}${field ? ` (${field})` : ''}: `);
      this.baselineErrors.set(refused.fields.length ? refused.fields.map(rowOf) : [refused.message]);
      this.actions.error.set(null);
    }
  }

  answerValue(issueId: string): string {
    const a = this.answers()[issueId];
    if (!a) return '';
    return a.notRelevant ? 'na' : String(a.maturity ?? '');
  }

  setAnswer(id: string, value: string) {
    const issueId = id as Iso26000Answer['issueId'];
    this.answers.update((all) => {
      const next = { ...all };
      if (value === '') delete next[issueId];
      else if (value === 'na') next[issueId] = { issueId, notRelevant: true, reason: this.language.current() === 'nl' ? 'Niet van toepassing op dit bedrijf' : 'Does not apply to this company' };
      else next[issueId] = { issueId, maturity: Number(value) };
      return next;
    });
  }

  saveScan() {
    const year = this.track.value()?.baseline?.year ?? this.year();
    void this.act(this.api.putIso26000(this.participantId(), year, Object.values(this.answers())), 'koploper.track.scanSaved');
  }

  generateProfile(participantId: string) {
    return this.actions.run(async () => {
      const profile = await this.api.generateProfile(participantId);
      await this.router.navigateByUrl(this.router.url.replace(/deelnemers\/[^/?#]+.*$/, `profielen/${profile.id}`));
    });
  }

  pickMeasure(measureId: string) {
    this.itemMeasureId.set(measureId);
    const r = this.recommendations().find((x) => x.measureId === measureId);
    if (!r) return;
    this.itemTitle.set(r.title[this.language.current()]);
    const kg = r.estimatedKgCO2ePerYear ?? r.typicalKgCO2ePerYear;
    if (kg) this.itemCo2.set(String(Math.round((kg.min + kg.max) / 2)));
    const cost = r.costEffect.investmentEur;
    if (cost) this.itemCost.set(String(Math.round((cost.min + cost.max) / 2)));
  }

  async addItem(participantId: string) {
    const body = {
      ...(this.itemMeasureId() ? { measureId: this.itemMeasureId() } : {}),
      title: this.itemTitle().trim(),
      owner: this.itemOwner().trim(),
      dueOn: this.itemDueOn(),
      ...(this.itemCo2() !== '' ? { expectedKgCO2e: Number(this.itemCo2()) } : {}),
      ...(this.itemCost() !== '' ? { expectedCostEur: Number(this.itemCost()) } : {}),
    };
    if (await this.act(this.api.addActionItem(participantId, body), 'koploper.plan.added')) {
      this.itemMeasureId.set('');
      this.itemTitle.set('');
      this.itemCo2.set('');
      this.itemCost.set('');
    }
  }

  async saveVision(participantId: string) {
    const text = this.vision() ?? this.track.value()?.actionPlan?.vision ?? '';
    if (await this.act(this.api.putVision(participantId, text), 'koploper.plan.visionSaved')) this.vision.set(null);
  }

  async saveStory(participantId: string) {
    const text = this.story() ?? this.track.value()?.communication?.text ?? '';
    if (await this.act(this.api.putCommunication(participantId, text), 'koploper.communication.saved')) this.story.set(null);
  }

  async addStoryFile(participantId: string, input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    if (await this.act(this.api.addCommunicationFile(participantId, file))) input.value = '';
  }
}
