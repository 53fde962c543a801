import { TestBed } from '@angular/core/testing';
import { AuthService } from '@koers/web-auth';
import { openProgrammePage, type PageHarness } from '@koers/web-programme/testing';
import { allianceRoutes } from '../routes';

/** Under a loaded machine the page may take longer than the harness's half second. */
async function patiently<T>(ask: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask();
    } catch (e) {
      if (i >= 9) throw e;
    }
  }
}

/** The harness signs in a coordinator; recording a contract's fulfilment is the administrator's. */
function signInAsAdministrator() {
  const auth = TestBed.inject(AuthService);
  auth.session.set({
    user: { id: 'u1', email: 'beheer@mvo-noord.test', name: 'Bea', locale: 'nl' },
    memberships: [{ id: 'm1', role: 'administrator', partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm1',
  } as never);
}

const answer = (page: PageHarness, url: string, body: object, method = 'GET') => patiently(() => page.requested((r) => r.url === url && r.method === method)).then((req) => req.flush(body));
/** The text of each cell of a table row. */
const cells = (row: Element | null) => [...(row?.children ?? [])].map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const t = (nl: string, en = nl) => ({ nl, en });
const summary = (met: number, partly: number, notYet: number) => ({ total: met + partly + notYet, met, partly, notYet, allMet: met === met + partly + notYet && met > 0 });

const OVERVIEW = {
  secretariat: true,
  summary: summary(1, 1, 1),
  items: [
    {
      id: 'ap1', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland', kind: 'csr_platform', kindLabel: t('MVO-platform', 'CSR platform'), description: '', own: true, secretariat: true,
      contract: { id: 'c1', signedOn: '2026-01-15', signedBy: 'J. de Boer, directeur' },
      commitments: [
        { id: 'k1', point: 'goals', description: 'Onderschrijft de doelen', status: 'met', statusOn: '2026-02-01' },
        { id: 'k2', point: 'contribution', description: 'Bijdrage in geld', status: 'not_yet', statusOn: null },
        { id: 'k3', point: 'contribution', description: 'Bijdrage in natura', status: 'partly', statusOn: '2026-03-10' },
      ],
      summary: summary(1, 1, 1),
    },
    {
      id: 'ap2', slug: 'groningen-duurzaam', name: 'Koploperproject Groningen', kind: 'government', kindLabel: t('Overheid', 'Government'), description: '', own: false, secretariat: false,
      contract: null, commitments: [], summary: summary(0, 0, 0),
    },
  ],
};

const CONTRACT = {
  id: 'c1', canEdit: true, note: '', signedOn: '2026-01-15', signedBy: 'J. de Boer, directeur',
  partner: { id: 'ap1', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' },
  summary: summary(1, 0, 1),
  commitments: [
    {
      id: 'k1', point: 'goals', pointLabel: t('Onderschrijft de doelen en ambities', 'Subscribes to the goals'), description: 'Onderschrijft de doelen', ambition: null, platform: null, contributionForm: null, amountEur: null,
      status: 'met', statusLabel: t('Nagekomen', 'Met'), statusOn: '2026-02-01',
      fulfilments: [
        { id: 'f2', recordedOn: '2026-02-01', status: 'met', statusLabel: t('Nagekomen', 'Met'), note: 'Getekend op de startbijeenkomst', evidenceUrl: 'https://mvo-noord.test/verslag', evidenceFile: { id: 'sf1', filename: 'verslag-2026.pdf', contentType: 'application/pdf', sizeBytes: 120334 }, createdAt: '2026-02-01T10:00:00Z' },
        { id: 'f1', recordedOn: '2026-01-20', status: 'partly', statusLabel: t('Deels', 'Partly'), note: '', evidenceUrl: null, evidenceFile: null, createdAt: '2026-01-20T10:00:00Z' },
      ],
    },
    {
      id: 'k2', point: 'contribution', pointLabel: t('Bijdrage in geld of natura', 'Contribution'), description: 'Bijdrage in geld', ambition: null, platform: null, contributionForm: 'money', amountEur: 12500,
      status: 'not_yet', statusLabel: t('Nog niet', 'Not yet'), statusOn: null, fulfilments: [],
    },
  ],
};

/** The platform page also loads the members' knowledge space and example projects (and, for a writer, the companies to choose). */
async function answerMemberSpace(page: PageHarness, platformId: string) {
  await answer(page, `/api/alliance/platforms/${platformId}/knowledge`, { items: [], total: 0, tags: [] });
  await answer(page, `/api/alliance/platforms/${platformId}/showcases`, { items: [] });
  await answer(page, '/api/organisations', { items: [], total: 0, page: 1, pageSize: 100 });
}

const notFound = { status: 404, statusText: 'Not Found' };
const problem404 = { code: 'not_found', params: {}, text: t('Niet gevonden', 'Not found') };

describe('the alliance pages', () => {
  it('shows every partner with its kind and per point of the contract met / partly / not yet with the date of the last entry, and names the secretariat', async () => {
    const page = await openProgrammePage('/', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/partners', OVERVIEW);
    await page.settle();
    const { el, text } = page;
    expect(text(el.querySelector('[data-testid=secretariat]'))).toBe('Secretariaat: MVO Alliantie Noord-Nederland');
    expect(text(el.querySelector('[data-testid=alliance-summary]'))).toBe('1 van 3 afspraken nagekomen, 1 deels, 1 nog niet');
    const row = el.querySelector('[data-partner=mvo-noord]')!;
    expect(text(row.querySelector('td'))).toBe('MVO-platform');
    const point = (p: string) => [text(row.querySelector(`[data-point=${p}] span`)), text(row.querySelector(`[data-point=${p}] small`))];
    expect(point('goals')).toEqual(['Nagekomen', '1 februari 2026']);
    // Two commitments on one point, one not yet: the point is not yet met; the date is the newest entry's.
    expect(point('contribution')).toEqual(['Nog niet', '10 maart 2026']);
    expect(point('visibility')).toEqual(['Geen afspraak', '']);
    const other = el.querySelector('[data-partner=groningen-duurzaam]')!;
    expect(text(other)).toContain('Nog geen contract');
    expect(other.querySelector('a')!.getAttribute('href')).toBe('/partners/groningen-duurzaam');
    expect(text(el.querySelector('[data-testid=source]'))).toContain('Bron:');
  });

  it("shows a partner's contract with its fulfilment history and evidence, and lets its administrator record an entry with the API's field error at its field", async () => {
    const page = await openProgrammePage('/partners/mvo-noord', { routes: allianceRoutes(), auth: AuthService });
    signInAsAdministrator();
    await answer(page, '/api/alliance/partners/mvo-noord/contract', CONTRACT);
    // The commitment form offers the platforms for the point 'taking part in a CSR platform'.
    await answer(page, '/api/alliance/platforms', { items: [] });
    await page.settle();
    const { el, text, type, choose, button, settle, requested, toasts } = page;
    expect(text(el.querySelector('h1'))).toBe('Partnercontract van MVO Alliantie Noord-Nederland');
    expect(text(el.querySelector('[data-testid=signed-on]'))).toBe('15 januari 2026');
    expect(text(el.querySelector('[data-testid=signed-by]'))).toBe('J. de Boer, directeur');
    const goals = el.querySelector('[data-commitment=k1]')!;
    expect(text(goals.querySelector('[data-testid=commitment-status]'))).toBe('Stand: Nagekomen (laatst vastgelegd op 1 februari 2026)');
    const entries = [...goals.querySelectorAll('[data-testid=history] li')].map((li) => text(li));
    expect(entries[0]).toContain('1 februari 2026 · Nagekomen · Getekend op de startbijeenkomst');
    expect(entries[1]).toContain('20 januari 2026 · Deels');
    const file = goals.querySelector<HTMLAnchorElement>('[data-testid=evidence-file]')!;
    expect(file.getAttribute('href')).toBe('/api/alliance/fulfilments/f2/evidence');
    expect(text(file)).toBe('verslag-2026.pdf');
    expect(text(el.querySelector('[data-commitment=k2]'))).toContain('€ 12.500');
    expect(text(el.querySelector('[data-point=visibility]'))).toContain('Op dit punt is niets afgesproken.');

    await choose('#entry-commitment', 'k2');
    await type('#entry-date', '2026-04-01');
    await choose('#entry-status', 'partly');
    await type('#entry-url', 'ftp://mvo-noord.test/bewijs');
    button('Vastleggen').click();
    const bad = await patiently(() => requested((r) => r.url === '/api/alliance/commitments/k2/fulfilments'));
    expect(bad.request.body).toEqual({ recordedOn: '2026-04-01', status: 'partly', evidenceUrl: 'ftp://mvo-noord.test/bewijs' });
    bad.flush(
      { status: 400, code: 'validation', params: {}, text: t('Controleer de velden', 'Check the fields'), errors: [{ field: 'evidenceUrl', code: 'url', text: t('Een link begint met http:// of https://', 'A link starts with http:// or https://') }] },
      { status: 400, statusText: 'Bad Request' },
    );
    // Refused: the page reloads the contract (an entry whose file was refused would be there) and the field says what is wrong.
    await answer(page, '/api/alliance/partners/mvo-noord/contract', CONTRACT);
    await settle();
    expect(text(el.querySelector('[data-testid=evidenceUrl-error]'))).toBe('Een link begint met http:// of https://');
    expect(toasts).toEqual([]);

    await type('#entry-url', 'https://mvo-noord.test/bewijs');
    button('Vastleggen').click();
    const good = await patiently(() => requested((r) => r.url === '/api/alliance/commitments/k2/fulfilments'));
    expect(good.request.body).toEqual({ recordedOn: '2026-04-01', status: 'partly', evidenceUrl: 'https://mvo-noord.test/bewijs' });
    good.flush({ id: 'f9', recordedOn: '2026-04-01', status: 'partly', statusLabel: t('Deels', 'Partly'), note: '', evidenceUrl: 'https://mvo-noord.test/bewijs', evidenceFile: null, createdAt: '2026-04-01T10:00:00Z' });
    await answer(page, '/api/alliance/partners/mvo-noord/contract', CONTRACT);
    await settle();
    expect(toasts).toEqual(['De nakoming is vastgelegd.']);
    expect(el.querySelector('[data-testid=evidenceUrl-error]')).toBeNull();
  });

  it("offers a coordinator no form to record fulfilment, and an administrator one where the API says it may edit", async () => {
    const page = await openProgrammePage('/partners/mvo-noord', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/partners/mvo-noord/contract', CONTRACT);
    await page.settle();
    expect(page.el.querySelector('[data-testid=fulfilment-new]')).toBeNull();
    expect(page.el.querySelector('[data-testid=read-only]')).not.toBeNull();

    signInAsAdministrator();
    await answer(page, '/api/alliance/platforms', { items: [] });
    await page.settle();
    expect(page.el.querySelector('[data-testid=fulfilment-new]')).not.toBeNull();
  });

  it("offers another partner's administrator no form on a contract it may not edit", async () => {
    const page = await openProgrammePage('/partners/mvo-noord', { routes: allianceRoutes(), auth: AuthService });
    signInAsAdministrator();
    await answer(page, '/api/alliance/partners/mvo-noord/contract', { ...CONTRACT, canEdit: false });
    await page.settle();
    expect(page.el.querySelector('[data-testid=fulfilment-new]')).toBeNull();
    expect(page.el.querySelector('[data-testid=commitment-new]')).toBeNull();
    expect(page.el.querySelector('[data-testid=read-only]')).not.toBeNull();
  });

  it('says a partner without a contract has none', async () => {
    const page = await openProgrammePage('/partners/groningen-duurzaam', { routes: allianceRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/alliance/partners/groningen-duurzaam/contract'))).flush(problem404, notFound);
    await page.settle();
    expect(page.text(page.el.querySelector('[data-testid=no-contract]'))).toContain('Voor deze partner is nog geen contract vastgelegd.');
  });

  it('lets the administrator record a contract for its own partner, then add a commitment with its amount typed the Dutch way and the refusal at its field', async () => {
    const page = await openProgrammePage('/partners/groningen-duurzaam', { routes: allianceRoutes(), auth: AuthService });
    signInAsAdministrator();
    (await patiently(() => page.requested((r) => r.url === '/api/alliance/partners/groningen-duurzaam/contract'))).flush(problem404, notFound);
    await answer(page, '/api/alliance/partners', { ...OVERVIEW, secretariat: false, items: OVERVIEW.items.map((p) => ({ ...p, own: p.slug === 'groningen-duurzaam' })) });
    await page.settle();
    const { el, type, button, requested, settle, toasts, text, choose } = page;
    await type('#contract-signed-on', '2026-02-02');
    await type('#contract-signed-by', 'A. Bakker, wethouder');
    button('Contract vastleggen').click();
    const put = await patiently(() => requested((r) => r.url === '/api/alliance/partners/groningen-duurzaam/contract' && r.method === 'PUT'));
    expect(put.request.body).toEqual({ signedOn: '2026-02-02', signedBy: 'A. Bakker, wethouder' });
    const recorded = { ...CONTRACT, partner: { id: 'ap2', slug: 'groningen-duurzaam', name: 'Koploperproject Groningen' }, signedOn: '2026-02-02', signedBy: 'A. Bakker, wethouder', commitments: [] };
    put.flush(recorded);
    await answer(page, '/api/alliance/partners/groningen-duurzaam/contract', recorded);
    await answer(page, '/api/alliance/platforms', { items: [] });
    await settle();
    expect(toasts).toEqual(['Het partnercontract is vastgelegd.']);
    expect(text(el.querySelector('[data-testid=signed-by]'))).toBe('A. Bakker, wethouder');

    await choose('#commitment-point', 'contribution');
    await type('#commitment-description', 'Bijdrage aan de symposia');
    await type('#commitment-amount', '5.000,5.0');
    button('Afspraak toevoegen').click();
    await settle();
    expect(el.querySelector('[data-testid=amount-unreadable]')).not.toBeNull();
    expect(page.http.match((r) => r.url.endsWith('/contract/commitments'))).toEqual([]);

    await type('#commitment-amount', '5.000,50');
    button('Afspraak toevoegen').click();
    const post = await patiently(() => requested((r) => r.url === '/api/alliance/partners/groningen-duurzaam/contract/commitments'));
    expect(post.request.body).toEqual({ point: 'contribution', description: 'Bijdrage aan de symposia', contributionForm: 'money', amountEur: 5000.5 });
    post.flush(
      { status: 400, code: 'validation', params: {}, text: t('Controleer de velden', 'Check the fields'), errors: [{ field: 'amountEur', code: 'alliance.amount_too_large', text: t('Het bedrag is te groot', 'The amount is too large') }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('[data-testid=amountEur-error]'))).toBe('Het bedrag is te groot');
  });

  it('lists the CSR platforms with members and next event, and adds one (a name taken is said at the name)', async () => {
    const page = await openProgrammePage('/platforms', { routes: allianceRoutes(), auth: AuthService });
    const LIST = { items: [{ id: 'pl1', name: 'MVO-platform Assen', region: 'Drenthe', municipality: 'Assen', members: 12, keeper: { id: 'ap1', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' }, nextEvent: { id: 'ev1', eventOn: '2026-06-12', title: 'Koplopersymposium Assen', location: '', description: '', symposium: null } }] };
    await answer(page, '/api/alliance/platforms', LIST);
    await page.settle();
    const { el, type, button, requested, settle, toasts, text } = page;
    expect(cells(el.querySelector('[data-platform=pl1]'))).toEqual(['MVO-platform Assen', 'Drenthe · Assen', '12', '12 juni 2026 · Koplopersymposium Assen', 'MVO Alliantie Noord-Nederland']);
    await type('#platform-name', 'MVO-platform Assen');
    await type('#platform-region', 'Drenthe');
    button('Toevoegen').click();
    const taken = await patiently(() => requested((r) => r.url === '/api/alliance/platforms' && r.method === 'POST'));
    expect(taken.request.body).toEqual({ name: 'MVO-platform Assen', region: 'Drenthe' });
    taken.flush({ status: 409, code: 'alliance.platform_name_taken', params: {}, text: t('Die naam is al in gebruik'), errors: [{ field: 'name', code: 'alliance.platform_name_taken', text: t('Er is al een platform met deze naam') }] }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(el.querySelector('[data-testid=platform-new] .koers-field-error'))).toBe('Er is al een platform met deze naam');
    await type('#platform-name', 'MVO-platform Emmen');
    button('Toevoegen').click();
    const made = await patiently(() => requested((r) => r.url === '/api/alliance/platforms' && r.method === 'POST'));
    made.flush({ id: 'pl2', name: 'MVO-platform Emmen' });
    await answer(page, '/api/alliance/platforms', LIST);
    await settle();
    expect(toasts).toEqual(['Het platform MVO-platform Emmen is toegevoegd.']);
  });

  it('lists the budgets with their totals and the totals of all, each naming its keeper', async () => {
    const side = (planned: number, actual: number) => ({ planned, actual });
    const totals = { income: side(209500, 100000), cost: side(209500, 80000), balance: side(0, 20000), byCategory: [] };
    const page = await openProgrammePage('/begrotingen', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/budgets', {
      items: [{ id: 'b1', title: 'Koplopertraject 2026–2027', scope: 'step', step: 'koploper', periodStart: '2026-01-01', periodEnd: '2027-12-31', keeper: { id: 'ap1', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' }, subject: { groupId: null, pilotId: null, name: null }, totals }],
      totals,
    });
    await page.settle();
    const { el, text } = page;
    expect(cells(el.querySelector('[data-budget=b1]'))).toEqual(['Koplopertraject 2026–2027', 'Stap', '1 januari 2026 – 31 december 2027', '€ 209.500', '€ 100.000', '€ 209.500', '€ 80.000', 'MVO Alliantie Noord-Nederland']);
    expect(cells(el.querySelector('[data-testid=budget-totals] [data-side=balance]'))).toEqual(['Saldo', '€ 0', '€ 20.000']);
    expect(text(el.querySelector('[data-testid=source]'))).toBe('Bron: de begrotingen hierboven, per begroting bijgehouden door de genoemde partner.');

    // A new step budget: the API's refusal at the period's start, then it opens.
    await page.choose('#budget-step', 'masterclass');
    await page.type('#budget-end', '2027-12-31');
    page.button('Begroting aanmaken').click();
    const bad = await patiently(() => page.requested((r) => r.url === '/api/alliance/budgets' && r.method === 'POST'));
    expect(bad.request.body).toEqual({ scope: 'step', step: 'masterclass', periodEnd: '2027-12-31' });
    bad.flush({ status: 400, code: 'validation', params: {}, text: t('Controleer de velden'), errors: [{ field: 'periodStart', code: 'required', text: t('Vul het begin van de periode in') }] }, { status: 400, statusText: 'Bad Request' });
    await page.settle();
    expect(text(el.querySelector('[data-testid=periodStart-error]'))).toBe('Vul het begin van de periode in');
    await page.type('#budget-start', '2026-01-01');
    page.button('Begroting aanmaken').click();
    const made = await patiently(() => page.requested((r) => r.url === '/api/alliance/budgets' && r.method === 'POST'));
    expect(made.request.body).toEqual({ scope: 'step', step: 'masterclass', periodStart: '2026-01-01', periodEnd: '2027-12-31' });
    made.flush({ id: 'b9' });
    await patiently(() => page.requested((r) => r.url === '/api/alliance/budgets/b9'));
    expect(page.toasts).toEqual(['De begroting is aangemaakt.']);
  });

  it("shows a CSR platform's members and agenda, and adds an event with the API's field error at its field", async () => {
    const PLATFORM = {
      id: 'pl1', name: 'MVO-platform Assen', region: 'Drenthe', municipality: 'Assen', description: '', canEdit: true,
      keeper: { id: 'ap1', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' },
      members: [{ id: 'me1', kind: 'company', kindLabel: t('Bedrijf', 'Company'), name: 'Bakkerij De Vries', joinedOn: '2026-02-01', partner: null }],
      agenda: [{ id: 'ev1', eventOn: '2026-06-12', title: 'Koplopersymposium Assen', location: 'De Nieuwe Kolk', description: '', symposium: { sessionId: 's1', groupId: 'g1', groupName: 'Cohort Assen 2026' } }],
    };
    const page = await openProgrammePage('/platforms/pl1', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/platforms/pl1', PLATFORM);
    await answerMemberSpace(page, 'pl1');
    await page.settle();
    const { el, text, type, button, requested, settle, toasts } = page;
    expect(cells(el.querySelector('[data-testid=members] tbody tr'))).toEqual(['Bakkerij De Vries', 'Bedrijf', '1 februari 2026']);
    expect(text(el.querySelector('[data-testid=agenda]'))).toBe('12 juni 2026 · Koplopersymposium Assen · De Nieuwe Kolk · Koplopersymposium');
    expect(text(el.querySelector('[data-testid=source]'))).toBe('Bron: de ledenlijst en agenda die MVO Alliantie Noord-Nederland bijhoudt.');

    await type('#event-on', '2026-09-10');
    button('Toevoegen').click();
    const bad = await patiently(() => requested((r) => r.url === '/api/alliance/platforms/pl1/events'));
    expect(bad.request.body).toEqual({ eventOn: '2026-09-10', title: '' });
    bad.flush({ status: 400, code: 'validation', params: {}, text: t('Controleer de velden', 'Check the fields'), errors: [{ field: 'title', code: 'required', text: t('Vul een titel in', 'Fill in a title') }] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(text(el.querySelector('[data-testid=title-error]'))).toBe('Vul een titel in');

    await type('#event-title', 'Masterclass circulair inkopen');
    await type('#event-location', 'Assen');
    button('Toevoegen').click();
    const good = await patiently(() => requested((r) => r.url === '/api/alliance/platforms/pl1/events'));
    expect(good.request.body).toEqual({ eventOn: '2026-09-10', title: 'Masterclass circulair inkopen', location: 'Assen' });
    good.flush({ id: 'ev2', eventOn: '2026-09-10', title: 'Masterclass circulair inkopen', location: 'Assen', description: '', symposium: null });
    await answer(page, '/api/alliance/platforms/pl1', PLATFORM);
    await settle();
    expect(toasts).toEqual(['De activiteit is op de agenda gezet.']);
  });

  it('offers no event form on a platform the reader may not edit', async () => {
    const page = await openProgrammePage('/platforms/pl2', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/platforms/pl2', { id: 'pl2', name: 'MVO Groningen', region: 'Groningen', municipality: null, description: '', canEdit: false, keeper: { id: 'ap2', slug: 'groningen-duurzaam', name: 'Koploperproject Groningen' }, members: [], agenda: [] });
    await answerMemberSpace(page, 'pl2');
    await page.settle();
    expect(page.el.querySelector('[data-testid=event-new]')).toBeNull();
  });

  it("shows the programme lines with their pilots, and a pilot's impact figures each with its source, the Dutch way", async () => {
    const page = await openProgrammePage('/lijnen', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/programme-lines', {
      items: [
        { code: 'social_entrepreneurship', name: t('Sociaal ondernemerschap', 'Social entrepreneurship'), position: 1, pilots: 0, ownGroups: 0 },
        { code: 'sustainable_entrepreneurship', name: t('Duurzaam ondernemerschap', 'Sustainable entrepreneurship'), position: 2, pilots: 1, ownGroups: 3 },
      ],
    });
    await answer(page, '/api/alliance/pilots', {
      items: [{ id: 'pi1', title: 'Noorden - Koploper in duurzaamheid', programmeLine: 'sustainable_entrepreneurship', leadOrganisation: 'MVO Alliantie Noord-Nederland', status: 'evaluated', statusLabel: t('Geëvalueerd', 'Evaluated'), startsOn: '2024-01-01', endsOn: '2025-12-31', evaluatedOn: '2026-01-15' }],
    });
    await page.settle();
    const { el, text } = page;
    expect(text(el.querySelector('[data-line=social_entrepreneurship]'))).toContain('Nog geen pilots in deze lijn.');
    const line = el.querySelector('[data-line=sustainable_entrepreneurship]')!;
    expect(cells(line.querySelector('[data-pilot=pi1]'))).toEqual(['Noorden - Koploper in duurzaamheid', 'MVO Alliantie Noord-Nederland', 'Geëvalueerd', '1 januari 2024 – 31 december 2025']);
    expect(text(line)).toContain('3 groepen van uw organisatie');
    expect(line.querySelector('[data-pilot=pi1] a')!.getAttribute('href')).toBe('/alliantie/pilots/pi1');
  });

  it("shows a pilot's evaluation, every figure with its source", async () => {
    const page = await openProgrammePage('/pilots/pi1', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/pilots/pi1', {
      id: 'pi1', title: 'Noorden - Koploper in duurzaamheid', description: '', programmeLine: 'sustainable_entrepreneurship', programmeLineLabel: t('Duurzaam ondernemerschap', 'Sustainable entrepreneurship'),
      leadOrganisation: 'MVO Alliantie Noord-Nederland', leadPartner: null, status: 'evaluated', statusLabel: t('Geëvalueerd', 'Evaluated'), startsOn: '2024-01-01', endsOn: '2025-12-31',
      evaluatedOn: '2026-01-15', impactSummary: 'De deelnemers besparen energie.', canEdit: false, keeper: { id: 'ap1', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' },
      impactFigures: [{ label: 'Vermeden uitstoot', value: 1234.5, unit: 't CO2e', source: 'Evaluatie Friesland 2025', measuredOn: '2025-12-01' }],
    });
    await page.settle();
    const { el, text } = page;
    expect(text(el.querySelector('[data-testid=lead]'))).toBe('MVO Alliantie Noord-Nederland');
    expect(text(el.querySelector('[data-testid=status]'))).toBe('Geëvalueerd');
    expect(cells(el.querySelector('[data-testid=impact-figures] tbody tr'))).toEqual(['Vermeden uitstoot', '1.234,5 t CO2e', 'Evaluatie Friesland 2025', '1 december 2025']);
  });

  it("shows a budget's income and cost, plan against actual in euros the Dutch way, and saves lines typed the Dutch way (an unreadable amount is said at its field and not sent)", async () => {
    const totals = (ip: number, ia: number, cp: number, ca: number) => ({ income: { planned: ip, actual: ia }, cost: { planned: cp, actual: ca }, balance: { planned: ip - cp, actual: ia - ca }, byCategory: [] as unknown[] });
    const BUDGET = {
      id: 'b1', title: 'Koplopertraject 2026–2027', scope: 'step', step: 'koploper', periodStart: '2026-01-01', periodEnd: '2027-12-31', note: '',
      keeper: { id: 'ap1', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' }, subject: { groupId: null, pilotId: null, name: null },
      lines: [
        { id: 'l1', category: 'subsidy', categoryLabel: t('Subsidie', 'Subsidy'), direction: 'income', description: 'Provincie Fryslân', plannedEur: 150000, actualEur: 75000 },
        { id: 'l2', category: 'advice', categoryLabel: t('Advies', 'Advice'), direction: 'cost', description: 'Adviseurs', plannedEur: 59500, actualEur: null },
      ],
      totals: { ...totals(150000, 75000, 59500, 0), byCategory: [{ category: 'subsidy', direction: 'income', planned: 150000, actual: 75000, difference: -75000 }] },
    };
    const page = await openProgrammePage('/begrotingen/b1', { routes: allianceRoutes(), auth: AuthService });
    await answer(page, '/api/alliance/budgets/b1', BUDGET);
    await page.settle();
    const { el, text, type, button, requested, settle, toasts, http } = page;
    const side = (s: string) => cells(el.querySelector(`[data-testid=budget-totals] [data-side=${s}]`));
    expect(side('income')).toEqual(['Inkomsten', '€ 150.000', '€ 75.000']);
    expect(side('cost')).toEqual(['Kosten', '€ 59.500', '€ 0']);
    expect(side('balance')).toEqual(['Saldo', '€ 90.500', '€ 75.000']);
    expect(cells(el.querySelector('[data-testid=budget-lines] [data-category=advice]'))).toEqual(['Advies', 'Adviseurs', '€ 59.500', 'nog niet geboekt']);
    expect(cells(el.querySelector('[data-testid=budget-categories] [data-category=subsidy]'))).toEqual(['Subsidie', '€ 150.000', '€ 75.000', '€ -75.000']);
    expect(text(el.querySelector('[data-testid=source]'))).toContain('Bron: de begroting van MVO Alliantie Noord-Nederland');
    expect((el.querySelector('#line-planned-0') as HTMLInputElement).value).toBe('150.000');

    await type('#line-actual-1', '12.5.00');
    button('Regels opslaan').click();
    await settle();
    expect(text(el.querySelector('[data-testid=unreadable-actual-1]'))).toContain('Schrijf het bedrag als 12.500 of 12.500,50');
    expect(http.match((r) => r.url === '/api/alliance/budgets/b1/lines')).toEqual([]);

    await type('#line-actual-1', '12.500,50');
    button('Regels opslaan').click();
    const put = await patiently(() => requested((r) => r.url === '/api/alliance/budgets/b1/lines' && r.method === 'PUT'));
    expect(put.request.body).toEqual({
      lines: [
        { category: 'subsidy', description: 'Provincie Fryslân', plannedEur: 150000, actualEur: 75000 },
        { category: 'advice', description: 'Adviseurs', plannedEur: 59500, actualEur: 12500.5 },
      ],
    });
    put.flush(BUDGET);
    await answer(page, '/api/alliance/budgets/b1', BUDGET);
    await settle();
    expect(toasts).toEqual(['De regels zijn opgeslagen.']);
  });
});
