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

const PROJECT = { id: 'c1', name: 'Hennep to House', subject: 'Isolatie van hennepvezel', status: 'running', phase: 'redesign', startsOn: '2026-03-01', endsOn: '2027-02-28', lead: 'Hempvast Isolatie', partners: 4, origin: 'direct', sectorProgrammeId: null, theme: null };
const APPLICATION = {
  id: 'a1',
  applicantOrganisationId: 'o-1',
  applicantName: 'Bakkerij De Vries',
  title: 'Brood zonder verspilling',
  description: 'Restbrood naar de brouwerij',
  members: [{ name: 'Brouwerij Noord', email: 'info@brouwerij.test', chainRole: 'processor' }],
  status: 'submitted',
  projectId: null,
  declineReason: null,
  declinedAt: null,
  submittedBy: 'u9',
  createdAt: '2026-02-10T09:00:00Z',
};

describe('the chain projects home', () => {
  it('lists the projects, the open proposals and the applications a coordinator takes up or declines with a reason', async () => {
    const page = await openProgrammePage('/', { routes: chainRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/chain/projects'))).flush({ items: [PROJECT], total: 1 });
    (await patiently(() => page.requested((r) => r.url === '/api/masterclass/proposals'))).flush({
      items: [
        { id: 'p1', masterclassId: 'mc1', title: 'Hennepisolatie', description: '', status: 'open', createdAt: '2026-02-01T10:00:00Z', candidatePartners: [{ enrolmentId: null, organisationId: null, name: 'Teler Oost' }] },
        { id: 'p2', masterclassId: 'mc1', title: 'Al opgepakt', description: '', status: 'picked_up', createdAt: '2026-02-01T10:00:00Z', candidatePartners: [] },
      ],
    });
    const list = await patiently(() => page.requested((r) => r.url === '/api/chain/applications'));
    expect(list.request.params.get('status')).toBe('submitted');
    list.flush({ items: [APPLICATION], total: 1 });
    await page.navigation;
    await page.settle();
    const { el, text, type, requested, settle, toasts } = page;
    expect([...el.querySelectorAll('[data-testid=projects] tbody td')].map((td) => text(td))).toEqual(['Hennep to House', 'Isolatie van hennepvezel', 'Hempvast Isolatie', '4', 'Herontwerp', 'Loopt']);
    expect([...el.querySelectorAll('[data-proposal]')].map((li) => li.getAttribute('data-proposal'))).toEqual(['Hennepisolatie']);
    expect(text(el.querySelector('[data-proposal=Hennepisolatie]'))).toContain('Teler Oost (nog niet in Koers)');
    expect(el.querySelector('[data-proposal=Hennepisolatie] a')!.getAttribute('href')).toBe('/projecten/nieuw?voorstel=p1');
    const application = el.querySelector('[data-application="Brood zonder verspilling"]')!;
    expect(application.querySelector('a')!.getAttribute('href')).toBe('/projecten/nieuw?aanvraag=a1');
    expect(text(application)).toContain('Brouwerij Noord · Verwerker · info@brouwerij.test');

    // Declining asks for the reason first.
    (application.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    await settle();
    expect(text(application.querySelector('.koers-field-error'))).toBe('Geef de reden van afwijzen.');
    await type('[data-application="Brood zonder verspilling"] textarea', 'Past beter in de volgende ronde');
    (application.querySelector('form button[type=submit]') as HTMLButtonElement).click();
    const decline = await patiently(() => requested((r) => r.url === '/api/chain/applications/a1/decline'));
    expect(decline.request.body).toEqual({ reason: 'Past beter in de volgende ronde' });
    decline.flush({ ...APPLICATION, status: 'declined' });
    (await patiently(() => requested((r) => r.url === '/api/chain/applications'))).flush({ items: [], total: 0 });
    await settle();
    expect(toasts).toEqual(['De aanvraag van Bakkerij De Vries is afgewezen.']);
    expect(text(el)).toContain('Geen aanvragen die op een besluit wachten.');
  });

  it('lets a company apply together with the other companies of its chain', async () => {
    const page = await openProgrammePage('/', { routes: chainRoutes(), auth: AuthService, role: 'participant' });
    (await patiently(() => page.requested((r) => r.url === '/api/chain/projects'))).flush({ items: [], total: 0 });
    const mine = await patiently(() => page.requested((r) => r.url === '/api/chain/applications'));
    expect(mine.request.params.has('status')).toBe(false);
    mine.flush({ items: [{ ...APPLICATION, status: 'declined', declineReason: 'Te vroeg' }], total: 1 });
    await page.navigation;
    await page.settle();
    const { el, text, type, choose, button, requested, settle, toasts } = page;
    expect(el.querySelector('a[href="/projecten/nieuw"]')).toBeNull();
    expect(text(el.querySelector('koers-empty-state'))).toContain('Uw bedrijf neemt nog niet deel aan een ketenproject.');
    expect(text(el.querySelector('[data-testid=my-applications]'))).toContain('Afgewezen');
    expect(text(el.querySelector('[data-testid=my-applications]'))).toContain('Reden: Te vroeg');

    await type('#application-title', 'Brood zonder verspilling');
    await type('#member-name-0', 'Brouwerij Noord');
    await type('#member-email-0', 'info@brouwerij.test');
    await choose('#member-role-0', 'processor');
    button('Nog een bedrijf').click();
    await settle();
    await type('#member-name-1', 'Varkenshouderij Zuid');
    button('Aanvraag indienen').click();
    await settle();
    expect(text(el.querySelector('[data-member="2"] .koers-field-error'))).toBe('Kies de rol in de keten.');
    await choose('#member-role-1', 'user');
    button('Aanvraag indienen').click();
    const req = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/chain/applications'));
    expect(req.request.body).toEqual({
      title: 'Brood zonder verspilling',
      description: '',
      members: [
        { name: 'Brouwerij Noord', email: 'info@brouwerij.test', chainRole: 'processor' },
        { name: 'Varkenshouderij Zuid', chainRole: 'user' },
      ],
    });
    req.flush(APPLICATION);
    (await patiently(() => requested((r) => r.url === '/api/chain/applications'))).flush({ items: [APPLICATION], total: 1 });
    await settle();
    expect(toasts).toEqual(['Uw aanvraag is ingediend.']);
    expect(el.querySelector<HTMLInputElement>('#application-title')!.value).toBe('');
  });
});
