import { AuthService } from '@koers/web-auth';
import { openProgrammePage } from '@koers/web-programme/testing';
import { chainRoutes } from '../../routes';

/** The shared harness waits half a second for a request; under a loaded machine (the whole workspace's checks at once) the page may take longer. */
async function patiently<T>(ask: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask();
    } catch (e) {
      if (i >= 9) throw e;
    }
  }
}

const ORGANISATIONS = {
  items: [
    { id: 'o-hemp', name: 'Hempvast Isolatie', kind: 'company', municipality: 'Oldambt', kvkNumber: null, sbiCode: null, region: null },
    { id: 'o-bouw', name: 'Bouwbedrijf Kooistra', kind: 'company', municipality: 'Assen', kvkNumber: null, sbiCode: null, region: null },
  ],
  total: 2,
  page: 1,
  pageSize: 50,
};

const PROPOSAL = {
  id: 'p1',
  masterclassId: 'mc1',
  title: 'Hennepisolatie uit de regio',
  description: 'Van teelt tot plaat',
  status: 'open',
  createdAt: '2026-02-01T10:00:00Z',
  candidatePartners: [
    { enrolmentId: 'e2', organisationId: 'o-bouw', name: 'Bouwbedrijf Kooistra' },
    { enrolmentId: null, organisationId: null, name: 'Hennepteelt Oost-Groningen' },
  ],
};

/** Both pickers (the lead and a partner) list the organisations the partner knows. */
async function flushOrganisations(page: Awaited<ReturnType<typeof openProgrammePage>>) {
  let flushed = 0;
  for (let i = 0; i < 50 && flushed < 2; i++) {
    for (const req of page.http.match((r) => r.url === '/api/organisations')) {
      req.flush(ORGANISATIONS);
      flushed++;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(flushed).toBe(2);
}

async function openNew(url: string) {
  const page = await openProgrammePage(url, { routes: chainRoutes(), auth: AuthService });
  (await patiently(() => page.requested((r) => r.url === '/api/chain/sector-programmes'))).flush({ items: [{ id: 'sp1', name: 'Zorggebouwen Drenthe' }], total: 1 });
  await flushOrganisations(page);
  return page;
}

describe('a new chain project', { timeout: 15_000 }, () => {
  it('takes up a proposal, and shows the refusal of a five-month project next to the end date', async () => {
    const page = await openProgrammePage('/projecten/nieuw?voorstel=p1', { routes: chainRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/masterclass/proposals'))).flush({ items: [PROPOSAL] });
    (await patiently(() => page.requested((r) => r.url === '/api/chain/sector-programmes'))).flush({ items: [], total: 0 });
    await flushOrganisations(page);
    await page.settle();
    const { el, type, choose, button, requested, settle, text } = page;
    expect(el.querySelector<HTMLInputElement>('#project-name')!.value).toBe('Hennepisolatie uit de regio');
    expect(text(el.querySelector('[data-testid=not-in-koers]'))).toContain('Hennepteelt Oost-Groningen');
    expect([...el.querySelectorAll('[data-testid=partners] tbody tr')].map((tr) => tr.getAttribute('data-partner'))).toEqual(['Bouwbedrijf Kooistra']);

    await type('#project-subject', 'Isolatie van hennepvezel');
    await type('#project-starts', '2026-03-01');
    await type('#project-ends', '2026-08-15');
    expect(text(el.querySelector('[data-testid=duration]'))).toContain('Looptijd: 5 maanden.');
    await choose('#lead-organisation', 'o-hemp');
    await choose('#lead-role', 'producer');
    await choose('[data-partner="Bouwbedrijf Kooistra"] select', 'user');
    button('Ketenproject aanmaken').click();
    const req = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/chain/projects'));
    expect(req.request.body).toEqual({
      name: 'Hennepisolatie uit de regio',
      subject: 'Isolatie van hennepvezel',
      goal: 'Van teelt tot plaat',
      startsOn: '2026-03-01',
      endsOn: '2026-08-15',
      lead: { organisationId: 'o-hemp', chainRole: 'producer' },
      partners: [{ organisationId: 'o-bouw', chainRole: 'user' }],
      proposalId: 'p1',
    });
    const text5 = 'Een ketenproject duurt 6 tot 24 maanden; deze duurt 5 maanden';
    req.flush(
      { status: 400, code: 'group.duration', params: { min: 6, max: 24, months: 5 }, text: { nl: text5, en: 'A chain project runs 6 to 24 months; this one runs 5 months' }, errors: [{ field: 'endsOn', code: 'group.duration', text: { nl: text5, en: '' } }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('#project-ends-error'))).toBe(text5);
    expect(el.querySelector('#project-ends')!.getAttribute('aria-invalid')).toBe('true');
  });

  it('names an unknown partner at its row', async () => {
    const { el, type, choose, button, requested, settle, text } = await openNew('/projecten/nieuw?sector=sp1');
    (await patiently(() => requested((r) => r.url === '/api/chain/sector-programmes/sp1'))).flush({ id: 'sp1', name: 'Zorggebouwen Drenthe', themes: [{ theme: 'Minder afval', questions: [] }] });
    await settle();
    expect(el.querySelector<HTMLSelectElement>('#project-sector')!.value).toBe('sp1');
    expect([...el.querySelectorAll('#project-themes option')].map((o) => o.getAttribute('value'))).toContain('Minder afval');
    await type('#project-name', 'Textiel');
    await type('#project-subject', 'Linnen');
    await type('#project-starts', '2026-03-01');
    await type('#project-ends', '2027-02-28');
    await choose('#lead-organisation', 'o-hemp');
    await choose('#lead-role', 'producer');
    await choose('#partner-organisation', 'o-bouw');
    await choose('#partner-role', 'user');
    button('Ketenpartner toevoegen').click();
    await settle();
    expect([...el.querySelectorAll('[data-testid=partners] tbody tr')].map((tr) => tr.getAttribute('data-partner'))).toEqual(['Bouwbedrijf Kooistra']);
    await type('#project-theme', 'Minder afval');
    button('Ketenproject aanmaken').click();
    const req = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/chain/projects'));
    expect(req.request.body).toMatchObject({ sectorProgrammeId: 'sp1', theme: 'Minder afval', partners: [{ organisationId: 'o-bouw', chainRole: 'user' }] });
    req.flush(
      { status: 400, code: 'organisation.unknown', params: {}, text: { nl: 'Onbekende organisatie', en: 'Unknown organisation' }, errors: [{ field: 'partners.0.organisationId', code: 'organisation.unknown', text: { nl: 'Onbekende organisatie', en: 'Unknown organisation' } }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('[data-partner="Bouwbedrijf Kooistra"] #partner-0-error'))).toBe('Onbekende organisatie');
  });
});
