import type { ChainProjectDetail } from '@koers/web-api-client';
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

const member = (participantId: string, organisationName: string, role: 'lead' | 'chain_partner', chainRole: ChainProjectDetail['members'][number]['chainRole']) => ({
  participantId,
  organisationId: `o-${participantId}`,
  organisationName,
  role,
  chainRole,
  phase: 'redesign',
});

const session = (id: string, title: string, present: boolean) => ({
  id,
  groupId: 'c1',
  kind: 'design_session',
  title,
  startsAt: '2026-04-10T13:00:00Z',
  endsAt: null,
  location: 'Veendam',
  agenda: '',
  // A group session: not tied to one participant.
  participantId: null,
  organisationName: null,
  attendance: present ? [{ participantId: 'e1', present: true }] : [],
  items: [],
});

/** A running project in its redesign phase: a lead and a partner, three of four sessions held. */
const PROJECT: ChainProjectDetail = {
  id: 'c1',
  step: 'chain',
  name: 'Hennep to House',
  subject: 'Isolatie van hennepvezel',
  goal: 'Een gesloten keten voor biobased isolatie',
  startsOn: '2026-03-01',
  endsOn: '2027-02-28',
  status: 'running',
  coordinatorUserId: 'u1',
  phase: 'redesign',
  phasePlan: {},
  closedAt: null,
  programmeLine: 'sustainable_entrepreneurship',
  sizeRule: null,
  staff: [],
  participants: [],
  invitations: [],
  sessions: [session('s1', 'Sessie 1', true), session('s2', 'Sessie 2', true), session('s3', 'Sessie 3', true), session('s4', 'Sessie 4', false)],
  origin: 'direct',
  proposalId: null,
  applicationId: null,
  sectorProgrammeId: null,
  sectorProgrammeName: null,
  theme: null,
  durationMonths: 11,
  phases: [
    { phase: 'exploration', label: { nl: 'Verkenning', en: 'Exploration' }, plannedOn: null, reachedOn: '2026-03-01' },
    { phase: 'material_map', label: { nl: 'Materiaalkaart', en: 'Material map' }, plannedOn: '2026-05-01', reachedOn: '2026-04-28' },
    { phase: 'redesign', label: { nl: 'Herontwerp', en: 'Redesign' }, plannedOn: '2026-08-01', reachedOn: '2026-07-20' },
  ],
  members: [member('e1', 'Hempvast Isolatie', 'lead', 'producer'), member('e2', 'Bouwbedrijf Kooistra', 'chain_partner', 'user')],
  specialists: [],
  sessionsHeld: 3,
  sessionsRequired: 4,
  flowMaps: [{ id: 'fm1', subject: 'Isolatieplaat' }],
  impact: null,
  reportFileId: null,
};

const IMPACT_OUTPUT = {
  plugin: { id: 'chain.impact', version: '0.1.0' },
  year: 2026,
  factorSet: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl, januari 2025', published: '2025-01-15', selectedBy: 'newest-for-year' },
  discountRatePct: 4,
  horizonYears: 10,
  partners: [],
  co2: {
    lines: [
      { item: 'natural_gas', factorSetId: 'co2emissiefactoren-nl-2025', factorKey: 'natural_gas', listLabel: 'Aardgas (CO2emissiefactoren.nl 2025)', factorKgCO2ePerUnit: 2.134, unit: 'm3', factorNote: null, asIsQuantity: 26000, redesignQuantity: 9000, reductionQuantity: 17000, kgCO2eReduction: 36278 },
    ],
    notCounted: [{ kind: 'waste', name: 'landfill', asIsKg: 18000, redesignKg: 0, reductionKg: 18000, note: { code: 'no-waste-factor', text: { nl: 'geen factor voor storten', en: 'no factor for landfill' } } }],
    totalKgCO2eReduction: 36278,
  },
  outflowByRoute: {},
  totals: { investmentEur: 250000, yearlyBenefitEur: 51800, paybackYears: 4.83, npvEur: 170000, kgCO2eReductionPerYear: 36278, waterSavedM3: 800, fteChange: 1.5 },
  notes: [],
};

