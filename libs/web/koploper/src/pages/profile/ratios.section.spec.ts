import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Profile } from '@koers/web-api-client';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { koploperTexts } from '../../texts';
import { keyFiguresForm, keyFiguresOf } from '../participant/key-figures';
import { ProfileRatiosSection } from './ratios.section';

const RATIOS: NonNullable<Profile['ratios']> = {
  perFte: 5000, perM2: 133.3, perThousandEur: 33.3, perProductionUnit: { unit: 'ton brood', amount: 120, kgCO2e: 500 },
  basis: { employees: 12.5, floorAreaM2: 450, turnoverEur: 1_800_000 }, source: { year: 2025, factorSet: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl 2025' } },
};
const group = { sbiDivision: '10', sizeClass: 'small' as const, year: 2025 };
const SHOWN: NonNullable<Profile['benchmark']> = {
  group, minOthers: 5, shown: true, others: 7,
  ratios: [
    { metric: 'perFte', shown: true, n: 7, companyValue: 5000, p25: 5750, median: 6500, p75: 7500, position: 'lowest_quarter' },
    { metric: 'perM2', shown: true, n: 6, companyValue: 133.3, p25: 110.5, median: 120, p75: 140.25, position: 'above_median' },
    { metric: 'perThousandEur', shown: false, reason: 'too_few_others' },
  ],
};
const WITHHELD: NonNullable<Profile['benchmark']> = { group, minOthers: 5, shown: false, others: null, ratios: [] };

async function render(benchmark: Profile['benchmark']) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n(), koploperTexts()] });
  const fixture = TestBed.createComponent(ProfileRatiosSection);
  fixture.componentRef.setInput('ratios', RATIOS);
  fixture.componentRef.setInput('benchmark', benchmark);
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r));
      fixture.detectChanges();
    }
  };
  await settle();
  const el: HTMLElement = fixture.nativeElement;
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const row = (id: string) => [...el.querySelector(`[data-testid=${id}]`)!.children].map((td) => text(td));
  return { el, text, row, settle };
}

describe('the profile: kengetallen and the sector benchmark', () => {
  it('shows the ratios the Dutch way with their basis and source, and the quartiles with n, the position and the group', async () => {
    const { el, text, row, settle } = await render(SHOWN);
    expect(row('ratio-perFte')).toEqual(['kg CO₂e per fte', '5.000 kg', '12,5 fte']);
    expect(row('ratio-perM2')).toEqual(['kg CO₂e per m² vloeroppervlak', '133,3 kg', '450 m²']);
    expect(row('ratio-perThousandEur')).toEqual(['kg CO₂e per € 1.000 omzet', '33,3 kg', '€ 1.800.000 omzet']);
    expect(row('ratio-perUnit')).toEqual(['kg CO₂e per ton brood', '500 kg', '120 ton brood']);
    expect(text(el.querySelector('[data-testid=ratios-source]'))).toBe('Bron: footprint 2025 (marktmethode), emissiefactoren CO2emissiefactoren.nl 2025.');
    expect(row('benchmark-perFte')).toEqual(['per fte', '5.000', '5.750', '6.500', '7.500', '7', 'bij het laagste kwart (gunstig)']);
    expect(row('benchmark-perM2')).toEqual(['per m²', '133,3', '110,5', '120', '140,3', '6', 'boven de mediaan']);
    expect(text(el.querySelector('[data-testid=benchmark-hidden-perThousandEur]'))).toBe('per € 1.000 omzet: minder dan 5 andere bedrijven hebben dit kengetal; niet getoond.');
    expect(text(el.querySelector('[data-testid=benchmark-source]'))).toMatch(/^Bron: n = 7 bedrijven, SBI 10 \/ klein, nulmetingen 2025/);
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(row('ratio-perFte')).toEqual(['kg CO₂e per fte', '5,000 kg', '12.5 fte']);
    expect(row('benchmark-perM2')).toEqual(['per m²', '133.3', '110.5', '120', '140.3', '6', 'above the median']);
  });

  it('says the comparison is withheld below five other companies, and why', async () => {
    const { el, text } = await render(WITHHELD);
    expect(text(el.querySelector('[data-testid=benchmark-withheld]'))).toBe('Minder dan 5 andere bedrijven in SBI 10 / klein: vergelijking niet getoond om herkenbaarheid te voorkomen.');
    expect(el.querySelector('[data-testid=benchmark]')).toBeNull();
  });
});

describe('the key figures typed in the baseline form', () => {
  it('reads Dutch numbers (12,5 fte, 1.450 m², € 1.800.000) and sends turnover in millions; a production unit needs its amount', () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const form = TestBed.runInInjectionContext(() => keyFiguresForm(() => 'nl'));
    form.setValue({ employees: '12,5', floorAreaM2: '1.450', turnoverEur: '1.800.000', productionUnit: ' ton brood ', productionAmount: '120' });
    expect(form.valid).toBe(true);
    expect(keyFiguresOf(form, 'nl')).toEqual({ organisation: { employees: 12.5, floorAreaM2: 1450, turnoverEurMillion: 1.8 }, production: { unit: 'ton brood', amount: 120 } });
    form.controls.floorAreaM2.setValue('12.5');
    expect(form.controls.floorAreaM2.errors).toEqual({ ambiguous: { decimal: '12,5', grouped: '12.500' } });
    form.setValue({ employees: '', floorAreaM2: '', turnoverEur: '', productionUnit: 'ton brood', productionAmount: '' });
    expect(form.errors).toEqual({ productionBoth: true });
  });
});
