import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AllianceApi, type Platform } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions, todayIso } from '@koers/web-programme';
import { KnowledgeSpaceComponent } from './knowledge-space.component';
import { PlatformShowcasesComponent } from './platform-showcases.component';
import { filled, orNotFound } from './shared';

const FIELDS = ['eventOn', 'title', 'location', 'description'];

/** `/alliantie/platforms/:platformId`: a CSR platform's members and agenda (its keeper's administrators and coordinators add an event), and for its members the knowledge space and the example projects. */
@Component({
  selector: 'koers-alliance-platform',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent, EmptyStateComponent, KnowledgeSpaceComponent, PlatformShowcasesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie/platforms">{{ 'alliance.nav.platforms' | transloco }}</a></p>
    @if (platform.error()) {
      <koers-error-state (retry)="platform.reload()" />
    } @else if (!platform.hasValue()) {
      <koers-loading />
    } @else if (!loaded()) {
      <h1>{{ 'alliance.common.notFound' | transloco }}</h1>
      <koers-empty-state [title]="'alliance.common.notFound' | transloco" />
    } @else {
      @let p = loaded()!;
      <h1>{{ p.name }}</h1>
      <p>{{ p.region }}@if (p.municipality) { · {{ p.municipality }} } · {{ 'alliance.common.keeper' | transloco }}: {{ p.keeper.name }}</p>
      @if (p.description) { <p>{{ p.description }}</p> }

      <h2>{{ 'alliance.platforms.members' | transloco }}</h2>
      @if (p.members.length) {
        <table class="koers-table" data-testid="members">
          <thead>
            <tr>
              <th scope="col">{{ 'alliance.platforms.name' | transloco }}</th>
              <th scope="col">{{ 'alliance.platforms.memberKind' | transloco }}</th>
              <th scope="col">{{ 'alliance.platforms.joinedOn' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of p.members; track m.id) {
              <tr>
                <th scope="row">{{ m.name }}</th>
                <td>{{ m.kindLabel | bilingual }}</td>
                <td>{{ m.joinedOn | koersDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'alliance.common.none' | transloco }}</p>
      }

      <h2>{{ 'alliance.platforms.agenda' | transloco }}</h2>
      @if (p.agenda.length) {
        <ul data-testid="agenda">
          @for (e of p.agenda; track e.id) {
            <li [attr.data-event]="e.id">
              <strong>{{ e.eventOn | koersDate }}</strong> · {{ e.title }}@if (e.location) { · {{ e.location }} }
              @if (e.symposium) { · <span class="koers-badge">{{ 'alliance.platforms.symposium' | transloco }}</span> }
              @if (e.description) { <br />{{ e.description }} }
            </li>
          }
        </ul>
      } @else {
        <p>{{ 'alliance.common.none' | transloco }}</p>
      }
      <p class="koers-hint" data-testid="source">{{ 'alliance.platforms.source' | transloco: { name: p.keeper.name } }}</p>

      @if (editor()) {
        <h2>{{ 'alliance.platforms.addEvent' | transloco }}</h2>
        <form data-testid="event-new" (submit)="$event.preventDefault(); addEvent()">
          <div class="koers-field">
            <label for="event-on">{{ 'alliance.platforms.eventOn' | transloco }}</label>
            <input id="event-on" type="date" [value]="f().eventOn" (input)="set('eventOn', $any($event.target).value)" />
            @if (err(actions.error(), 'eventOn'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="event-title">{{ 'alliance.platforms.eventTitle' | transloco }}</label>
            <input id="event-title" [value]="f().title" (input)="set('title', $any($event.target).value)" />
            @if (err(actions.error(), 'title'); as e) { <p class="koers-field-error" data-testid="title-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="event-location">{{ 'alliance.platforms.location' | transloco }}</label>
            <input id="event-location" [value]="f().location" (input)="set('location', $any($event.target).value)" />
            @if (err(actions.error(), 'location'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <div class="koers-field">
            <label for="event-description">{{ 'alliance.common.description' | transloco }}</label>
            <textarea id="event-description" [value]="f().description" (input)="set('description', $any($event.target).value)"></textarea>
            @if (err(actions.error(), 'description'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
          </div>
          <koers-refusal [refusal]="actions.error()" [omit]="fields" />
          <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'alliance.common.add' | transloco }}</button>
        </form>
      }

      <koers-knowledge-space [platformId]="p.id" />
      <koers-platform-showcases [platformId]="p.id" />
    }
  `,
})
export class PlatformPage {
  private readonly api = inject(AllianceApi);
  private readonly auth = inject(AuthService);
  readonly platformId = input.required<string>();
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly platform = resource({ params: () => this.platformId(), loader: ({ params }) => orNotFound(() => this.api.platform(params)) });
  readonly loaded = computed<Platform | null>(() => (this.platform.hasValue() && this.platform.value() !== 'not_found' ? (this.platform.value() as Platform) : null));
  /** The keeper (or the secretariat) may write, as the API says; adding events is the administrator's and coordinator's. */
  readonly editor = computed(() => !!this.loaded()?.canEdit && this.auth.hasRole('administrator', 'coordinator'));
  readonly f = signal({ eventOn: todayIso(), title: '', location: '', description: '' });
  set(key: keyof ReturnType<typeof this.f>, value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }
  async addEvent() {
    const f = this.f();
    const ok = await this.actions.run(
      () => this.api.addEvent(this.platformId(), { eventOn: f.eventOn, title: f.title, ...(filled(f.location) ? { location: filled(f.location) } : {}), ...(filled(f.description) ? { description: filled(f.description) } : {}) }),
      'alliance.platforms.eventAdded',
    );
    if (ok) {
      this.f.update((x) => ({ ...x, title: '', location: '', description: '' }));
      this.platform.reload();
    }
  }
}
