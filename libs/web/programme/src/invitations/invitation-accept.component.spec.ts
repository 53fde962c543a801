import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApiError, type Problem } from '@koers/web-api-client';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { MASTERCLASS_STEP, STEPS } from '@koers/domain';
import { readRefusal } from '../refusal';
import type { InvitationAcceptance, InvitationPreviewItem } from './acceptance-fields';
import { InvitationAcceptComponent } from './invitation-accept.component';

const NEW_COMPANY: InvitationPreviewItem = {
  groupName: 'Koplopergroep Midden-Drenthe',
  place: 'Midden-Drenthe',
  step: 'koploper',
  partnerName: 'MVO Alliantie Noord-Nederland',
  email: 'directie@bakkerij-devries.test',
  organisationName: null,
  expiresAt: '2026-12-01T00:00:00Z',
};

const refusal = (status: number, problem: Problem) => readRefusal(new ApiError(status, problem));

async function render(inputs: Record<string, unknown>) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n(), provideRouter([])] });
  const fixture = TestBed.createComponent(InvitationAcceptComponent);
  fixture.componentRef.setInput('stepName', STEPS.koploper.name);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  const accepted: InvitationAcceptance[] = [];
  fixture.componentInstance.accept.subscribe((a) => accepted.push(a));
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  await settle();
  const el: HTMLElement = fixture.nativeElement;
  const text = (node: Element | null = el) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const set = async (name: string, value: unknown) => {
    fixture.componentRef.setInput(name, value);
    await settle();
  };
  const type = async (id: string, value: string, blur = false) => {
    const field = el.querySelector<HTMLInputElement>(`#${id}`)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    if (blur) field.dispatchEvent(new Event('blur'));
    await settle();
  };
  const fill = async () => {
    await type('org-name', ' Bakkerij De Vries ');
    await type('kvk', '40012345');
    await type('sbi', '10.71');
    const size = el.querySelector<HTMLSelectElement>('#size')!;
    size.value = 'small';
    size.dispatchEvent(new Event('change'));
    await type('org-municipality', 'Assen');
    await type('user-name', 'Anna de Vries');
    await type('password', 'een-lang-wachtwoord');
  };
  const submit = async () => {
    el.querySelector<HTMLButtonElement>('[data-testid=accept-invitation]')!.click();
    await settle();
  };
  /** The inline message linked to a field, if any. */
  const fieldError = (id: string) => {
    const describedBy = el.querySelector(`#${id}`)!.getAttribute('aria-describedby') ?? '';
    const errorId = describedBy.split(' ').find((x) => x.endsWith('-error'));
    return errorId ? text(el.querySelector(`#${errorId}`)) : null;
  };
  return { fixture, el, accepted, settle, text, set, type, fill, submit, fieldError };
}

