import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type ProfileSummary } from '@koers/web-api-client';
import { KoersDatePipe, type PageActions } from '@koers/web-programme';

/** The company's duurzaamheidsprofielen (the draft, then the published versions); staff make one from the baseline. */
@Component({
  selector: 'koers-track-profiles',
  imports: [TranslocoPipe, RouterLink, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul data-testid="profiles">
      @for (p of profiles(); track p.id) {
        <li>
          <a [routerLink]="['../../profielen', p.id]">
            {{ p.status === 'draft' ? ('koploper.track.draft' | transloco) : ('koploper.track.version' | transloco: { version: p.version }) }} · {{ p.year }}
          </a>
          @if (p.publishedAt) {
            · {{ p.publishedAt | koersDate }}
          }
        </li>
      } @empty {
        <li>{{ 'koploper.track.noProfiles' | transloco }}</li>
      }
    </ul>
    @if (staff()) {
      <button class="koers-button" type="button" [disabled]="actions().busy()" (click)="generate()">{{ 'koploper.track.generate' | transloco }}</button>
    }
  `,
})
export class TrackProfilesSection {
  private readonly api = inject(KoploperApi);
  private readonly router = inject(Router);
  readonly participantId = input.required<string>();
  readonly profiles = input.required<readonly ProfileSummary[]>();
  readonly staff = input(false);
  readonly actions = input.required<PageActions>();

  /** Makes the draft from the baseline and opens it. */
  generate() {
    return this.actions().run(async () => {
      const profile = await this.api.generateProfile(this.participantId());
      await this.router.navigateByUrl(this.router.url.replace(/deelnemers\/[^/?#]+.*$/, `profielen/${profile.id}`));
    });
  }
}
