import { ChangeDetectionStrategy, Component, InjectionToken, computed, inject, input, resource, signal, type Provider } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { STEPS, type StepKey } from '@koers/domain';
import { LanguageSwitchComponent } from '@koers/web-ui';
import { readRefusal, type Refusal } from '../refusal';
import type { InvitationAcceptance, InvitationPreviewItem } from './acceptance-fields';
import { InvitationAcceptComponent } from './invitation-accept.component';

/** Who accepted, as the API's accept answer names it. */
export interface AcceptedInvitationItem {
  participantId: string;
  groupId: string;
}

/** What a step's invitation landing page needs: the step's own part (the API and the session come from the step). */
export interface InvitationLanding {
  /** The step whose name the page shows until the invitation is loaded; its routes live under `/<step>` in the shell. */
  readonly step: StepKey;
  /** The invitation's preview (public). */
  preview(token: string): Promise<InvitationPreviewItem>;
  /**
   * Accepts it; resolves once the app knows the new session, to the path to
   * open, relative to where the step is mounted (`/deelnemers/p1`).
   */
  accept(token: string, body: InvitationAcceptance): Promise<string>;
}

export const INVITATION_LANDING = new InjectionToken<InvitationLanding>('INVITATION_LANDING');

/** What the landing needs of the API and the session (the web API client's ProgrammeApi and AuthService fit). */
export interface InvitationLandingDeps {
  api: {
    invitation(token: string): Promise<InvitationPreviewItem>;
    acceptInvitation(token: string, body: InvitationAcceptance): Promise<AcceptedInvitationItem>;
  };
  auth: { reload(): Promise<unknown> };
}

/**
 * Provides the landing for a step: `deps` runs in an injection context (inject
 * the API and the session there), `openAfter` names the page the accepted
 * invitation opens.
 */
export function provideInvitationLanding(step: StepKey, deps: () => InvitationLandingDeps, openAfter: (accepted: AcceptedInvitationItem) => string): Provider {
  return {
    provide: INVITATION_LANDING,
    useFactory: (): InvitationLanding => {
      const { api, auth } = deps();
      return {
        step,
        preview: (token) => api.invitation(token),
        async accept(token, body) {
          const accepted = await api.acceptInvitation(token, body);
          // The API signed the new user in (session cookie): let the app know before opening the step's page.
          await auth.reload();
          return openAfter(accepted);
        },
      };
    },
  };
}

/**
 * The page an invited company opens from its mail (public, no sign-in,
 * `/<step>/uitnodiging/<token>`): the programme core's invitation
 * (`koers-invitation-accept`) in the public frame. Accepting registers the
 * company when the invitation names none and the user's account; the API
 * signs the user in, and the step's page for the company opens (see
 * `provideInvitationLanding`).
 */
@Component({
  selector: 'koers-invitation-landing',
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
export class InvitationLandingPage {
  private readonly landing = inject(INVITATION_LANDING);
  private readonly router = inject(Router);

  /** From the route (`uitnodiging/:token`). */
  readonly token = input.required<string>();
  readonly invitation = resource({ params: () => this.token(), loader: ({ params }) => this.landing.preview(params) });
  readonly loadRefusal = computed(() => (this.invitation.error() ? readRefusal(this.invitation.error()) : null));
  /** The invitation's step (this page's until it is loaded). */
  readonly stepName = computed(() => STEPS[(this.invitation.hasValue() ? this.invitation.value().step : null) ?? this.landing.step].name);
  readonly busy = signal(false);
  readonly refusal = signal<Refusal | null>(null);

  async accept(body: InvitationAcceptance) {
    this.busy.set(true);
    this.refusal.set(null);
    try {
      const path = await this.landing.accept(this.token(), body);
      // In the shell the step lives under /<step>; in the standalone step app at the root.
      const base = this.router.url.startsWith(`/${this.landing.step}/`) ? `/${this.landing.step}` : '';
      await this.router.navigateByUrl(base + path);
    } catch (e) {
      this.refusal.set(readRefusal(e));
    } finally {
      this.busy.set(false);
    }
  }
}
