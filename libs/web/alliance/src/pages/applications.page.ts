import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiError, KnowledgeApi, type AllianceApplication } from '@koers/web-api-client';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, fieldText, readRefusal, type Refusal } from '@koers/web-programme';
import { knowledgeTexts } from './knowledge-texts';

/**
 * `/alliantie/aanmeldingen`: the applications to join the alliance, for the
 * secretariat's administrator, who accepts (with an optional welcome note) or
 * declines with a reason; the applicant is mailed the outcome.
 */
@Component({
  selector: 'koers-alliance-applications',
  imports: [RouterLink, BilingualPipe, KoersDatePipe, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie">{{ t('back') }}</a></p>
    <h1>{{ t('applicationsTitle') }}</h1>
    @if (list.error(); as e) {
      @if (forbidden()) {
        <p class="koers-hint" data-testid="not-secretariat">{{ t('notSecretariat') }}</p>
      } @else {
        <koers-error-state (retry)="list.reload()" />
      }
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else {
      <p>{{ t('applicationsIntro') }}</p>
      @if (message(); as m) { <p role="status" class="koers-note" data-testid="decided">{{ m }}</p> }
      @if (list.value().items.length) {
        <ul data-testid="applications">
          @for (a of list.value().items; track a.id) {
            <li [attr.data-application]="a.id" [attr.data-status]="a.status">
              <h2>{{ a.organisationName }}</h2>
              <p>
                {{ a.kindLabel | bilingual }} · {{ t('applied') }} {{ a.createdAt | koersDate }} · {{ t('status') }}: <strong data-testid="application-status">{{ a.statusLabel | bilingual }}</strong>
                @if (a.mailedAt) { · {{ t('mailed') }} {{ a.mailedAt | koersDate }} }
              </p>
              <p>{{ a.contactName }} · {{ a.email }}@if (a.phone) { · {{ a.phone }} }@if (a.website) { · <a [href]="a.website" rel="noopener noreferrer" target="_blank">{{ a.website }}</a> }</p>
              <p>{{ a.motivation }}</p>
              @if (a.platformName) { <p>{{ t('platformChosen') }}: {{ a.platformName }}</p> }
              @if (a.reason) { <p>{{ a.status === 'declined' ? t('reason') : t('note') }}: {{ a.reason }}</p> }
              @if (a.status === 'pending') {
                <div class="koers-field">
                  <label [attr.for]="'note-' + a.id">{{ t('note') }}</label>
                  <textarea [id]="'note-' + a.id" (input)="setNote(a.id, $any($event.target).value)"></textarea>
                </div>
                <button type="button" class="koers-button" [disabled]="busy()" (click)="accept(a)">{{ t('accept') }}</button>
                <div class="koers-field">
                  <label [attr.for]="'reason-' + a.id">{{ t('reason') }}</label>
                  <textarea [id]="'reason-' + a.id" (input)="setReason(a.id, $any($event.target).value)"></textarea>
                  @if (errorFor() === a.id && err(error(), 'reason'); as e) { <p class="koers-field-error" data-testid="reason-error">{{ e | bilingual }}</p> }
                </div>
                <button type="button" class="koers-button koers-button-secondary" [disabled]="busy()" (click)="decline(a)">{{ t('decline') }}</button>
                @if (errorFor() === a.id && error() && !err(error(), 'reason')) { <p class="koers-form-error" role="alert">{{ error()!.text | bilingual }}</p> }
              }
            </li>
          }
        </ul>
      } @else {
        <p>{{ t('noApplications') }}</p>
      }
    }
  `,
})
export class ApplicationsPage {
  private readonly api = inject(KnowledgeApi);
  private readonly texts = knowledgeTexts();
  readonly t = this.texts.t;
  readonly err = fieldText;
  readonly list = resource({ loader: () => this.api.applications() });
  readonly forbidden = computed(() => {
    const e = this.list.error();
    return e instanceof ApiError && e.status === 403;
  });
  private readonly notes = new Map<string, string>();
  private readonly reasons = new Map<string, string>();
  readonly busy = signal(false);
  readonly error = signal<Refusal | null>(null);
  readonly errorFor = signal<string | null>(null);
  readonly message = signal<string | null>(null);

  setNote(id: string, v: string) {
    this.notes.set(id, v);
  }
  setReason(id: string, v: string) {
    this.reasons.set(id, v);
  }
  accept(a: AllianceApplication) {
    return this.decide(a, () => this.api.accept(a.id, this.notes.get(a.id)?.trim() || undefined), 'accepted');
  }
  decline(a: AllianceApplication) {
    return this.decide(a, () => this.api.decline(a.id, this.reasons.get(a.id) ?? ''), 'declined');
  }

  private async decide(a: AllianceApplication, call: () => Promise<unknown>, done: 'accepted' | 'declined') {
    this.busy.set(true);
    this.error.set(null);
    this.errorFor.set(a.id);
    this.message.set(null);
    try {
      await call();
      this.message.set(this.t(done, { name: a.organisationName }));
      this.list.reload();
    } catch (e) {
      this.error.set(readRefusal(e));
    } finally {
      this.busy.set(false);
    }
  }
}
