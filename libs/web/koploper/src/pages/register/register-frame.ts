import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitchComponent } from '@koers/web-ui';

/** The public register's frame (no sign-in, so no shell navigation): brand, language switch, main landmark. */
@Component({
  selector: 'koers-register-frame',
  imports: [TranslocoPipe, LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="koers-skip" href="#inhoud">{{ 'app.skip' | transloco }}</a>
    <header class="koers-header">
      <span class="koers-brand">Koers</span>
      <div class="koers-header-tools"><koers-language-switch /></div>
    </header>
    <main id="inhoud" class="koers-main" tabindex="-1"><ng-content /></main>
  `,
})
export class RegisterFrameComponent {}
