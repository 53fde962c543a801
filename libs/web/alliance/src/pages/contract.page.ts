import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ALLIANCE_AMBITION_LABELS, CONTRACT_POINTS, CONTRACT_POINT_LABELS, CONTRIBUTION_FORM_LABELS, FULFILMENT_STATUSES, FULFILMENT_STATUS_LABELS, type FulfilmentStatus } from '@koers/domain';
import { AllianceApi, type Commitment } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, EuroPipe, FileSizePipe, KoersDatePipe, RefusalComponent, fieldText, pageActions, todayIso } from '@koers/web-programme';
import { CommitmentFormComponent } from './commitment-form.component';
import { ContractFormComponent } from './contract-form.component';
import { filled, orNotFound } from './shared';

const ENTRY_FIELDS = ['recordedOn', 'status', 'note', 'evidenceUrl', 'file'];

/**
 * `/alliantie/partners/:slug`: a partner's contract, signed on and by, its
 * commitments on the five points with every dated entry and its evidence; the
 * partner's administrator (or the secretariat's, for any partner) records an entry.
 */
@Component({
  selector: 'koers-alliance-contract',
  imports: [TranslocoPipe, RouterLink, ContractFormComponent, CommitmentFormComponent, BilingualPipe, KoersDatePipe, EuroPipe, FileSizePipe, RefusalComponent, LoadingComponent, ErrorStateComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie">{{ 'alliance.common.back' | transloco }}</a></p>
    @if (contract.error()) {
      <koers-error-state (retry)="contract.reload()" />
    } @else if (!contract.hasValue()) {
      <koers-loading />
    } @else if (contract.value() === 'not_found') {
      <h1>{{ 'alliance.common.notFound' | transloco }}</h1>
      <koers-empty-state data-testid="no-contract" [title]="'alliance.contract.none' | transloco" />
      @if (mayRecordContract()) {
        <h2>{{ 'alliance.contract.recordContract' | transloco }}</h2>
        <koers-contract-form [slug]="slug()" (saved)="contract.reload()" />
      }
    } @else {
      @let c = loaded()!;
      <h1>{{ 'alliance.contract.title' | transloco: { name: c.partner.name } }}</h1>
      <dl class="koers-facts">
        <dt>{{ 'alliance.contract.signedOn' | transloco }}</dt>
        <dd data-testid="signed-on">{{ c.signedOn | koersDate }}</dd>
        <dt>{{ 'alliance.contract.signedBy' | transloco }}</dt>
        <dd data-testid="signed-by">{{ c.signedBy }}</dd>
        @if (c.note) {
          <dt>{{ 'alliance.common.note' | transloco }}</dt>
          <dd>{{ c.note }}</dd>
        }
      </dl>

      <h2>{{ 'alliance.contract.commitments' | transloco }}</h2>
      @for (p of points; track p) {
        <section [attr.data-point]="p">
          <h3>{{ pointLabels[p] | bilingual }}</h3>
          @for (m of onPoint(p); track m.id) {
            <article class="koers-card" [attr.data-commitment]="m.id">
              <p>{{ m.description }}</p>
              @if (m.ambition) { <p>{{ 'alliance.contract.ambition' | transloco }}: {{ ambitionLabels[m.ambition] | bilingual }}</p> }
              @if (m.platform) { <p>{{ 'alliance.contract.platform' | transloco }}: {{ m.platform.name }}</p> }
              @if (m.contributionForm) {
                <p>{{ formLabels[m.contributionForm] | bilingual }}@if (m.amountEur !== null) { · {{ 'alliance.contract.amount' | transloco }} {{ m.amountEur | euro }} }</p>
              }
              <p data-testid="commitment-status">
                {{ 'alliance.contract.status' | transloco }}: <strong [attr.data-status]="m.status">{{ m.statusLabel | bilingual }}</strong>
                @if (m.statusOn) { ({{ 'alliance.contract.statusOn' | transloco: { date: (m.statusOn | koersDate) } }}) }
              </p>
              <h4>{{ 'alliance.contract.history' | transloco }}</h4>
              @if (m.fulfilments.length) {
                <ol data-testid="history">
                  @for (f of m.fulfilments; track f.id) {
                    <li [attr.data-fulfilment]="f.id">
                      <strong>{{ f.recordedOn | koersDate }}</strong> · {{ f.statusLabel | bilingual }}@if (f.note) { · {{ f.note }} }
                      @if (f.evidenceUrl) { · <a [href]="f.evidenceUrl" target="_blank" rel="noopener noreferrer">{{ 'alliance.contract.evidenceLink' | transloco }}</a> }
                      @if (f.evidenceFile; as file) {
                        · {{ 'alliance.contract.evidence' | transloco }}: <a [href]="api.evidenceUrl(f.id)" [attr.download]="file.filename" data-testid="evidence-file">{{ file.filename }}</a> ({{ file.sizeBytes | fileSize }})
                      }
                    </li>
                  }
                </ol>
              } @else {
                <p>{{ 'alliance.contract.noHistory' | transloco }}</p>
              }
            </article>
          } @empty {
            <p class="koers-muted">{{ 'alliance.contract.noCommitment' | transloco }}</p>
          }
        </section>
      }

      @if (canWrite()) {
        <h2>{{ 'alliance.contract.addCommitment' | transloco }}</h2>
        <koers-commitment-form [slug]="slug()" (saved)="contract.reload()" />
      }
      @if (canWrite() && c.commitments.length) {
        <h2>{{ 'alliance.contract.addEntry' | transloco }}</h2>
        <form data-testid="fulfilment-new" (submit)="$event.preventDefault(); record()">
          <div class="koers-field">
            <label for="entry-commitment">{{ 'alliance.contract.commitments' | transloco }}</label>
            <select id="entry-commitment" [value]="chosen()" (change)="set('commitmentId', $any($event.target).value)">
              @for (m of c.commitments; track m.id) {
                <option [value]="m.id">{{ m.pointLabel | bilingual }}: {{ m.description }}</option>
              }
            </select>
          </div>
          <div class="koers-field">
            <label for="entry-date">{{ 'alliance.contract.recordedOn' | transloco }}</label>
            <input id="entry-date" type="date" [value]="entry().recordedOn" (input)="set('recordedOn', $any($event.target).value)" />
            @if (err(actions.error(), 'recordedOn'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="entry-status">{{ 'alliance.contract.status' | transloco }}</label>
            <select id="entry-status" [value]="entry().status" (change)="set('status', $any($event.target).value)">
              @for (s of statuses; track s) {
                <option [value]="s">{{ statusLabels[s] | bilingual }}</option>
              }
            </select>
            @if (err(actions.error(), 'status'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="entry-note">{{ 'alliance.common.note' | transloco }}</label>
            <textarea id="entry-note" [value]="entry().note" (input)="set('note', $any($event.target).value)"></textarea>
            @if (err(actions.error(), 'note'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="entry-url">{{ 'alliance.contract.evidenceUrl' | transloco }}</label>
            <input id="entry-url" type="url" [value]="entry().evidenceUrl" (input)="set('evidenceUrl', $any($event.target).value)" />
            @if (err(actions.error(), 'evidenceUrl'); as e) { <p class="koers-field-error" data-testid="evidenceUrl-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="entry-file">{{ 'alliance.contract.evidenceFile' | transloco }}</label>
            <input id="entry-file" type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.pptx,.xlsx" (change)="file.set($any($event.target).files?.[0] ?? null)" />
            @if (err(actions.error(), 'file'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <koers-refusal [refusal]="actions.error()" [omit]="entryFields" />
          <button type="submit" class="koers-button" [disabled]="actions.busy() || !chosen()">{{ 'alliance.contract.saveEntry' | transloco }}</button>
        </form>
      } @else if (!canWrite()) {
        <p class="koers-hint" data-testid="read-only">{{ 'alliance.contract.readOnly' | transloco }}</p>
      }
    }
  `,
})
export class ContractPage {
  readonly api = inject(AllianceApi);
  private readonly auth = inject(AuthService);
  readonly slug = input.required<string>();
  readonly points = CONTRACT_POINTS;
  readonly pointLabels = CONTRACT_POINT_LABELS;
  readonly statuses = FULFILMENT_STATUSES;
  readonly statusLabels = FULFILMENT_STATUS_LABELS;
  readonly ambitionLabels = ALLIANCE_AMBITION_LABELS;
  readonly formLabels = CONTRIBUTION_FORM_LABELS;
  readonly entryFields = ENTRY_FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();

  readonly contract = resource({ params: () => this.slug(), loader: ({ params }) => orNotFound(() => this.api.contract(params)) });
  readonly loaded = computed(() => (this.contract.hasValue() && this.contract.value() !== 'not_found' ? (this.contract.value() as Exclude<ReturnType<typeof this.contract.value>, 'not_found'>) : null));
  /** The API says whether this reader's partner keeps the contract (own, or the secretariat); recording is the administrator's. */
  readonly canWrite = computed(() => !!this.loaded()?.canEdit && this.auth.hasRole('administrator'));
  /** No contract yet: the overview says whether the reader's partner is this one or the secretariat (then its administrator records it). */
  private readonly overview = resource({
    params: () => (this.contract.hasValue() && this.contract.value() === 'not_found' && this.auth.hasRole('administrator') ? this.slug() : undefined),
    loader: () => this.api.overview(),
  });
  readonly mayRecordContract = computed(() => {
    if (!this.overview.hasValue()) return false;
    const o = this.overview.value();
    return o.secretariat || !!o.items.find((p) => p.slug === this.slug())?.own;
  });

  readonly entry = signal<{ commitmentId: string; recordedOn: string; status: FulfilmentStatus; note: string; evidenceUrl: string }>({ commitmentId: '', recordedOn: todayIso(), status: 'met', note: '', evidenceUrl: '' });
  readonly file = signal<File | null>(null);
  /** The commitment the entry is for: the one picked, else the first. */
  readonly chosen = computed(() => this.entry().commitmentId || this.loaded()?.commitments[0]?.id || '');

  onPoint(point: string): Commitment[] {
    return this.loaded()?.commitments.filter((m) => m.point === point) ?? [];
  }

  set(key: keyof ReturnType<typeof this.entry>, value: string) {
    this.entry.update((e) => ({ ...e, [key]: value }));
  }

  async record() {
    const e = this.entry();
    const file = this.file();
    const ok = await this.actions.run(async () => {
      const saved = await this.api.addFulfilment(this.chosen(), {
        recordedOn: e.recordedOn,
        status: e.status,
        ...(filled(e.note) ? { note: filled(e.note) } : {}),
        ...(filled(e.evidenceUrl) ? { evidenceUrl: filled(e.evidenceUrl) } : {}),
      });
      if (file) await this.api.attachEvidence(saved.id, file);
    }, 'alliance.contract.entrySaved');
    if (ok) {
      this.entry.update((x) => ({ ...x, note: '', evidenceUrl: '' }));
      this.file.set(null);
    }
    // Reload either way: an entry whose file was refused is recorded without it.
    this.contract.reload();
  }
}
