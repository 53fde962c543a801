import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Profile, SessionView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n } from '@koers/web-ui';
import { koploperRoutes } from '../../routes';

// jsdom has no ResizeObserver; the page's charts (ECharts) ask for one. Layout is not what is tested here.
const ignore = () => undefined;
globalThis.ResizeObserver ??= class {
  observe = ignore;
  unobserve = ignore;
  disconnect = ignore;
} as unknown as typeof ResizeObserver;

type Rec = Profile['recommendations'][number];
const rec = (rank: number, measureId: string, over: Partial<Rec>): Rec => ({
  rank, measureId, theme: 'energy', title: { nl: `Maatregel ${rank}`, en: `Measure ${rank}` }, relevance: 80, basis: 'footprint',
  reason: { nl: 'Energie is 80% van uw footprint', en: 'Energy is 80% of your footprint' }, estimatedKgCO2ePerYear: null, typicalKgCO2ePerYear: null,
  costEffect: { basis: 'x' }, erkendeMaatregel: false, expectedKgCO2ePerYear: null, co2Effect: { kind: 'none', kgCO2ePerYear: null, per: null },
  eml: null, obligation: 'choice', source: 'x', ...over,
});

const DUTY: NonNullable<Profile['energySavingDuty']> = {
  rule: 'energy-saving-duty.nl.v1', applies: true, electricityKWh: 50_000, gasM3Equivalent: 2_240,
  thresholds: { electricityKWhPerYear: 50_000, naturalGasM3EquivalentPerYear: 25_000 }, reachedBy: ['electricity'], paybackYearsAtMost: 5, reportingEveryYears: 4,
  researchDuty: false, derivedConversions: [],
  summary: { nl: 'Valt onder de energiebesparingsplicht: 50.000 kWh elektriciteit', en: 'Falls under the energy-saving duty: 50,000 kWh of electricity' },
  caveats: [{ nl: 'De plicht geldt per locatie.', en: 'The duty holds per site.' }],
  sources: [{ name: 'RVO, Energiebesparingsplicht', url: 'https://www.rvo.nl/onderwerpen/energiebesparingsplicht', consulted: '2026-12-03' }],
};

const PROFILE = {
  id: 'pr1', status: 'published', version: 1, year: 2025, createdAt: '2026-11-01T10:00:00Z', publishedAt: '2026-11-02T10:00:00Z', pdfReady: true,
  awaitingSignOffAt: null, signedOffAt: null, organisationName: 'Bakkerij De Vries', adviserName: 'Ada Veenstra', adviserComment: '', awaitingSignOffByName: null,
  footprint: { totalKgCO2e: 24_150, scopes: { scope1: 4780, scope2MarketBased: 19_370, scope2LocationBased: 12_200, scope3: 0 }, themes: { energy: 24_150, mobility: 0, waste: 0, water: 0, materials: 0 } },
  iso26000: null,
  goingWell: [{ kind: 'baseline', id: 'own-solar', value: 8000, text: { nl: 'U wekt zelf 8.000 kWh zonnestroom op', en: 'You generate 8,000 kWh of solar power yourself' } }],
  canImprove: [],
  recommendations: [
    rec(1, 'energy.green-electricity', { co2Effect: { kind: 'estimate', kgCO2ePerYear: { min: 19_370, max: 19_370 }, per: null }, costEffect: { yearlySavingEur: { min: -500, max: 0 }, basis: 'x' } }),
    rec(2, 'energy.led-lighting', { co2Effect: { kind: 'estimate', kgCO2ePerYear: { min: 1208, max: 3623 }, per: null }, costEffect: { paybackYears: { min: 2, max: 5 }, basis: 'x' }, eml: { part: 'buildings', category: { nl: 'Verlichting', en: 'Lighting' }, verified: false }, obligation: 'obligatory' }),
    rec(3, 'energy.solar-pv', { co2Effect: { kind: 'typical', kgCO2ePerYear: { min: 2400, max: 4500 }, per: { nl: 'per 10 kWp zonnepanelen', en: 'per 10 kWp of solar panels' } }, costEffect: { investmentEur: { min: 8500, max: 13_000 }, basis: 'x' } }),
    rec(4, 'people.csr-vision', { theme: 'people' }),
  ],
  energySavingDuty: DUTY,
  comparison: null,
} as unknown as Profile;

