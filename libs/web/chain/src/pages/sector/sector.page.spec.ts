import type { SectorProgramme } from '@koers/web-api-client';
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

const figures = (cost: number | null, co2: number | null, water: number | null, fte: number | null) => ({ costSavingEurPerYear: cost, co2KgPerYear: co2, waterM3PerYear: water, fte });

/** The care programme: opened, not closed; three chain groups, two with a result, only one with a water figure. */
const PROGRAMME = {
  id: 'sp1',
  name: 'Zorggebouwen en faciliteiten Drenthe',
  sector: 'Zorg',
  region: 'Drenthe',
  startsOn: '2026-02-01',
  endsOn: '2027-01-31',
  createdAt: '2026-01-10T10:00:00Z',
  conferences: { opening: { id: 'k1', kind: 'opening', heldOn: '2026-02-12', location: 'Assen', notes: 'Zes ketens in kaart' }, closing: null },
  themes: [{ theme: 'Minder afval', questions: [{ id: 'q1', theme: 'Minder afval', question: 'Incontinentiemateriaal uit het restafval', raisedBy: 'Zorggroep Drenthe', createdAt: '2026-02-12T10:00:00Z' }] }],
  agreements: [],
  groups: [
    { id: 'g1', name: 'Textielreiniging', theme: 'Textielreiniging met minder water', status: 'running', startsOn: '2026-03-01', endsOn: '2026-12-01', activePartners: 4 },
    { id: 'g2', name: 'Afval', theme: 'Minder afval', status: 'running', startsOn: '2026-03-01', endsOn: '2026-12-01', activePartners: 3 },
    { id: 'g3', name: 'Vastgoed', theme: 'Duurzaam vastgoed', status: 'planned', startsOn: '2026-04-01', endsOn: '2027-01-01', activePartners: 2 },
  ],
  results: {
    pluginId: 'chain.impact',
    groupsTotal: 3,
    groupsWithResults: 2,
    totals: figures(42000, 18500, 1200, 1.5),
    counted: figures(2, 2, 1, 2) as never,
    groups: [
      { groupId: 'g1', name: 'Textielreiniging', theme: null, hasResult: true, computedAt: '2026-09-01T10:00:00Z', pluginVersion: '0.1.0', figures: figures(30000, 12000, 1200, 1) },
      { groupId: 'g2', name: 'Afval', theme: null, hasResult: true, computedAt: '2026-09-01T10:00:00Z', pluginVersion: '0.1.0', figures: figures(12000, 6500, null, 0.5) },
      { groupId: 'g3', name: 'Vastgoed', theme: null, hasResult: false, computedAt: null, pluginVersion: null, figures: figures(null, null, null, null) },
    ],
  },
  reportFileId: null,
} as unknown as SectorProgramme;

describe('a sector programme', () => {
  it('adds up the groups’ results naming how many groups each figure sums, and links each chain group', async () => {
    const page = await openProgrammePage('/sectorketens/sp1', { routes: chainRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/chain/sector-programmes/sp1'))).flush(PROGRAMME);
    await page.navigation;
    await page.settle();
    const { el, text } = page;
    expect(text(el.querySelector('[data-testid=results-counted]'))).toBe('Opgeteld over 2 van 3 ketengroepen met een berekend resultaat.');
    expect(text(el.querySelector('[data-figure=costSavingEurPerYear]'))).toBe('€ 42.000 (2 van 3 groepen)');
    expect(text(el.querySelector('[data-figure=co2KgPerYear]'))).toBe('18,5 t CO₂e (2 van 3 groepen)');
    expect(text(el.querySelector('[data-figure=waterM3PerYear]'))).toBe('1.200 m³ (1 van 3 groepen)');
    expect(text(el.querySelector('[data-result-group=Vastgoed]'))).toContain('nog geen');
    expect(el.querySelector('[data-group=Afval] a')!.getAttribute('href')).toBe('/projecten/g2');
    expect(el.querySelector('[data-testid=add-group]')!.getAttribute('href')).toBe('/projecten/nieuw?sector=sp1');
    expect(text(el.querySelector('[data-testid=agreements-when]'))).toContain('nog geen slotconferentie');
  });

  it('shows the refusal of an agreement before the closing conference', async () => {
    const page = await openProgrammePage('/sectorketens/sp1', { routes: chainRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/chain/sector-programmes/sp1'))).flush(PROGRAMME);
    await page.navigation;
    await page.settle();
    const { el, text, type, button, requested, settle } = page;
    await type('#agreement-parties', 'Zorggroep Drenthe\nTextielservice Noord');
    await type('#agreement-text', 'Wassen met hergebruikt spoelwater');
    await type('#agreement-on', '2026-05-01');
    button('Afspraak vastleggen').click();
    const req = await patiently(() => requested((r) => r.url === '/api/chain/sector-programmes/sp1/agreements'));
    expect(req.request.body).toEqual({ parties: ['Zorggroep Drenthe', 'Textielservice Noord'], text: 'Wassen met hergebruikt spoelwater', agreedOn: '2026-05-01' });
    const nl = 'Afspraken worden vastgelegd op de slotconferentie: leg die eerst vast';
    req.flush({ status: 409, code: 'sector.no_closing_conference', params: {}, text: { nl, en: 'record it first' }, errors: [] }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(text(el.querySelector('[data-testid=agreement-error] [role=alert]'))).toBe(nl);
  });
});