describe('the invitation accept component', () => {
  it('loads until the page passes the preview or a refusal', async () => {
    const { el, text } = await render({});
    expect(text(el.querySelector('h1'))).toBe('Uitnodiging: Koplopertraject');
    expect(el.querySelector('koers-loading')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });

  it('shows the invitation: partner, group, place, e-mail, expiry, and the company form', async () => {
    const { el, text } = await render({ preview: NEW_COMPANY });
    expect(text(el.querySelector('[data-testid=invitation-intro]'))).toBe('MVO Alliantie Noord-Nederland nodigt u uit voor Koplopergroep Midden-Drenthe in Midden-Drenthe.');
    expect(text(el.querySelector('[data-testid=invitation-account]'))).toContain('directie@bakkerij-devries.test');
    expect(text(el.querySelector('[data-testid=invitation-expires]'))).toBe('Deze uitnodiging is geldig tot 1 december 2026.');
    expect(el.querySelector('[data-testid=invitation-organisation]')).toBeNull();
    expect([...el.querySelectorAll('label')].map((l) => text(l))).toEqual(['Bedrijfsnaam', 'KvK-nummer', 'SBI-code', 'Grootte', 'Gemeente', 'Uw naam', 'Wachtwoord']);
    expect(text(el.querySelector('#size option[value=small]'))).toBe('Klein (10 tot 50 medewerkers)');
    expect(text(el.querySelector('[data-testid=accept-invitation]'))).toBe('Aanmelden en deelnemen');
  });

  it('names another step and a group without a place, in English the same shape', async () => {
    const { el, text, settle } = await render({ preview: { ...NEW_COMPANY, step: 'masterclass', groupName: 'Masterclass voorjaar', place: null }, stepName: MASTERCLASS_STEP.name });
    expect(text(el.querySelector('h1'))).toBe('Uitnodiging: CE-masterclass');
    expect(text(el.querySelector('[data-testid=invitation-intro]'))).toBe('MVO Alliantie Noord-Nederland nodigt u uit voor Masterclass voorjaar.');
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(text(el.querySelector('h1'))).toBe('Invitation: CE masterclass');
    expect(text(el.querySelector('[data-testid=invitation-intro]'))).toBe('MVO Alliantie Noord-Nederland invites you to Masterclass voorjaar.');
    expect(text(el.querySelector('label[for=kvk]'))).toBe('Chamber of Commerce (KvK) number');
  });

  it('asks only for the person when the invitation names the company, and emits no organisation', async () => {
    const { el, text, type, submit, accepted } = await render({ preview: { ...NEW_COMPANY, organisationName: 'Bakkerij De Vries' } });
    expect(text(el.querySelector('[data-testid=invitation-organisation]'))).toBe('U doet mee namens Bakkerij De Vries.');
    expect(el.querySelector('#kvk')).toBeNull();
    await type('user-name', ' Anna de Vries ');
    await type('password', ' een-lang-wachtwoord');
    await submit();
    expect(accepted).toEqual([{ user: { name: 'Anna de Vries', password: ' een-lang-wachtwoord' } }]);
  });

  it('says so when the invitation does not exist (404)', async () => {
    const { el, text } = await render({ loadRefusal: refusal(404, { status: 404, title: 'Not Found', code: 'not_found', params: {}, text: { nl: 'Uitnodiging niet gevonden', en: 'Invitation not found' } }) });
    expect(text(el.querySelector('[data-testid=invitation-not-found]'))).toContain('Deze uitnodiging bestaat niet');
    expect(el.querySelector('form')).toBeNull();
  });

  it("shows the API's reason when the invitation is used, withdrawn or expired (409), with the way to sign in", async () => {
    const { el, text } = await render({
      loadRefusal: refusal(409, {
        status: 409,
        title: 'Conflict',
        code: 'invitation.withdrawn',
        params: {},
        text: { nl: 'Deze uitnodiging is ingetrokken', en: 'This invitation was withdrawn' },
        detail: 'Deze uitnodiging is ingetrokken',
      }),
    });
    const alert = el.querySelector('[data-testid=invitation-unusable]');
    expect(text(alert)).toContain('Deze uitnodiging kan niet meer gebruikt worden');
    expect(text(alert)).toContain('Deze uitnodiging is ingetrokken');
    expect(text(alert)).not.toContain('withdrawn');
    expect(alert!.querySelector('a')!.getAttribute('href')).toBe('/aanmelden');
    expect(el.querySelector('form')).toBeNull();
  });

  it('offers a retry when loading failed otherwise', async () => {
    const { el, fixture } = await render({ loadRefusal: readRefusal(new ApiError(0, null)) });
    let retried = 0;
    fixture.componentInstance.retry.subscribe(() => retried++);
    el.querySelector<HTMLButtonElement>('koers-error-state button')!.click();
    expect(retried).toBe(1);
  });

  it('checks the password length inline, linked to the field, and emits nothing while anything is wrong', async () => {
    const { el, accepted, type, fieldError, fill, submit } = await render({ preview: NEW_COMPANY });
    expect(fieldError('password')).toBeNull();
    await type('password', 'te-kort', true);
    expect(fieldError('password')).toBe('Het wachtwoord moet ten minste 12 tekens hebben.');
    expect(el.querySelector('#password')!.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#password')!.getAttribute('aria-describedby')).toBe('password-hint password-error');
    await type('password', 'twaalf-tekens');
    expect(fieldError('password')).toBeNull();
    expect(el.querySelector('#password')!.getAttribute('aria-invalid')).toBe('false');

    // Submitting an empty company form names every field, and focuses the first.
    await type('password', 'kort');
    await submit();
    expect(fieldError('org-name')).toBe('Vul de naam van uw bedrijf in.');
    expect(fieldError('kvk')).toBe('Een KvK-nummer bestaat uit 8 cijfers.');
    expect(fieldError('sbi')).toBe('Een SBI-code bestaat uit 2 tot 5 cijfers, bijvoorbeeld 10.71.');
    expect(fieldError('size')).toBe('Kies de grootte van uw bedrijf.');
    expect(fieldError('org-municipality')).toBe('Vul de gemeente in.');
    expect(fieldError('user-name')).toBe('Vul uw naam in.');
    expect(fieldError('password')).toBe('Het wachtwoord moet ten minste 12 tekens hebben.');
    expect(document.activeElement?.id).toBe('org-name');
    expect(accepted).toEqual([]);

    await fill();
    await type('kvk', '4001234');
    await submit();
    expect(fieldError('kvk')).toBe('Een KvK-nummer bestaat uit 8 cijfers.');
    expect(accepted).toEqual([]);
  });

  it('emits the trimmed registration, and is disabled while busy', async () => {
    const { el, accepted, fill, submit, set } = await render({ preview: NEW_COMPANY });
    await fill();
    await submit();
    expect(accepted).toEqual([
      { organisation: { name: 'Bakkerij De Vries', kvkNumber: '40012345', sbiCode: '10.71', sizeClass: 'small', municipality: 'Assen' }, user: { name: 'Anna de Vries', password: 'een-lang-wachtwoord' } },
    ]);
    await set('busy', true);
    expect(el.querySelector<HTMLButtonElement>('[data-testid=accept-invitation]')!.disabled).toBe(true);
  });

  it("shows the API's field error at its field (organisation.kvkNumber) until the field changes", async () => {
    const { el, text, fill, submit, set, type, fieldError } = await render({ preview: NEW_COMPANY });
    await fill();
    await submit();
    const text409 = {
      nl: 'KvK-nummer 40012345 is al geregistreerd; vraag de coördinator u uit te nodigen namens die organisatie',
      en: 'KvK number 40012345 is already registered; ask the coordinator to invite you on behalf of that organisation',
    };
    await set(
      'refusal',
      refusal(409, { status: 409, title: 'Conflict', code: 'organisation.kvk_taken', params: { kvkNumber: '40012345' }, text: text409, detail: text409.nl, errors: [{ field: 'organisation.kvkNumber', code: 'organisation.kvk_taken', params: {}, text: text409 }] }),
    );
    expect(fieldError('kvk')).toBe(text409.nl);
    expect(el.querySelector('#kvk')!.getAttribute('aria-invalid')).toBe('true');
    expect(text(el.querySelector('[data-testid=form-error]'))).toBe('Controleer de gemarkeerde velden.');
    expect(document.activeElement?.id).toBe('kvk');

    await type('kvk', '40012346');
    expect(fieldError('kvk')).toBeNull();
    // Submitting again clears the box until the page passes the next answer.
    await submit();
    expect(el.querySelector('[data-testid=form-error]')).toBeNull();
  });

  it('shows a 400 on the person fields, and what it cannot place above the button, named', async () => {
    const { el, text, type, submit, set, fieldError } = await render({ preview: { ...NEW_COMPANY, organisationName: 'Bakkerij De Vries' } });
    await type('user-name', 'Anna de Vries');
    await type('password', 'een-lang-wachtwoord');
    await submit();
    await set(
      'refusal',
      refusal(400, {
        status: 400,
        title: 'Bad Request',
        code: 'bad_input',
        params: {},
        text: { nl: 'Controleer wat u invulde', en: 'Check what you entered' },
        errors: [
          { field: 'user.password', code: 'user.password_mismatch', params: {}, text: { nl: 'er bestaat al een account met dit e-mailadres; vul het wachtwoord van dat account in', en: 'an account with this email exists; enter its password' } },
          { field: 'organisation.kvkNumber', code: 'bad_input', params: {}, text: { nl: 'ongeldig', en: 'invalid' } },
          { field: 'captcha', code: 'bad_input', params: {}, text: { nl: 'onbekend', en: 'unknown' } },
        ],
      }),
    );
    expect(fieldError('password')).toBe('er bestaat al een account met dit e-mailadres; vul het wachtwoord van dat account in');
    expect(document.activeElement?.id).toBe('password');
    const box = [...el.querySelectorAll('[data-testid=form-error] p')].map((p) => text(p));
    expect(box).toEqual(['Controleer wat u invulde', 'KvK-nummer: ongeldig', 'captcha: onbekend']);
  });
});
