import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { InvitationPreview } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n } from '@koers/web-ui';
import { koploperPublicRoutes, koploperRoutes } from '../../routes';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';
const NEW_COMPANY: InvitationPreview = {
  groupName: 'Koplopergroep Midden-Drenthe',
  place: 'Midden-Drenthe',
  step: 'koploper',
  partnerName: 'MVO Alliantie Noord-Nederland',
  email: 'directie@bakkerij-devries.test',
  organisationName: null,
  expiresAt: '2026-12-01T00:00:00Z',
  existingAccount: false,
};

/** As the shell mounts it (under /koploper), or as the standalone koploper app does (at the root). */
async function open(answer: { body: object; status?: number }, mount: 'koploper' | '' = 'koploper') {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideKoersI18n(),
      provideRouter([{ path: mount, children: [...koploperPublicRoutes(), ...koploperRoutes()] }], withComponentInputBinding()),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const tick = () => new Promise((r) => setTimeout(r));
  const settle = async () => {
    await tick();
    await harness.fixture.whenStable();
  };
  await harness.navigateByUrl(`${mount ? '/' + mount : ''}/uitnodiging/${TOKEN}`);
  await tick();
  http.expectOne(`/api/public/invitations/${TOKEN}`).flush(answer.body, answer.status ? { status: answer.status, statusText: 'Error' } : undefined);
  await settle();
  const el: HTMLElement = harness.fixture.nativeElement;
  const text = (node: Element | null = el) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const type = async (id: string, value: string, blur = false) => {
    const field = el.querySelector<HTMLInputElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    if (blur) field.dispatchEvent(new Event('blur'));
    await settle();
  };
  const fill = async () => {
    await type('org-name', 'Bakkerij De Vries');
    await type('kvk', '40012345');
    await type('sbi', '10.71');
    const size = el.querySelector<HTMLSelectElement>('#size')!;
    size.value = 'small';
    size.dispatchEvent(new Event('change'));
    await type('org-municipality', 'Assen');
    await type('user-name', 'Anna de Vries');
    await type('password', 'een-lang-wachtwoord');
  };
  const submit = () => el.querySelector<HTMLButtonElement>('[data-testid=accept-invitation]')!.click();
  /** The inline message linked to a field, if any. */
  const fieldError = (id: string) => {
    const describedBy = el.querySelector(`#${id}`)!.getAttribute('aria-describedby') ?? '';
    const errorId = describedBy.split(' ').find((x) => x.endsWith('-error'));
    return errorId ? text(el.querySelector(`#${errorId}`)) : null;
  };
  /** The track is a lazy page (its chunk loads the first time): wait up to 3 s for the navigation to end. */
  const arrived = async (url: string) => {
    for (let i = 0; i < 300 && TestBed.inject(Router).url !== url; i++) await new Promise((r) => setTimeout(r, 10));
  };
  return { arrived, http, harness, el, settle, tick, text, type, fill, submit, fieldError };
}

