import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ChainApi, type BusinessCase, type BusinessCaseFields, type ChainProjectDetail } from '@koers/web-api-client';
import { ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { EuroPipe, RefusalComponent, pageActions } from '@koers/web-programme';
import { BusinessCaseForm, paybackText } from './business-case.form';
import { formatNumber } from '@koers/domain';

/**
 * The business case: each redesign option with a line per partner and the
 * payback and net present value per partner and together (as the API
 * computed them, with their source), editable by those who work on it, the
 * one chosen marked; choosing one has its impact computed. A new option
 * below. A refusal shows at the option it is about.
 */
@Component({
  selector: 'koers-chain-project-business-case',
  imports: [TranslocoPipe, EuroPipe, ErrorStateComponent, LoadingComponent, RefusalComponent, BusinessCaseForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ 'chain.project.businessCase.intro' | transloco }}</p>
    @if (cases.error() && !cases.hasValue()) {
      <koers-error-state (retry)="cases.reload()" />
    } @else if (!cases.hasValue()) {
      <koers-loading />
    } @else {
      @for (c of cases.value(); track c.id) {
        <article class="koers-card" [attr.data-option]="c.name">
          <h3>
            {{ c.name }}
            @if (c.chosen) {
              <span class="koers-badge" data-testid="chosen">{{ 'chain.project.businessCase.chosen' | transloco }}</span>
            }
          </h3>
          @if (c.description) {
            <p class="koers-pre">{{ c.description }}</p>
          }
          <table class="koers-table" data-testid="option-figures">
            <caption class="koers-visually-hidden">{{ c.name }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'chain.project.businessCase.partner' | transloco }}</th>
                <th scope="col">{{ 'chain.project.businessCase.investmentShort' | transloco }}</th>
                <th scope="col">{{ 'chain.project.businessCase.benefit' | transloco }}</th>
                <th scope="col">{{ 'chain.project.businessCase.fte' | transloco }}</th>
                <th scope="col">{{ 'chain.project.businessCase.payback' | transloco }}</th>
                <th scope="col">{{ 'chain.project.businessCase.npv' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (l of c.lines; track l.participantId) {
                <tr [attr.data-line]="l.organisationName">
                  <th scope="row">{{ l.organisationName ?? '—' }}</th>
                  <td>{{ l.figures.investmentEur | euro }}</td>
                  <td>{{ l.figures.yearlyBenefitEur | euro }}</td>
                  <td>{{ fte(l.fteChange) }}</td>
                  <td>{{ payback(l.figures) }}</td>
                  <td>{{ l.figures.npvEur | euro }}</td>
                </tr>
              }
            </tbody>
            <tfoot>
              <tr data-testid="option-total">
                <th scope="row">{{ 'chain.project.businessCase.total' | transloco }}</th>
                <td>{{ c.total.investmentEur | euro }}</td>
                <td>{{ c.total.yearlyBenefitEur | euro }}</td>
                <td>{{ fte(totalFte(c)) }}</td>
                <td data-testid="option-payback">{{ payback(c.total) }}</td>
                <td data-testid="option-npv">{{ c.total.npvEur | euro }}</td>
              </tr>
            </tfoot>
          </table>
          <p class="koers-hint" data-testid="option-source">{{ 'chain.project.businessCase.source' | transloco: { horizon: c.horizonYears, rate: rate(c.discountRatePct) } }}</p>
          @if (failedOn() === c.id) {
            <koers-refusal data-testid="business-case-error" [refusal]="actions.error()" [omit]="placed()" />
          }
          @if (canEdit()) {
            <p class="koers-actions">
              @if (!c.chosen) {
                <button class="koers-button" type="button" [disabled]="actions.busy()" (click)="choose(c)">
                  {{ 'chain.project.businessCase.choose' | transloco }}<span class="koers-visually-hidden"> {{ c.name }}</span>
                </button>
              }
              <button class="koers-link" type="button" [disabled]="actions.busy()" (click)="remove(c)">
                {{ 'chain.project.businessCase.remove' | transloco }}<span class="koers-visually-hidden"> {{ c.name }}</span>
              </button>
            </p>
            <details class="koers-details">
              <summary>{{ 'chain.project.businessCase.edit' | transloco }}<span class="koers-visually-hidden"> {{ c.name }}</span></summary>
              <koers-chain-business-case-form #editForm [id]="'option-' + c.id" [members]="project().members" [stored]="c" [busy]="actions.busy()" (save)="replace(c, $event, editForm)" />
            </details>
          }
        </article>
      } @empty {
        <p>{{ 'chain.project.businessCase.none' | transloco }}</p>
      }
      @if (canEdit()) {
        @if (activeMembers()) {
          <details class="koers-details" [open]="!cases.value().length">
            <summary>{{ 'chain.project.businessCase.newOption' | transloco }}</summary>
            @if (failedOn() === 'new') {
              <koers-refusal data-testid="business-case-error" [refusal]="actions.error()" [omit]="placed()" />
            }
            <koers-chain-business-case-form #newForm [id]="'option-new'" [members]="project().members" [busy]="actions.busy()" submitLabel="chain.project.businessCase.add" (save)="add($event, newForm)" />
          </details>
        } @else {
          <p>{{ 'chain.project.businessCase.noMembers' | transloco }}</p>
        }
      }
    }
  `,
})
export class ProjectBusinessCaseSection {
  private readonly api = inject(ChainApi);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  readonly project = input.required<ChainProjectDetail>();
  /** Whether the reader adds, changes and chooses options (coordinator, administrator, adviser; until the project is closed). */
  readonly canEdit = input(false);
  /** An option was chosen: the page waits for its impact. */
  readonly chosen = output<void>();
  readonly actions = pageActions();
  /** Which option the last refusal is about ('new' for the new one). */
  readonly failedOn = signal<string | null>(null);
  readonly placed = signal<string[]>([]);

  /** Only a new project reads the options again (a computed, so a changed project object with the same id does not). */
  private readonly projectId = computed(() => this.project().id);
  readonly cases = resource({ params: () => this.projectId(), loader: async ({ params }) => (await this.api.businessCases(params)).items });
  readonly activeMembers = computed(() => this.project().members.some((m) => m.phase !== 'withdrawn'));

  payback(f: { paybackYears: number | null }): string {
    return paybackText(f, this.language.current(), this.transloco);
  }
  fte(n: number): string {
    return formatNumber(n, this.language.current());
  }
  totalFte(c: BusinessCase): number {
    return Math.round(c.lines.reduce((a, l) => a + l.fteChange, 0) * 100) / 100;
  }
  rate(pct: number): string {
    return `${formatNumber(pct, this.language.current())}%`;
  }

  private async run(on: string, change: () => Promise<unknown>, done: string, name: string, form?: BusinessCaseForm): Promise<boolean> {
    this.failedOn.set(on);
    this.placed.set([]);
    const ok = await this.actions.run(change, done, { name }, () => this.cases.reload());
    if (!ok && form) this.placed.set(form.placeRefusal(this.actions.error()));
    return ok;
  }

  async add(body: BusinessCaseFields, form: BusinessCaseForm) {
    if (await this.run('new', () => this.api.addBusinessCase(this.project().id, body), 'chain.project.businessCase.added', body.name, form)) form.clear();
  }

  async replace(c: BusinessCase, body: BusinessCaseFields, form: BusinessCaseForm) {
    if (await this.run(c.id, () => this.api.replaceBusinessCase(c.id, body), 'chain.project.businessCase.saved', body.name, form)) form.saved();
  }

  async choose(c: BusinessCase) {
    if (await this.run(c.id, () => this.api.chooseBusinessCase(c.id), 'chain.project.businessCase.chosenDone', c.name)) this.chosen.emit();
  }

  remove(c: BusinessCase) {
    return this.run(c.id, () => this.api.removeBusinessCase(c.id), 'chain.project.businessCase.removed', c.name);
  }
}
