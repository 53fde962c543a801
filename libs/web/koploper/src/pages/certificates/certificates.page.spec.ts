import type { CsrCertificate } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { openProgrammePage } from '@koers/web-programme/testing';
import { koploperRoutes } from '../../routes';

const SUBMITTED: CsrCertificate = {
  id: 'cert-1',
  participantId: 'p1',
  organisationName: 'Bakkerij De Vries',
  status: 'submitted',
  profileVersion: 2,
  attachments: { vision: 'Wij bakken met zo min mogelijk energie.', actionItems: 4 },
  conditions: [],
  reason: null,
  number: null,
  awardedOn: null,
  validUntil: null,
  submittedAt: '2026-09-01T10:00:00Z',
  reviewedAt: null,
};

async function open(items: CsrCertificate[]) {
  const page = await openProgrammePage('/certificaten', { routes: koploperRoutes(), auth: AuthService, name: 'Carla' });
  await page.navigation;
  await page.tick();
  page.http.expectOne('/api/koploper/csr-certificates').flush({ items });
  await page.settle();
  const { el } = page;
  const row = (name: string) => el.querySelector<HTMLElement>(`[data-testid="certificate-${name}"]`)!;
  return { ...page, row };
}

describe('the CSR certificate applications', () => {
  it('lists an application with its attachments and a review form', async () => {
    const { el, row, text } = await open([SUBMITTED]);
    expect(el.querySelector('h1')!.textContent).toBe('MVO-certificaten');
    const r = row('Bakkerij De Vries');
    expect(text(r.querySelector('[data-testid=status]')!)).toBe('Ingediend');
    expect(text(r)).toContain('Duurzaamheidsprofiel versie 2');
    expect(text(r)).toContain('4 maatregelen in het actieplan');
    expect(r.querySelector('#decision-cert-1')).not.toBeNull();
    expect(text(r.querySelector('[data-testid=save-review]')!)).toBe('Beoordeling opslaan');
  });

  it('sends the decision with one condition per line, then offers to award the certificate', async () => {
    const { http, el, row, choose, type, tick, settle, text, toasts } = await open([SUBMITTED]);
    await choose('#decision-cert-1', 'approve_with_conditions');
    await type('#conditions-cert-1', ' Meet het energieverbruik per kwartaal \n\n Deel de cijfers met de adviseur ');
    row('Bakkerij De Vries').querySelector<HTMLButtonElement>('[data-testid=save-review]')!.click();
    await tick();
    const req = http.expectOne('/api/koploper/csr-certificates/cert-1/review');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ decision: 'approve_with_conditions', conditions: ['Meet het energieverbruik per kwartaal', 'Deel de cijfers met de adviseur'] });
    req.flush({ ...SUBMITTED, status: 'approved_with_conditions', conditions: ['Meet het energieverbruik per kwartaal', 'Deel de cijfers met de adviseur'], reviewedAt: '2026-09-02T10:00:00Z' });
    await settle();
    const r = row('Bakkerij De Vries');
    expect(text(r.querySelector('[data-testid=status]')!)).toBe('Goedgekeurd onder voorwaarden');
    expect([...r.querySelectorAll('[data-testid=conditions-list] li')].map((li) => li.textContent)).toEqual(['Meet het energieverbruik per kwartaal', 'Deel de cijfers met de adviseur']);
    expect(toasts).toEqual(['De beoordeling van Bakkerij De Vries is opgeslagen.']);

    // Award with the default validity of three years.
    expect(el.querySelector<HTMLSelectElement>('#valid-years-cert-1')!.value).toBe('3');
    expect(text(r.querySelector('[data-testid=award]')!)).toBe('Certificaat uitreiken');
    r.querySelector<HTMLButtonElement>('[data-testid=award]')!.click();
    await tick();
    const award = http.expectOne('/api/koploper/csr-certificates/cert-1/award');
    expect(award.request.body).toEqual({ validYears: 3 });
    award.flush({ ...SUBMITTED, status: 'awarded', number: 'MVO-2026-0001', awardedOn: '2026-09-03', validUntil: '2029-09-02' });
    await settle();
    expect(text(row('Bakkerij De Vries'))).toContain('Nummer MVO-2026-0001');
    expect(text(row('Bakkerij De Vries'))).toContain('Geldig van 3 september 2026 tot en met 2 september 2029');
    expect(el.querySelector('#revoke-reason-cert-1')).not.toBeNull();
  });

  it('sends only the decision when approving', async () => {
    const { http, row, choose, tick } = await open([SUBMITTED]);
    await choose('#decision-cert-1', 'approve');
    row('Bakkerij De Vries').querySelector<HTMLButtonElement>('[data-testid=save-review]')!.click();
    await tick();
    expect(http.expectOne('/api/koploper/csr-certificates/cert-1/review').request.body).toEqual({ decision: 'approve' });
  });

  it('asks for a reason before rejecting, and shows the API refusal (409) in an alert', async () => {
    const { http, el, row, choose, type, tick, settle, text } = await open([SUBMITTED]);
    const save = () => row('Bakkerij De Vries').querySelector<HTMLButtonElement>('[data-testid=save-review]')!.click();
    save();
    await settle();
    expect(text(row('Bakkerij De Vries'))).toContain('Kies een besluit.');
    await choose('#decision-cert-1', 'reject');
    save();
    await settle();
    const reason = el.querySelector('#reason-cert-1')!;
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector(`#${reason.getAttribute('aria-describedby')}`)!.textContent).toBe('Geef de reden van de afwijzing.');
    http.expectNone('/api/koploper/csr-certificates/cert-1/review');

    await type('#reason-cert-1', 'De MVO-visie noemt nog geen doelen');
    save();
    await tick();
    const req = http.expectOne('/api/koploper/csr-certificates/cert-1/review');
    expect(req.request.body).toEqual({ decision: 'reject', reason: 'De MVO-visie noemt nog geen doelen' });
    req.flush(
      {
        status: 409,
        title: 'Conflict',
        code: 'csr_certificate.changed',
        params: {},
        text: { nl: 'De aanvraag is intussen gewijzigd; laad haar opnieuw', en: 'The application changed meanwhile; reload it' },
        detail: 'De aanvraag is intussen gewijzigd; laad haar opnieuw',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    const alert = row('Bakkerij De Vries').querySelector('[role=alert]')!;
    expect(text(alert)).toBe('De aanvraag is intussen gewijzigd; laad haar opnieuw');
    expect(text(row('Bakkerij De Vries').querySelector('[data-testid=status]')!)).toBe('Ingediend');
  });

  it("shows why the company's own adviser may not review (403)", async () => {
    const { http, row, choose, tick, settle, text } = await open([SUBMITTED]);
    await choose('#decision-cert-1', 'approve');
    row('Bakkerij De Vries').querySelector<HTMLButtonElement>('[data-testid=save-review]')!.click();
    await tick();
    http.expectOne('/api/koploper/csr-certificates/cert-1/review').flush(
      {
        status: 403,
        title: 'Forbidden',
        code: 'csr_certificate.own_adviser',
        params: {},
        text: {
          nl: 'U bent de adviseur van dit bedrijf en mag de aanvraag daarom niet beoordelen; laat een andere beheerder of coördinator dit doen',
          en: "You are this company's adviser, so you may not review its application; ask another administrator or coordinator",
        },
      },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(text(row('Bakkerij De Vries').querySelector('[role=alert]')!)).toBe(
      'U bent de adviseur van dit bedrijf en mag de aanvraag daarom niet beoordelen; laat een andere beheerder of coördinator dit doen',
    );
  });

  it('revokes an awarded certificate only with a reason', async () => {
    const awarded: CsrCertificate = { ...SUBMITTED, status: 'awarded', number: 'MVO-2026-0001', awardedOn: '2026-09-03', validUntil: '2029-09-02' };
    const { http, row, type, tick, settle, text } = await open([awarded]);
    const revoke = () => row('Bakkerij De Vries').querySelector<HTMLButtonElement>('[data-testid=revoke]')!.click();
    expect(text(row('Bakkerij De Vries').querySelector('[data-testid=revoke]')!)).toBe('Certificaat intrekken');
    revoke();
    await settle();
    expect(text(row('Bakkerij De Vries'))).toContain('Geef de reden van het intrekken.');
    http.expectNone('/api/koploper/csr-certificates/cert-1/revoke');
    await type('#revoke-reason-cert-1', 'Voldoet niet meer aan de voorwaarden');
    revoke();
    await tick();
    const req = http.expectOne('/api/koploper/csr-certificates/cert-1/revoke');
    expect(req.request.body).toEqual({ reason: 'Voldoet niet meer aan de voorwaarden' });
    req.flush({ ...awarded, status: 'revoked', reason: 'Voldoet niet meer aan de voorwaarden' });
    await settle();
    expect(text(row('Bakkerij De Vries').querySelector('[data-testid=status]')!)).toBe('Ingetrokken');
    expect(text(row('Bakkerij De Vries'))).toContain('Reden: Voldoet niet meer aan de voorwaarden');
  });

  it('asks the API again for one status when filtered', async () => {
    const { http, tick, settle, text, el } = await open([SUBMITTED]);
    const select = el.querySelector<HTMLSelectElement>('#certificate-status')!;
    select.value = 'awarded';
    select.dispatchEvent(new Event('change'));
    // Not whenStable(): the list stays busy until the request is answered.
    await tick();
    http.expectOne((r) => r.url === '/api/koploper/csr-certificates' && r.params.get('status') === 'awarded').flush({ items: [] });
    await settle();
    expect(text(el)).toContain('Er zijn geen aanvragen met deze status.');
  });
});
