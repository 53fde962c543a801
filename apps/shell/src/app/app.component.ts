import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { LanguageService } from '@koers/web-ui';

@Component({
  selector: 'koers-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<router-outlet />`,
})
export class AppComponent {
  // Created at start so the remembered language applies before the first screen.
  readonly language = inject(LanguageService);
}
