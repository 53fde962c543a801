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
    expect(cells(el, 2)[3]).toBe('1.208 kg CO₂e – 3.623 kg CO₂e per jaar');
    expect(cells(el, 2)[4]).toBe('terugverdientijd 2 – 5 jaar');
    expect(cells(el, 3)[3]).toBe('2.400 kg CO₂e – 4.500 kg CO₂e per jaar per 10 kWp zonnepanelen');
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
});
