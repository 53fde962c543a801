import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { KnowledgeApi, type ShowcaseFigure } from '@koers/web-api-client';
import { LanguageSwitchComponent } from '@koers/web-ui';
import { knowledgeTexts } from './knowledge-texts';
import { figureText } from './platform-showcases.component';

/**
 * `/voorbeelden`, no account: the example projects of companies in the
 * alliance's CSR platforms, each shown only while the company's consent is
 * active (the API decides on every read); every figure names its source.
 */
@Component({
  selector: 'koers-public-showcases',
  imports: [RouterLink, LanguageSwitchComponent],
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
      <h1>{{ t('publicTitle') }}</h1>
      <p>{{ t('publicIntro') }}</p>
      @if (list.error()) {
        <p class="koers-form-error" role="alert">{{ t('unavailable') }}</p>
      } @else if (!list.hasValue()) {
        <p role="status">{{ t('loading') }}</p>
      } @else if (list.value().items.length) {
        <ul class="koers-showcase-list" data-testid="public-showcases">
          @for (s of list.value().items; track s.id) {
            <li [attr.data-showcase]="s.id">
              <article>
                <h2>{{ s.title }}</h2>
                <p><strong>{{ s.organisationName }}</strong>@if (s.municipality) { · {{ s.municipality }} } · {{ s.platformName }} ({{ s.region }})</p>
                <p>{{ s.measure }}</p>
                @if (s.effect) { <p>{{ t('effect') }}: {{ s.effect }}</p> }
                @if (s.figures.length) {
                  <dl>
                    @for (f of s.figures; track $index) {
                      <dt>{{ f.label }}</dt>
                      <dd><strong data-testid="figure">{{ figure(f) }}</strong>&ngsp;<span class="koers-hint">{{ t('source') }}: {{ f.source }}</span></dd>
                    }
                  </dl>
                }
                <p class="koers-hint">{{ t('contact') }}: {{ s.contact.name }}@if (s.contact.email) { · <a [href]="'mailto:' + s.contact.email">{{ s.contact.email }}</a> }@if (s.contact.phone) { · {{ s.contact.phone }} } · {{ t('keptBy', { name: s.partnerName }) }}</p>
              </article>
            </li>
          }
        </ul>
      } @else {
        <p data-testid="public-none">{{ t('publicNone') }}</p>
      }
      <p><a routerLink="/partner-worden">{{ t('joinLink') }}</a></p>
    </main>
  `,
})
export class PublicShowcasesPage {
  private readonly api = inject(KnowledgeApi);
  private readonly texts = knowledgeTexts();
  readonly t = this.texts.t;
  readonly list = resource({ loader: () => this.api.publicShowcases() });
  figure(f: ShowcaseFigure) {
    return figureText(f, this.texts.lang());
  }
}
