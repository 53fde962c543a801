import { ChangeDetectionStrategy, Component, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PARTNER_KIND_LABELS, PARTNER_KINDS, type PartnerKind } from '@koers/domain';
import { KnowledgeApi } from '@koers/web-api-client';
import { LanguageSwitchComponent } from '@koers/web-ui';
import { BilingualPipe, fieldText, readRefusal, type Refusal } from '@koers/web-programme';
import { knowledgeTexts } from './knowledge-texts';
import { filled } from './shared';

type Field = 'organisationName' | 'kind' | 'website' | 'contactName' | 'email' | 'phone' | 'motivation' | 'platformId';

/**
 * `/partner-worden`, no account: an organisation applies to join the alliance
 * as a partner. The API validates (each refusal at its field, Dutch first) and
 * limits how often; the secretariat decides and mails the outcome.
 */
@Component({
  selector: 'koers-join-alliance',
  imports: [RouterLink, LanguageSwitchComponent, BilingualPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: [
    `
      .koers-public-page { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
      .koers-public-page > ul { list-style: none; padding: 0; }
      .koers-public-page article { border-top: 1px solid #d0d7de; padding: .5rem 0; }
      .koers-public-page dd { margin: 0 0 .5rem 0; }
    `,
  ],
  template: `
    <main id="inhoud" class="koers-public-page">
      <koers-language-switch />
      <h1>{{ t('joinTitle') }}</h1>
      @if (received(); as r) {
        <p role="status" class="koers-note" data-testid="join-received">{{ r | bilingual }}</p>
      } @else {
        <p>{{ t('joinIntro') }}</p>
        <form data-testid="join-form" novalidate (submit)="$event.preventDefault(); send()">
          <div class="koers-field">
            <label for="join-organisationName">{{ t('organisationName') }}</label>
            <input id="join-organisationName" autocomplete="organization" [value]="f().organisationName" (input)="set('organisationName', $any($event.target).value)" />
            @if (err(error(), 'organisationName'); as e) { <p class="koers-field-error" data-testid="organisationName-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="join-kind">{{ t('partnerKind') }}</label>
            <select id="join-kind" (change)="set('kind', $any($event.target).value)">
              <option value="" [selected]="!f().kind">{{ t('chooseKind') }}</option>
              @for (k of kinds; track k) { <option [value]="k" [selected]="f().kind === k">{{ kindLabels[k] | bilingual }}</option> }
            </select>
            @if (err(error(), 'kind')) { <p class="koers-field-error" data-testid="kind-error">{{ t('kindRequired') }}</p> }
          </div>
          <div class="koers-field">
            <label for="join-website">{{ t('website') }}</label>
            <input id="join-website" type="url" [value]="f().website" (input)="set('website', $any($event.target).value)" />
            @if (err(error(), 'website'); as e) { <p class="koers-field-error" data-testid="website-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="join-contactName">{{ t('yourName') }}</label>
            <input id="join-contactName" autocomplete="name" [value]="f().contactName" (input)="set('contactName', $any($event.target).value)" />
            @if (err(error(), 'contactName'); as e) { <p class="koers-field-error" data-testid="contactName-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="join-email">{{ t('email') }}</label>
            <input id="join-email" type="email" autocomplete="email" [value]="f().email" (input)="set('email', $any($event.target).value)" />
            @if (err(error(), 'email'); as e) { <p class="koers-field-error" data-testid="email-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="join-phone">{{ t('phone') }}</label>
            <input id="join-phone" type="tel" autocomplete="tel" [value]="f().phone" (input)="set('phone', $any($event.target).value)" />
            @if (err(error(), 'phone'); as e) { <p class="koers-field-error" data-testid="phone-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="join-motivation">{{ t('motivation') }}</label>
            <textarea id="join-motivation" rows="5" [value]="f().motivation" (input)="set('motivation', $any($event.target).value)"></textarea>
            @if (err(error(), 'motivation'); as e) { <p class="koers-field-error" data-testid="motivation-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="join-platform">{{ t('platform') }}</label>
            <select id="join-platform" (change)="set('platformId', $any($event.target).value)">
              <option value="" [selected]="!f().platformId">{{ t('noPlatform') }}</option>
              @if (platforms.hasValue()) {
                @for (p of platforms.value().items; track p.id) { <option [value]="p.id" [selected]="f().platformId === p.id">{{ p.name }} ({{ p.region }})</option> }
              }
            </select>
            @if (err(error(), 'platformId'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          @if (error(); as e) {
            <p class="koers-form-error" role="alert" data-testid="join-error">{{ e.fields.length ? t('fixFields') : (e.text | bilingual) }}</p>
          }
          <button type="submit" class="koers-button" [disabled]="busy()">{{ t('send') }}</button>
        </form>
      }
      <p><a routerLink="/voorbeelden">{{ t('showcaseLink') }}</a></p>
    </main>
  `,
})
export class JoinAlliancePage {
  private readonly api = inject(KnowledgeApi);
  private readonly texts = knowledgeTexts();
  readonly t = this.texts.t;
  readonly err = fieldText;
  readonly kinds = PARTNER_KINDS;
  readonly kindLabels = PARTNER_KIND_LABELS;
  readonly platforms = resource({ loader: () => this.api.publicPlatforms() });
  readonly f = signal<Record<Field, string>>({ organisationName: '', kind: '', website: '', contactName: '', email: '', phone: '', motivation: '', platformId: '' });
  readonly busy = signal(false);
  readonly error = signal<Refusal | null>(null);
  readonly received = signal<{ nl: string; en: string } | null>(null);

  set(key: Field, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }

  async send() {
    const f = this.f();
    this.busy.set(true);
    this.error.set(null);
    try {
      const optional = (k: Field) => (filled(f[k]) ? { [k]: filled(f[k]) } : {});
      const receipt = await this.api.apply({
        organisationName: f.organisationName, kind: f.kind as PartnerKind, contactName: f.contactName, email: f.email.trim(), motivation: f.motivation,
        ...optional('website'), ...optional('phone'), ...optional('platformId'),
      });
      this.received.set(receipt.text);
    } catch (e) {
      this.error.set(readRefusal(e));
    } finally {
      this.busy.set(false);
    }
  }
}
