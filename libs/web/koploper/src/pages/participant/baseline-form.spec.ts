import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Activity } from '@koers/web-api-client';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { koploperTexts } from '../../texts';
import { FormControl } from '@angular/forms';
import { BaselineFormComponent, toActivity, validAmount } from './baseline-form';

const row = (over: Partial<Parameters<typeof toActivity>[0]>): Parameters<typeof toActivity>[0] => ({
  type: 'electricity', amount: '1', unit: 'kWh', contract: 'grey', fuel: 'diesel', purpose: 'business', haul: 'short', stream: 'residual', refrigerant: 'R410A', mode: 'road-van', material: 'paper', factor: '', factorSource: '', factorYear: '', label: '', ...over,
});

describe('the baseline form', () => {
  // The language is remembered in localStorage; another spec in this worker may have left English there.
  beforeEach(() => localStorage.clear());
  it('reads amounts the reader\'s way and never guesses', () => {
    expect(toActivity(row({ amount: '30.000' }), 'nl').amount).toBe(30000);
    expect(toActivity(row({ amount: '4.500,5' }), 'nl').amount).toBe(4500.5);
    expect(toActivity(row({ amount: '30,000' }), 'en').amount).toBe(30000);
    const check = (text: string, lang: 'nl' | 'en') => validAmount(() => lang)(new FormControl(text));
    expect(check('30.000', 'nl')).toBeNull();
    expect(check('12.5', 'nl')).toEqual({ ambiguous: { decimal: '12,5', grouped: '12.500' } });
    expect(check('1234.5', 'nl')).toEqual({ ambiguous: { decimal: '1234,5', grouped: null } });
    expect(check('12,5', 'en')).toEqual({ ambiguous: { decimal: '12.5', grouped: '12,500' } });
    expect(check('0.75', 'nl')).toEqual({ ambiguous: { decimal: '0,75', grouped: null } });
    expect(check('0.750', 'nl')).toEqual({ ambiguous: { decimal: '0,750', grouped: null } });
    expect(check('1.2.3', 'nl')).toEqual({ amount: true });
    expect(check('-1', 'nl')).toEqual({ amount: true });
    expect(check('', 'nl')).toEqual({ amount: true });
  });

  it('sends only the detail each new type needs', () => {
    expect(toActivity(row({ type: 'refrigerant', amount: '2,5', unit: 'kg', refrigerant: 'R32' }))).toEqual({ type: 'refrigerant', amount: 2.5, unit: 'kg', refrigerant: 'R32' });
    expect(toActivity(row({ type: 'bus_km', amount: '100', unit: 'km', purpose: 'commute' }))).toEqual({ type: 'bus_km', amount: 100, unit: 'km', purpose: 'commute' });
    expect(toActivity(row({ type: 'freight_tkm', amount: '50', unit: 'tkm' }))).toEqual({ type: 'freight_tkm', amount: 50, unit: 'tkm', mode: 'road-van' });
    expect(toActivity(row({ type: 'propane', amount: '10', unit: 'kg' }))).toEqual({ type: 'propane', amount: 10, unit: 'kg' });
    expect(toActivity(row({ type: 'solar_production', amount: '12', unit: 'MWh', label: ' Dak ' }))).toEqual({ type: 'solar_production', amount: 12, unit: 'MWh', label: 'Dak' });
  });

  it('shows a stored baseline with the new types in Dutch, each with its own detail and unit', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n(), koploperTexts()] });
    const fixture = TestBed.createComponent(BaselineFormComponent);
    const stored: Activity[] = [
      { type: 'refrigerant', amount: 1.5, unit: 'kg', refrigerant: 'R407C' },
      { type: 'public_transport_km', amount: 800, unit: 'km', purpose: 'commute' },
      { type: 'freight_tkm', amount: 900, unit: 'tkm', mode: 'road-van' },
      { type: 'solar_production', amount: 18000, unit: 'kWh' },
    ];
    fixture.componentRef.setInput('stored', stored);
    const settle = async () => {
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    };
    await settle();
    await settle();
    const el: HTMLElement = fixture.nativeElement;
    const rows = [...el.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(4);
    const selected = (tr: Element, n: number) => {
      const select = tr.querySelectorAll('td')[n]!.querySelector('select')!;
      return select.selectedOptions[0]!.textContent!.trim();
    };
    expect(rows.map((tr) => selected(tr, 0))).toEqual(['Koudemiddel (bijgevuld of gelekt)', 'Ov-kilometers', 'Goederenvervoer (tonkilometers)', 'Eigen zonnestroom']);
    expect(rows.map((tr) => selected(tr, 2))).toEqual(['kg', 'km', 'tonkm', 'kWh']);
    expect(selected(rows[0]!, 3)).toBe('R407C');
    expect(selected(rows[1]!, 3)).toBe('Woon-werk');
    expect(selected(rows[2]!, 3)).toBe('Bestelauto (< 2 ton laadvermogen)');
    expect(rows[3]!.querySelectorAll('td')[3]!.textContent!.trim()).toBe('Opgewekt; wordt niet van de ingekochte stroom afgetrokken');

    // Saved as it was stored: nothing lost or added on the way.
    let saved: Activity[] = [];
    fixture.componentInstance.save.subscribe((a) => (saved = a));
    fixture.componentInstance.submit();
    expect(saved).toEqual(stored);
  });

  it('writes a typed amount again when the reader switches language, so 30.000 stays thirty thousand', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n(), koploperTexts()] });
    const fixture = TestBed.createComponent(BaselineFormComponent);
    const settle = async () => {
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    };
    await settle();
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('input[inputmode=decimal]')!;
    input.value = '30.000';
    input.dispatchEvent(new Event('input'));
    await settle();
    TestBed.inject(LanguageService).use('en', false);
    await settle();
    expect(input.value).toBe('30,000');
    let saved: Activity[] = [];
    fixture.componentInstance.save.subscribe((a) => (saved = a));
    fixture.componentInstance.submit();
    expect(saved).toEqual([{ type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' }]);
  });

  it('sends a material and rail freight with the declared factor read the Dutch way, its source and year; the van without one', () => {
    const declared = { factor: '1,1', factorSource: ' EPD Papierfabriek ', factorYear: '2024' };
    expect(toActivity(row({ type: 'material', amount: '2.000', unit: 'kg', material: 'cardboard', ...declared }), 'nl')).toEqual({
      type: 'material', amount: 2000, unit: 'kg', material: 'cardboard', factor: { kgCO2ePerUnit: 1.1, source: 'EPD Papierfabriek', year: 2024 },
    });
    expect(toActivity(row({ type: 'freight_tkm', amount: '10.000', unit: 'tkm', mode: 'rail', factor: '0,0192', factorSource: 'Vervoerder', factorYear: '2025' }), 'nl')).toEqual({
      type: 'freight_tkm', amount: 10000, unit: 'tkm', mode: 'rail', factor: { kgCO2ePerUnit: 0.0192, source: 'Vervoerder', year: 2025 },
    });
    expect(toActivity(row({ type: 'freight_tkm', amount: '50', unit: 'tkm', mode: 'road-van', ...declared }))).toEqual({ type: 'freight_tkm', amount: 50, unit: 'tkm', mode: 'road-van' });
  });

  it('asks for the factor, its source and year only where the list has none, names each in Dutch, and sends nothing until they are right', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n(), koploperTexts()] });
    const fixture = TestBed.createComponent(BaselineFormComponent);
    fixture.componentRef.setInput('stored', [{ type: 'material', amount: 2, unit: 't', material: 'steel', factor: { kgCO2ePerUnit: 2.3, source: 'Nationale Milieudatabase', year: 2023 } }] satisfies Activity[]);
    const settle = async () => {
      await new Promise((r) => setTimeout(r));
      await fixture.whenStable();
    };
    await settle();
    await settle();
    const el: HTMLElement = fixture.nativeElement;
    const box = () => el.querySelector('[data-testid=declared-factor]');
    // Stored: shown back the Dutch way.
    expect(el.querySelector<HTMLSelectElement>('tbody tr td:nth-child(4) select')!.selectedOptions[0]!.textContent!.trim()).toBe('Staal');
    expect(box()!.textContent).toContain('kg CO₂e per kg');
    expect(box()!.textContent).toContain('Staat niet op de lijst CO2emissiefactoren.nl');
    const field = (id: string) => el.querySelector<HTMLInputElement>(`#baseline-form-${id}-0`)!;
    expect([field('factor').value, field('source').value, field('year').value]).toEqual(['2,3', 'Nationale Milieudatabase', '2023']);

    const type = (id: string, value: string) => {
      field(id).value = value;
      field(id).dispatchEvent(new Event('input'));
    };
    type('factor', '0');
    type('source', ' ');
    type('year', '23');
    let saved: Activity[] | null = null;
    fixture.componentInstance.save.subscribe((a) => (saved = a));
    fixture.componentInstance.submit();
    await settle();
    expect(saved).toBeNull();
    const errors = [...box()!.querySelectorAll('koers-field-error')].map((e) => e.textContent!.trim());
    expect(errors).toEqual([
      'De factor moet groter dan 0 en hoogstens 1.000 zijn (let op: per kg, niet per gram).',
      'Noem de bron van de factor.',
      'Vul een jaartal in, bijvoorbeeld 2025.',
    ]);
    type('factor', '1.5');
    await settle();
    expect(box()!.querySelector('koers-field-error')!.textContent!.trim()).toBe('Een punt scheidt duizendtallen: schrijf 1,5 of 1.500.');

    // Another type needs none: the fields go, and the row is sent without a factor.
    const typeSelect = el.querySelector<HTMLSelectElement>('tbody tr td select')!;
    typeSelect.value = 'waste';
    typeSelect.dispatchEvent(new Event('change'));
    await settle();
    expect(box()).toBeNull();
    fixture.componentInstance.submit();
    expect(saved).toEqual([{ type: 'waste', amount: 2, unit: 't', stream: 'residual' }]);
  });
});
