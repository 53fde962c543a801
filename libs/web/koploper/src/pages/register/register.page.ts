import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi } from '@koers/web-api-client';
import { EmptyStateComponent, ErrorStateComponent, LanguageSwitchComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe } from '@koers/web-programme';

/**
 * The public MVO register: every company holding a valid CSR certificate of
 * the alliance. No sign-in: customers, municipalities and the press look here.
 */
@Component({
  selector: 'koers-csr-register',
  imports: [TranslocoPipe, LoadingComponent, ErrorStateComponent, EmptyStateComponent, LanguageSwitchComponent, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="koers-skip" href="#inhoud">{{ 'app.skip' | transloco }}</a>
    <header class="koers-header">
      <span class="koers-brand">Koers</span>
      <div class="koers-header-tools"><koers-language-switch /></div>
    </header>
    <main id="inhoud" class="koers-main" tabindex="-1">
      <h1>{{ 'koploper.register.title' | transloco }}</h1>
      <p>{{ 'koploper.register.intro' | transloco }}</p>
      @if (entries.isLoading()) {
        <koers-loading />
      } @else if (entries.error()) {
        <koers-error-state (retry)="entries.reload()" />
      } @else if (entries.value()?.length) {
        <table class="koers-table" data-testid="register">
          <caption class="koers-visually-hidden">{{ 'koploper.register.title' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'koploper.register.number' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.company' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.municipality' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.awardedOn' | transloco }}</th>
              <th scope="col">{{ 'koploper.register.validUntil' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of entries.value()!; track e.number) {
              <tr>
                <td>{{ e.number }}</td>
                <td>{{ e.company }}</td>
                <td>{{ e.municipality }}</td>
                <td>{{ e.awardedOn | koersDate }}</td>
                <td>{{ e.validUntil | koersDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <koers-empty-state [title]="'koploper.register.empty' | transloco" />
      }
    </main>
  `,
})
export class RegisterPage {
  private readonly api = inject(KoploperApi);
  readonly entries = resource({ loader: async () => (await this.api.register()).items });
}
