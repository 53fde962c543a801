import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DataTableComponent, provideKoersI18n, type TableColumn } from '../index';

type Row = { name: string; municipality: string };

@Component({
  imports: [DataTableComponent],
  template: `<koers-data-table [rows]="rows" [columns]="columns" caption="Deelnemers" [pageSize]="2" />`,
})
class HostComponent {
  rows: Row[] = [
    { name: 'Drukkerij Zuidhorn', municipality: 'Westerkwartier' },
    { name: 'Bakkerij De Vries', municipality: 'Assen' },
    { name: 'Installatiebedrijf Bos', municipality: 'Assen' },
  ];
  columns: TableColumn<Row>[] = [
    { key: 'name', label: 'Naam' },
    { key: 'municipality', label: 'Gemeente' },
  ];
}

async function render() {
  TestBed.configureTestingModule({ imports: [HostComponent], providers: [provideZonelessChangeDetection(), provideKoersI18n()] });
  const fixture = TestBed.createComponent(HostComponent);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const names = () => [...el.querySelectorAll('tbody tr td:first-child')].map((td) => td.textContent?.trim());
  return { fixture, el, names };
}

describe('DataTableComponent', () => {
  it('pages the rows and sorts by a column header, toggling the direction', async () => {
    const { fixture, el, names } = await render();
    expect(names()).toEqual(['Drukkerij Zuidhorn', 'Bakkerij De Vries']);
    const nameHeader = el.querySelector<HTMLButtonElement>('th button')!;
    nameHeader.click();
    await fixture.whenStable();
    expect(names()).toEqual(['Bakkerij De Vries', 'Drukkerij Zuidhorn']);
    expect(el.querySelector('th')!.getAttribute('aria-sort')).toBe('ascending');
    nameHeader.click();
    await fixture.whenStable();
    expect(names()).toEqual(['Installatiebedrijf Bos', 'Drukkerij Zuidhorn']);
    expect(el.querySelector('th')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('filters on any column and goes back to the first page', async () => {
    const { fixture, el, names } = await render();
    const input = el.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(el.querySelector(`label[for="${input.id}"]`)).not.toBeNull();
    input.value = 'assen';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(names()).toEqual(['Bakkerij De Vries', 'Installatiebedrijf Bos']);
    input.value = 'groningen';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el.querySelector('tbody')!.textContent).toContain('Niets gevonden.');
  });
});
