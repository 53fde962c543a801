import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AllianceApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { filled } from './shared';

const FIELDS = ['name', 'region', 'municipality', 'description'];

/** `/alliantie/platforms`: the regional CSR platforms with their keeper, members and next event; administrators and coordinators add one. */
@Component({
  selector: 'koers-alliance-platforms',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie">{{ 'alliance.common.back' | transloco }}</a></p>
    <h1>{{ 'alliance.platforms.title' | transloco }}</h1>
    @if (list.error()) {
      <koers-error-state (retry)="list.reload()" />
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else if (list.value().items.length) {
      <table class="koers-table" data-testid="platforms">
        <thead>
          <tr>
            <th scope="col">{{ 'alliance.platforms.name' | transloco }}</th>
            <th scope="col">{{ 'alliance.platforms.region' | transloco }}</th>
            <th scope="col">{{ 'alliance.platforms.members' | transloco }}</th>
            <th scope="col">{{ 'alliance.platforms.nextEvent' | transloco }}</th>
            <th scope="col">{{ 'alliance.common.keeper' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of list.value().items; track p.id) {
            <tr [attr.data-platform]="p.id">
              <th scope="row"><a [routerLink]="[p.id]">{{ p.name }}</a></th>
              <td>{{ p.region }}@if (p.municipality) { · {{ p.municipality }} }</td>
              <td>{{ p.members }}</td>
              <td>@if (p.nextEvent; as e) { {{ e.eventOn | koersDate }} · {{ e.title }} } @else { — }</td>
              <td>{{ p.keeper.name }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'alliance.common.none' | transloco }}</p>
    }

    @if (editor()) {
      <h2>{{ 'alliance.platforms.create' | transloco }}</h2>
      <form data-testid="platform-new" (submit)="$event.preventDefault(); create()">
        <div class="koers-field">
          <label for="platform-name">{{ 'alliance.platforms.name' | transloco }}</label>
          <input id="platform-name" [value]="f().name" (input)="set('name', $any($event.target).value)" />
          @if (err(actions.error(), 'name'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="platform-region">{{ 'alliance.platforms.region' | transloco }}</label>
          <input id="platform-region" [value]="f().region" (input)="set('region', $any($event.target).value)" />
          @if (err(actions.error(), 'region'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="platform-municipality">{{ 'alliance.platforms.municipality' | transloco }}</label>
          <input id="platform-municipality" [value]="f().municipality" (input)="set('municipality', $any($event.target).value)" />
          @if (err(actions.error(), 'municipality'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="platform-description">{{ 'alliance.common.description' | transloco }}</label>
          <textarea id="platform-description" [value]="f().description" (input)="set('description', $any($event.target).value)"></textarea>
          @if (err(actions.error(), 'description'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <koers-refusal [refusal]="actions.error()" [omit]="fields" />
        <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'alliance.common.add' | transloco }}</button>
      </form>
    }
  `,
})
export class PlatformsPage {
  private readonly api = inject(AllianceApi);
  private readonly auth = inject(AuthService);
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly list = resource({ loader: () => this.api.platforms() });
  readonly f = signal({ name: '', region: '', municipality: '', description: '' });
  set(key: keyof ReturnType<typeof this.f>, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }
  async create() {
    const f = this.f();
    const ok = await this.actions.run(
      () => this.api.createPlatform({ name: f.name, region: f.region, ...(filled(f.municipality) ? { municipality: filled(f.municipality) } : {}), ...(filled(f.description) ? { description: filled(f.description) } : {}) }),
      'alliance.platforms.created',
      { name: f.name },
    );
    if (ok) {
      this.f.set({ name: '', region: '', municipality: '', description: '' });
      this.list.reload();
    }
  }
}
