import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { STEPS } from '@koers/domain';
import { ProgrammeApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageSwitchComponent } from '@koers/web-ui';
import { InvitationAcceptComponent, readRefusal, type InvitationAcceptance, type Refusal } from '@koers/web-programme';
import { STEP } from '../../step';

/**
 * The page an invited company opens from its mail (public, no sign-in,
 * `/masterclass/uitnodiging/<token>`): the programme core's invitation in the
 * public frame. Accepting registers the company (when the invitation names
 * none) and the user's account; the API signs the user in, and its intake and
 * outcome page opens.
 */
@Component({
  selector: 'koers-masterclass-invitation',
  imports: [TranslocoPipe, RouterLink, LanguageSwitchComponent, InvitationAcceptComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .koers-invitation { max-width: 36rem; }
  `,
  template: `
    <a class="koers-skip" href="#inhoud">{{ 'app.skip' | transloco }}</a>
    <header class="koers-header">
      <a class="koers-brand" routerLink="/">{{ 'app.name' | transloco }}</a>
      <div class="koers-header-tools"><koers-language-switch /></div>
    </header>
    <main id="inhoud" class="koers-main koers-invitation" tabindex="-1">
      <koers-invitation-accept
        [preview]="invitation.hasValue() ? invitation.value() : null"
        [loadRefusal]="loadRefusal()"
        [stepName]="stepName()"
        [busy]="busy()"
        [refusal]="refusal()"
        (accept)="accept($event)"
        (retry)="invitation.reload()"
      />
    </main>
  `,
})
export class InvitationPage {
  private readonly api = inject(ProgrammeApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  readonly token = input.required<string>();
  readonly invitation = resource({ params: () => this.token(), loader: ({ params }) => this.api.invitation(params) });
  readonly loadRefusal = computed(() => (this.invitation.error() ? readRefusal(this.invitation.error()) : null));
  readonly stepName = computed(() => STEPS[this.invitation.hasValue() ? this.invitation.value().step : STEP.key].name);
  readonly busy = signal(false);
  readonly refusal = signal<Refusal | null>(null);

  async accept(body: InvitationAcceptance) {
    this.busy.set(true);
    this.refusal.set(null);
    try {
      const { participantId, groupId } = await this.api.acceptInvitation(this.token(), body);
      await this.auth.reload();
      // In the shell the step lives under /masterclass; in the standalone masterclass app at the root.
      const base = this.router.url.startsWith('/masterclass/') ? '/masterclass' : '';
      await this.router.navigateByUrl(`${base}/groepen/${encodeURIComponent(groupId)}/deelnemers/${encodeURIComponent(participantId)}`);
    } catch (e) {
      this.refusal.set(readRefusal(e));
    } finally {
      this.busy.set(false);
    }
  }
}