async function open(profile: Profile = PROFILE) {
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(koploperRoutes(), withComponentInputBinding())],
  });
  TestBed.inject(AuthService).session.set({
    user: { id: 'u1', email: 'x@koers.test', name: 'X', locale: 'nl' },
    memberships: [{ id: 'm1', role: 'adviser', partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm1',
  } as SessionView);
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/profielen/pr1');
  let asked = http.match('/api/koploper/profiles/pr1');
  for (let i = 0; i < 50 && !asked.length; i++) {
    await new Promise((r) => setTimeout(r, 10));
    asked = http.match('/api/koploper/profiles/pr1');
  }
  expect(asked.length).toBe(1);
  asked[0].flush(profile);
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  }
  return harness.fixture.nativeElement as HTMLElement;
}

const cells = (el: HTMLElement, row: number) => [...el.querySelectorAll(`[data-testid=recommendations] tbody tr:nth-child(${row}) td`)].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());

describe('the profile page', () => {
  beforeEach(() => localStorage.clear());

  it('words every CO2 effect and cost as the PDF does: one figure, typical per unit, none; a negative saving as an extra cost', async () => {
    const el = await open();
    expect(cells(el, 1)[3]).toBe('19,4 t CO₂e per jaar');
    expect(cells(el, 1)[4]).toBe('kost tot € 500 per jaar extra');
    // One unit down the column, from its largest figure (19,4 t): never t beside kg.
    expect(el.querySelector('[data-testid=recommendation-co2-header]')!.textContent!.trim()).toBe('CO₂-effect per jaar (t CO₂e)');
    expect(cells(el, 2)[3]).toBe('1,2 t CO₂e – 3,6 t CO₂e per jaar');
    expect(cells(el, 2)[4]).toBe('terugverdientijd 2 – 5 jaar');
    expect(cells(el, 3)[3]).toBe('2,4 t CO₂e – 4,5 t CO₂e per jaar per 10 kWp zonnepanelen');
    expect(cells(el, 4)[3]).toBe('geen direct CO2-effect');
    expect(el.querySelector('[data-testid=recommendations]')!.textContent).not.toMatch(/€ -|0 kg CO₂e – 0 kg/);
  });

  it('says the company falls under the energy-saving duty and marks the EML measure obligatory, the rest a choice', async () => {
    const el = await open();
    expect(el.querySelector('[data-testid=energy-duty-status]')!.textContent!.trim()).toBe('Valt onder de plicht');
    expect(el.querySelector('[data-testid=energy-duty]')!.textContent).toContain('50.000 kWh elektriciteit · 2.240 m³ aardgas(equivalent) per jaar');
    expect(el.querySelector('[data-testid=energy-duty]')!.textContent).toContain('eens per 4 jaar rapporteren bij RVO');
    const led = el.querySelector('[data-testid=recommendations] tbody tr:nth-child(2) [data-testid=recommendation-obligation]')!;
    expect(led.querySelector('strong')!.textContent!.trim()).toBe('verplicht (EML, terugverdientijd ≤ 5 jaar)');
    expect(led.querySelector('small')!.textContent!.trim()).toBe('EML Gebouwen');
    expect(cells(el, 1)[5]).toBe('keuze');
    expect(el.textContent).toContain('U wekt zelf 8.000 kWh zonnestroom op');
  });

  it('without a known duty (a profile made before it) says so and shows no duty column', async () => {
    const el = await open({ ...PROFILE, energySavingDuty: null });
    expect(el.querySelector('[data-testid=energy-duty-summary]')!.textContent).toContain('Nog niet bekend');
    expect(cells(el, 2)).toHaveLength(5);
  });

  it('shows materials and declared freight with their factor and the source the company named, and says they are not on the list', async () => {
    const lines = [
      { type: 'electricity', amount: 50_000, unit: 'kWh', scope: 2, theme: 'energy', kgCO2e: 24_150, factorKey: 'electricity.grey', factorSource: 'CO2emissiefactoren.nl, lijst 2026, Grijze stroom' },
      { type: 'material', label: 'Bakpapier', amount: 1.5, unit: 't', scope: 3, theme: 'materials', kgCO2e: 1650, factorKey: 'material.paper', factorUnit: 'kg', factorKgCO2ePerUnit: 1.1, declaredFactor: { source: 'EPD Papierfabriek Veluwe', year: 2024 } },
      { type: 'freight_tkm', amount: 12_000, unit: 'tkm', scope: 3, theme: 'mobility', kgCO2e: 396, factorKey: 'freight.inland-ship', factorUnit: 'tkm', factorKgCO2ePerUnit: 0.033, declaredFactor: { source: 'Rapportage rederij', year: 2025 } },
    ];
    const el = await open({ ...PROFILE, footprint: { ...PROFILE.footprint, lines, themes: { ...PROFILE.footprint.themes, materials: 1650 } } } as Profile);
    const section = el.querySelector('[data-testid=declared-factors]')!;
    expect(section.querySelector('h2')!.textContent).toBe('Materialen en vervoer met een eigen emissiefactor');
    expect(section.textContent).toContain('Deze staan niet op de lijst CO2emissiefactoren.nl');
    const rows = [...section.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['Papier · Bakpapier', '1,5 ton', '1,1 kg CO₂e per kg', '1.650 kg CO₂e', 'EPD Papierfabriek Veluwe (2024)'],
      ['Goederenvervoer per binnenvaartschip', '12.000 tonkm', '0,033 kg CO₂e per tonkm', '396 kg CO₂e', 'Rapportage rederij (2025)'],
    ]);
    // A footprint without such lines (or stored without lines) has no such section.
    TestBed.resetTestingModule();
    expect((await open()).querySelector('[data-testid=declared-factors]')).toBeNull();
  });

  it('says the change against the first year once: in the year-on-year table, or in the old line for a profile without the table', async () => {
    const change = (a: number, b: number) => ({ baselineKgCO2e: a, currentKgCO2e: b, changeKgCO2e: b - a, changePercent: Math.round(((b - a) / a) * 1000) / 10 });
    const yearOnYear = {
      baselineYear: 2024, year: 2025,
      factorSets: { baseline: { id: 'co2emissiefactoren-nl-2024', title: 'CO2emissiefactoren.nl, januari 2024' }, current: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl, januari 2025' } },
      total: change(27_000, 24_150),
      scopes: { scope1: change(5000, 4780), scope2: change(22_000, 19_370), scope3: { baselineKgCO2e: 0, currentKgCO2e: 0, changeKgCO2e: 0, changePercent: null } },
      themes: { energy: change(27_000, 24_150), ...Object.fromEntries(['mobility', 'waste', 'water', 'materials'].map((t) => [t, { baselineKgCO2e: 0, currentKgCO2e: 0, changeKgCO2e: 0, changePercent: null }])) },
      measures: null,
    };
    const comparison = { baselineYear: 2024, baselineKgCO2e: 27_000, changeKgCO2e: -2850, changePercent: -10.6 };
    const both = await open({ ...PROFILE, comparison, yearOnYear } as unknown as Profile);
    expect(both.querySelector('[data-testid=year-on-year]')).not.toBeNull();
    expect([...both.querySelectorAll('[data-testid=yoy-total] td')].map((td) => td.textContent!.trim())).toEqual(['27,0', '24,2', '-2,9', '-10,6%']);
    expect(both.querySelector('[data-testid=profile-comparison]')).toBeNull();
    expect(both.textContent).not.toContain('Ten opzichte van de nulmeting');

    TestBed.resetTestingModule();
    const older = await open({ ...PROFILE, comparison, yearOnYear: null } as unknown as Profile);
    expect(older.querySelector('[data-testid=year-on-year]')).toBeNull();
    expect(older.querySelector('[data-testid=profile-comparison]')!.textContent!.replace(/\s+/g, ' ').replace(/\u2212/g, '-').trim()).toBe('Ten opzichte van de nulmeting in 2024: -2.850 kg CO₂e (-10,6%)');
  });
});
