import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { components } from '@koers/web-api-client';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { koploperTexts } from '../../texts';
import { YearOnYearSection } from './year-on-year.section';

const c = (a: number, b: number, p: number | null) => ({ baselineKgCO2e: a, currentKgCO2e: b, changeKgCO2e: b - a, changePercent: p });
const DATA: components['schemas']['YearOnYearView'] = {
  baselineYear: 2024,
  year: 2025,
  factorSets: { baseline: { id: 'nl-2024', title: 'CO2emissiefactoren.nl 2024' }, current: { id: 'nl-2025', title: 'CO2emissiefactoren.nl 2025' } },
  total: c(30_000, 26_900, -10.3),
  scopes: { scope1: c(16_000, 13_500, -15.6), scope2: c(12_000, 10_400, -13.3), scope3: c(2_000, 3_000, 50) },
  themes: { energy: c(26_000, 22_400, -13.8), mobility: c(3_500, 4_100, 17.1), waste: c(500, 400, -20), water: c(0, 0, null), materials: c(0, 0, null) },
  measures: { count: 2, expectedKgCO2e: -4_200, measuredKgCO2e: -3_100 },
};

async function render() {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n(), koploperTexts()] });
  const fixture = TestBed.createComponent(YearOnYearSection);
  fixture.componentRef.setInput('data', DATA);
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r));
      fixture.detectChanges();
    }
  };
  await settle();
  const el: HTMLElement = fixture.nativeElement;
  const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const row = (key: string) => [...el.querySelector(`[data-testid=yoy-${key}]`)!.children].map((td) => text(td));
  return { el, text, row, settle };
}

describe('the year-on-year effect on the profile', () => {
  it('shows both years, the change in one unit and in percent the Dutch way, the factor sets and expected against measured', async () => {
    const { el, text, row, settle } = await render();
    expect(text(el.querySelector('h2'))).toBe('Verandering ten opzichte van 2024');
    expect([...el.querySelectorAll('thead th')].map((th) => text(th))).toEqual(['Wat', '2024 (t CO₂e)', '2025 (t CO₂e)', 'Verschil (t)', 'Verschil (%)']);
    expect(row('total')).toEqual(['Totaal (marktmethode)', '30,0', '26,9', '-3,1', '-10,3%']);
    expect(row('scope3')).toEqual(['Scope 3 (keten)', '2,0', '3,0', '+1,0', '+50%']);
    expect(row('mobility')).toEqual(['Thema Mobiliteit', '3,5', '4,1', '+0,6', '+17,1%']);
    expect(row('water')).toEqual(['Thema Water', '0,0', '0,0', '0,0', '—']);
    expect(text(el)).toContain('Emissiefactoren: 2024 met CO2emissiefactoren.nl 2024, 2025 met CO2emissiefactoren.nl 2025.');
    expect(text(el.querySelector('[data-testid=yoy-measures]'))).toBe('Effect van de afgeronde maatregelen (2): verwacht -4,2 t CO₂e, gemeten -3,1 t CO₂e');
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(row('total')).toEqual(['Total (market-based)', '30.0', '26.9', '-3.1', '-10.3%']);
    expect(text(el.querySelector('[data-testid=yoy-measures]'))).toBe('Effect of the measures done (2): expected -4.2 t CO₂e, measured -3.1 t CO₂e');
  });
});
