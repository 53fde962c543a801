import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n } from '@koers/web-ui';
import { AcceptInvitationComponent } from './accept-invitation.component';

async function open(url: string) {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideKoersI18n(),
      provideRouter([{ path: 'uitnodiging-accepteren', component: AcceptInvitationComponent }]),
    ],
  });
  TestBed.inject(AuthService).session.set({
    user: { id: 'u1', email: 'beheer@groningen-duurzaam.test', name: 'Gerrit Beheer', locale: 'nl' },
    memberships: [{ id: 'm1', role: 'administrator', partner: { id: 'pa', name: 'Koploperproject Groningen' }, organisation: null }],
    activeMembershipId: 'm1',
  } as SessionView);
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  await settle();
  const el: HTMLElement = harness.fixture.nativeElement;
  const accept = async () => {
    el.querySelector<HTMLButtonElement>('button')!.click();
    await settle();
  };
  return { http, el, settle, accept };
}

describe('accepting a partner invitation', () => {
  beforeEach(() => localStorage.clear());

  it('says which account accepts, sends the token, and only then says the person works for the partner', async () => {
    const { http, el, settle, accept } = await open('/uitnodiging-accepteren?token=abc123');
    expect(el.textContent).toContain('beheer@groningen-duurzaam.test');
    expect(el.querySelector('[data-testid=invitation-accepted]')).toBeNull();
    await accept();
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/membership-invitations/accept');
    expect(req.request.body).toEqual({ token: 'abc123' });
    req.flush({ membershipId: 'm2', partnerId: 'pb' });
    await settle();
    // The session is read again, so the partner switcher shows the new membership.
    http.match('/api/auth/session').forEach((r) => r.flush({ user: { id: 'u1', email: 'beheer@groningen-duurzaam.test', name: 'Gerrit Beheer', locale: 'nl' }, memberships: [], activeMembershipId: 'm1' }));
    await settle();
    expect(el.querySelector('[data-testid=invitation-accepted]')!.textContent).toContain('u werkt nu ook voor deze partner');
  });

  it("shows the API's refusal of another account's or a used invitation, in Dutch", async () => {
    const { http, el, settle, accept } = await open('/uitnodiging-accepteren?token=gebruikt');
    await accept();
    http.expectOne('/api/membership-invitations/accept').flush(
      { type: 'about:blank', title: 'Bad Request', status: 400, code: 'membership_invitation.invalid', params: {}, detail: 'x', errors: [], text: { nl: 'Deze uitnodiging is onbekend, al gebruikt, verlopen of niet voor het account waarmee u bent aangemeld', en: 'This invitation is unknown' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(el.querySelector('[data-testid=invitation-refused]')!.textContent).toContain('niet voor het account waarmee u bent aangemeld');
    expect(el.querySelector('[data-testid=invitation-accepted]')).toBeNull();
  });

  it('without a token says the link is incomplete and offers nothing to click', async () => {
    const { el } = await open('/uitnodiging-accepteren');
    expect(el.textContent).toContain('Deze link is niet compleet');
    expect(el.querySelector('button')).toBeNull();
  });
});