function problem(status: number, code: string, nl: string, en: string, params: Record<string, unknown> = {}) {
  return [{ status, code, params, text: { nl, en }, detail: nl, errors: [] }, { status, statusText: status === 400 ? 'Bad Request' : 'Conflict' }] as const;
}

async function openProject(project: ChainProjectDetail = PROJECT) {
  const page = await openProgrammePage('/projecten/c1', { routes: chainRoutes(), auth: AuthService });
  (await patiently(() => page.requested((r) => r.url === '/api/chain/projects/c1'))).flush(project);
  (await patiently(() => page.requested((r) => r.url === '/api/organisations'))).flush({ items: [], total: 0, page: 1, pageSize: 50 });
  (await patiently(() => page.requested((r) => r.url === '/api/programme/staff-picker'))).flush({ items: [] });
  (await patiently(() => page.requested((r) => r.url === '/api/chain/projects/c1/business-cases'))).flush({ items: [] });
  await page.navigation;
  await page.settle();
  return page;
}

describe('a chain project', { timeout: 15_000 }, () => {
  it('tells how many sessions were held, and shows the refusal to close naming the count', async () => {
    const { el, button, requested, settle, text } = await openProject();
    expect(text(el.querySelector('h1'))).toBe('Hennep to House');
    expect(text(el.querySelector('[data-testid=sessions-held]'))).toBe('3 van 4 sessies gehouden');
    expect(text(el.querySelector('[data-testid=project-period]'))).toContain('(11 maanden)');
    button('Project afsluiten').click();
    (await patiently(() => requested((r) => r.url === '/api/programme/groups/c1/close'))).flush(
      ...problem(409, 'group.too_few_sessions', 'Een ketenproject sluit pas af na ten minste 4 gehouden sessies; er zijn er 3 gehouden', 'A chain project closes only after at least 4 sessions took place; 3 took place', { min: 4, held: 3 }),
    );
    await settle();
    const refusal = el.querySelector('[data-testid=status-error] [role=alert]')!;
    expect(text(refusal)).toBe('Een ketenproject sluit pas af na ten minste 4 gehouden sessies; er zijn er 3 gehouden');
    expect(refusal.getAttribute('data-code')).toBe('group.too_few_sessions');
  });

  it('moves every partner to the next phase with the phase named on the button', async () => {
    const { el, button, requested, settle, toasts, text } = await openProject();
    const rows = [...el.querySelectorAll('[data-testid=phases] tbody tr')].map((tr) => [...tr.children].map((cell) => text(cell)));
    expect(rows).toEqual([
      ['Verkenning', '—', '1 maart 2026'],
      ['Materiaalkaart', '1 mei 2026', '28 april 2026'],
      ['Herontwerp', '1 augustus 2026', '20 juli 2026'],
    ]);
    button('Naar volgende fase: Onderzoek').click();
    const req = await patiently(() => requested((r) => r.url === '/api/chain/projects/c1/phase'));
    expect(req.request.body).toEqual({ phase: 'research' });
    req.flush({ ...PROJECT, phase: 'research' });
    await settle();
    expect(toasts).toEqual(['Het project is nu in de fase Onderzoek.']);
    expect(el.querySelector('[data-next-phase]')!.getAttribute('data-next-phase')).toBe('business_case');
  });

  it('saves a chain role at once, and links each flow map', async () => {
    const { el, requested, settle, choose } = await openProject();
    expect(el.querySelector('[data-flow-map=Isolatieplaat] a')!.getAttribute('href')).toBe('/projecten/c1/stromen/fm1');
    await choose('[data-member="Bouwbedrijf Kooistra"] select', 'distributor');
    const req = await patiently(() => requested((r) => r.url === '/api/chain/members/e2'));
    expect(req.request.body).toEqual({ chainRole: 'distributor' });
    req.flush(PROJECT);
    await settle();
  });

  it('reads the amounts of a business-case option the Dutch way and shows payback and NPV as they are typed', async () => {
    const { el, type, requested, settle, button, text } = await openProject();
    const form = '[data-business-case-form=option-new]';
    await type(`${form} #option-new-name`, 'Hennepplaat');
    await type(`${form} [data-line="Hempvast Isolatie"] [data-amount=investmentEur]`, '30.000');
    await type(`${form} [data-line="Hempvast Isolatie"] [data-amount=yearlySavingsEur]`, '4.500,5');
    expect(text(el.querySelector(`${form} [data-line="Hempvast Isolatie"] [data-testid=line-payback]`))).toBe('6,7 jaar');
    expect(text(el.querySelector(`${form} [data-testid=total-payback]`))).toBe('6,7 jaar');
    expect(text(el.querySelector(`${form} [data-testid=live-source]`))).toContain('over 10 jaar tegen 4%');
    // A decimal point is not guessed at.
    await type(`${form} [data-line="Bouwbedrijf Kooistra"] [data-amount=extraRevenueEur]`, '12.5');
    button('Optie toevoegen').click();
    await settle();
    expect(text(el.querySelector(`${form} [data-line="Bouwbedrijf Kooistra"] .koers-field-error`))).toBe('Bedoelt u 12,5? Een punt scheidt duizendtallen, een komma de decimalen.');
    await type(`${form} [data-line="Bouwbedrijf Kooistra"] [data-amount=extraRevenueEur]`, '12.500');
    button('Optie toevoegen').click();
    const req = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/chain/projects/c1/business-cases'));
    expect(req.request.body).toEqual({
      name: 'Hennepplaat',
      description: '',
      discountRatePct: 4,
      horizonYears: 10,
      lines: [
        { participantId: 'e1', investmentEur: 30000, yearlySavingsEur: 4500.5, extraRevenueEur: 0, fteChange: 0 },
        { participantId: 'e2', investmentEur: 0, yearlySavingsEur: 0, extraRevenueEur: 12500, fteChange: 0 },
      ],
    });
  });

  it('shows the impact with every figure’s source, and what is not counted', async () => {
    const { el, text } = await openProject({ ...PROJECT, impact: { status: 'succeeded', output: IMPACT_OUTPUT, error: null, pluginId: 'chain.impact', pluginVersion: '0.1.0', referenceVersion: 'co2emissiefactoren-nl-2025', computedAt: '2026-09-01T10:00:00Z' } });
    expect(text(el.querySelector('[data-testid=impact-benefit]'))).toBe('€ 51.800');
    expect(text(el.querySelector('[data-testid=impact-co2]'))).toBe('36,3 t CO₂e');
    expect(text(el.querySelector('[data-testid=impact-water]'))).toBe('800 m³');
    expect(text(el.querySelector('[data-testid=impact-source]'))).toContain('chain.impact 0.1.0, CO2emissiefactoren.nl, januari 2025');
    expect(text(el.querySelector('[data-co2-line=natural_gas]'))).toContain('Aardgas (CO2emissiefactoren.nl 2025)');
    expect(text(el.querySelector('[data-co2-line=natural_gas]'))).toContain('17.000 m³');
    expect(text(el.querySelector('[data-not-counted=landfill]'))).toContain('Afvalroute: storten');
    expect(text(el.querySelector('[data-not-counted=landfill]'))).toContain('geen factor voor storten');
  });

  it('says the impact is being calculated and asks again until it is there', async () => {
    const pending = { status: 'pending' as const, output: null, error: null, pluginId: 'chain.impact', pluginVersion: null, referenceVersion: null, computedAt: null };
    const { el, http, settle, text } = await openProject({ ...PROJECT, impact: pending });
    expect(text(el.querySelector('[data-testid=impact-pending]'))).toBe('Wordt berekend…');
    let again = null;
    for (let i = 0; i < 60 && !again; i++) {
      await new Promise((r) => setTimeout(r, 100));
      [again] = http.match((r) => r.url === '/api/chain/projects/c1');
    }
    expect(again).not.toBeNull();
    again!.flush({ ...PROJECT, impact: { ...pending, status: 'succeeded', output: IMPACT_OUTPUT, pluginVersion: '0.1.0', computedAt: '2026-09-01T10:00:00Z' } });
    await settle();
    expect(el.querySelector('[data-testid=impact-pending]')).toBeNull();
    expect(text(el.querySelector('[data-testid=impact-benefit]'))).toBe('€ 51.800');
  });
});
