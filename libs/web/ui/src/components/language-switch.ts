import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../i18n/language.service';
import type { Language } from '../i18n/translations';

@Component({
  selector: 'koers-language-switch',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koers-language" role="group" [attr.aria-label]="'app.language' | transloco">
      @for (l of languages; track l.code) {
        <button type="button" [attr.lang]="l.code" [attr.aria-pressed]="language.current() === l.code" (click)="language.use(l.code)" [attr.data-lang]="l.code">{{ l.label }}</button>
      }
    </div>
  `,
})
export class LanguageSwitchComponent {
  readonly language = inject(LanguageService);
  readonly languages: { code: Language; label: string }[] = [
    { code: 'nl', label: 'Nederlands' },
    { code: 'en', label: 'English' },
  ];
}