describe('the invitation page', () => {
  it('shows the programme core\'s invitation on its own page, with brand, language switch and main landmark', async () => {
    const { el, text } = await open({ body: NEW_COMPANY });
    expect(text(el.querySelector('header .koers-brand'))).toBe('Koers');
    expect(el.querySelector('header koers-language-switch')).not.toBeNull();
    expect(text(el.querySelector('main#inhoud koers-invitation-accept h1'))).toBe('Uitnodiging: Koplopertraject');
    expect(text(el.querySelector('[data-testid=invitation-intro]'))).toBe('MVO Alliantie Noord-Nederland nodigt u uit voor Koplopergroep Midden-Drenthe in Midden-Drenthe.');
    expect(text(el)).toContain('directie@bakkerij-devries.test');
    expect(text(el)).toContain('geldig tot 1 december 2026');
    expect(el.querySelector('#kvk')).not.toBeNull();
  });

  it('asks only for the user when the invitation names the company', async () => {
    const { el, text } = await open({ body: { ...NEW_COMPANY, organisationName: 'Bakkerij De Vries' } });
    expect(text(el.querySelector('[data-testid=invitation-organisation]'))).toBe('U doet mee namens Bakkerij De Vries.');
    expect(el.querySelector('#kvk')).toBeNull();
    expect(el.querySelector('#user-name')).not.toBeNull();
  });

  it('says so when the invitation does not exist (404)', async () => {
    const { el, text } = await open({ body: { status: 404, title: 'Not Found', code: 'not_found', params: {}, text: { nl: 'Uitnodiging niet gevonden', en: 'Invitation not found' } }, status: 404 });
    expect(text(el.querySelector('[data-testid=invitation-not-found]'))).toContain('Deze uitnodiging bestaat niet');
    expect(el.querySelector('form')).toBeNull();
  });

  it("shows the API's reason when the invitation is used or expired (409)", async () => {
    const { el, text } = await open({
      body: {
        status: 409,
        title: 'Conflict',
        code: 'invitation.expired',
        params: {},
        text: { nl: 'Deze uitnodiging is verlopen; vraag de coördinator om een nieuwe', en: 'This invitation has expired; ask the coordinator for a new one' },
        detail: 'Deze uitnodiging is verlopen; vraag de coördinator om een nieuwe',
      },
      status: 409,
    });
    const alert = el.querySelector('[data-testid=invitation-unusable]');
    expect(text(alert)).toContain('Deze uitnodiging is verlopen; vraag de coördinator om een nieuwe');
    expect(text(alert)).not.toContain('expired');
    expect(el.querySelector('form')).toBeNull();
  });

  it("passes the API's refusal back to the form: the field error at its field (organisation.kvkNumber)", async () => {
    const { http, el, fill, submit, tick, settle, text, fieldError } = await open({ body: NEW_COMPANY });
    await fill();
    submit();
    await tick();
    const req = http.expectOne(`/api/public/invitations/${TOKEN}/accept`);
    expect(req.request.body).toEqual({
      organisation: { name: 'Bakkerij De Vries', kvkNumber: '40012345', sbiCode: '10.71', sizeClass: 'small', municipality: 'Assen' },
      user: { name: 'Anna de Vries', password: 'een-lang-wachtwoord' },
    });
    await settle();
    expect(el.querySelector<HTMLButtonElement>('[data-testid=accept-invitation]')!.disabled).toBe(true);
    const text409 = {
      nl: 'KvK-nummer 40012345 is al geregistreerd; vraag de coördinator u uit te nodigen namens die organisatie',
      en: 'KvK number 40012345 is already registered; ask the coordinator to invite you on behalf of that organisation',
    };
    req.flush(
      { status: 409, title: 'Conflict', code: 'organisation.kvk_taken', params: { kvkNumber: '40012345' }, text: text409, detail: text409.nl, errors: [{ field: 'organisation.kvkNumber', code: 'organisation.kvk_taken', text: text409 }] },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(fieldError('kvk')).toBe(text409.nl);
    expect(text(el.querySelector('[data-testid=form-error]'))).toBe('Controleer de gemarkeerde velden.');
    expect(el.querySelector<HTMLButtonElement>('[data-testid=accept-invitation]')!.disabled).toBe(false);
  });

  it('signs the new participant in and opens its track under /koploper', async () => {
    const { arrived, http, fill, submit, tick } = await open({ body: NEW_COMPANY });
    await fill();
    submit();
    await tick();
    http.expectOne(`/api/public/invitations/${TOKEN}/accept`).flush({ groupId: 'c1', participantId: 'p-new', step: 'koploper' }, { status: 201, statusText: 'Created' });
    await tick();
    http.expectOne('/api/auth/session').flush({
      user: { id: 'u-new', email: 'directie@bakkerij-devries.test', name: 'Anna de Vries', locale: 'nl' },
      memberships: [{ id: 'm-new', role: 'participant', partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: { id: 'o-new', name: 'Bakkerij De Vries' } }],
      activeMembershipId: 'm-new',
    });
    await arrived('/koploper/deelnemers/p-new');
    expect(TestBed.inject(AuthService).role()).toBe('participant');
    expect(TestBed.inject(Router).url).toBe('/koploper/deelnemers/p-new');
  });

  it('opens the track at the root in the standalone koploper app', async () => {
    const { arrived, http, type, submit, tick } = await open({ body: { ...NEW_COMPANY, organisationName: 'Bakkerij De Vries' } }, '');
    await type('user-name', 'Anna de Vries');
    await type('password', 'een-lang-wachtwoord');
    submit();
    await tick();
    const req = http.expectOne(`/api/public/invitations/${TOKEN}/accept`);
    expect(req.request.body).toEqual({ user: { name: 'Anna de Vries', password: 'een-lang-wachtwoord' } });
    req.flush({ groupId: 'c1', participantId: 'p-new', step: 'koploper' });
    await tick();
    http.expectOne('/api/auth/session').flush({ user: { id: 'u-new', email: 'x', name: 'A', locale: 'nl' }, memberships: [], activeMembershipId: '' });
    await arrived('/deelnemers/p-new');
    expect(TestBed.inject(Router).url).toBe('/deelnemers/p-new');
  });
});
