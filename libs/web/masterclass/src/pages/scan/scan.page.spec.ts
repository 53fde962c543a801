import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { RegionScan } from '@koers/web-api-client';
import { ChartComponent } from '@koers/web-charts';
import { openPage, problem } from '../../test/harness';
import { ScanResultSection } from './scan-result.section';

/** ECharts does not draw in jsdom: the chart's label stands in for it. */
@Component({ selector: 'koers-chart', template: '<figure>{{ label() }}</figure>' })
class FakeChart {
  readonly options = input<unknown>();
  readonly label = input('');
  readonly height = input(0);
}

const SCAN: RegionScan = {
  id: 's1',
  municipalities: ['Assen', 'Emmen'],
  audience: 'sme',
  sectorTable: 'ce.sectors.v1',
  createdAt: '2026-03-02T09:30:00Z',
  sectors: [
    { sbiSection: 'C', sbiDivision: '10', name: { nl: 'Vervaardiging van voedingsmiddelen', en: 'Manufacture of food products' }, organisations: 3, employees: 40, ceWeight: 3 },
    { sbiSection: 'F', sbiDivision: '43', name: { nl: 'Gespecialiseerde bouw', en: 'Specialised construction' }, organisations: 2, employees: null, ceWeight: 2 },
  ],
  candidates: [
    {
      key: 'organisation:o-1',
      name: 'Bakkerij De Vries',
      kvkNumber: '40012345',
      sbiCode: '10.71',
      municipality: 'Assen',
      sizeClass: 'small',
      employees: 12,
      source: 'participant',
      score: 50,
      reasons: [
        { code: 'sector', points: 30, text: { nl: 'Sector voedingsmiddelen (CE-gewicht 3)', en: 'Food sector (CE weight 3)' } },
        { code: 'size', points: 10, text: { nl: 'Klein bedrijf: past bij MKB', en: 'Small company: fits SME' } },
        { code: 'interest', points: 10, text: { nl: 'Deed mee aan het Koplopertraject', en: 'Took part in the Koploper track' } },
      ],
    },
  ],
};

async function openScan() {
  const page = await openPage('/regioscan', 'coordinator', () =>
    TestBed.overrideComponent(ScanResultSection, { remove: { imports: [ChartComponent] }, add: { imports: [FakeChart] } }),
  );
  await page.navigation;
  (await page.requested((r) => r.url === '/api/masterclass/scans' && r.method === 'GET')).flush({ items: [] });
  (await page.requested((r) => r.url === '/api/organisations')).flush({ items: [{ id: 'o-1', name: 'Bakkerij De Vries', kind: 'company', municipality: 'Assen' }], total: 1, page: 1, pageSize: 100 });
  await page.settle();
  return page;
}

describe('the region scan', () => {
  it('runs on the municipalities and audience entered, and explains each candidate with its points', async () => {
    const { el, type, button, requested, settle, text, toasts } = await openScan();
    button('Scan uitvoeren').click();
    await settle();
    expect(text(el.querySelector('#scan-municipality-error'))).toBe('Voeg minstens één gemeente toe.');

    await type('#scan-municipality', 'assen');
    button('Gemeente toevoegen').click();
    await settle();
    await type('#scan-municipality', 'Emmen');
    button('Scan uitvoeren').click();
    const req = await requested((r) => r.url === '/api/masterclass/scans' && r.method === 'POST');
    expect(req.request.body).toEqual({ municipalities: ['Assen', 'Emmen'], audience: 'sme' });
    req.flush(SCAN);
    // The saved scans are read again (the page is not stable until that is answered).
    (await requested((r) => r.url === '/api/masterclass/scans' && r.method === 'GET')).flush({ items: [{ id: 's1', municipalities: ['Assen', 'Emmen'], audience: 'sme', createdAt: SCAN.createdAt, candidateCount: 1 }] });
    await settle();

    expect(toasts).toEqual(['De scan is opgeslagen.']);
    expect(text(el.querySelector('[data-testid=scan-source]'))).toBe('Bron: organisaties in Koers en geïmporteerde lijst, 2 maart 2026');
    expect([...el.querySelectorAll('[data-testid=sectors] tbody td:first-child')].map((td) => text(td))).toEqual(['10 Vervaardiging van voedingsmiddelen', '43 Gespecialiseerde bouw']);
    const row = el.querySelector('[data-testid=candidates] tr[data-candidate="Bakkerij De Vries"]')!;
    expect([...row.querySelectorAll('li')].map((li) => text(li))).toEqual([
      'Sector voedingsmiddelen (CE-gewicht 3) (30 punten)',
      'Klein bedrijf: past bij MKB (10 punten)',
      'Deed mee aan het Koplopertraject (10 punten)',
    ]);
    expect(text(row)).toContain('Deed mee aan stap 1');
    expect(el.querySelectorAll('[data-testid=saved-scans] li').length).toBe(1);
  });

  it('imports a company list, and shows every rejected row when the API refuses it', async () => {
    const { el, button, requested, settle, text } = await openScan();
    const input = el.querySelector<HTMLInputElement>('#scan-import-file')!;
    const file = new File(['kvk;naam;sbi;grootte;medewerkers;gemeente\nx;;;;;'], 'bedrijven.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle();
    button('Importeren').click();
    const req = await requested((r) => r.url === '/api/masterclass/scan-companies/import');
    expect(req.request.body).toBeInstanceOf(FormData);
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    req.flush(
      ...problem(400, 'scan.import_rows', 'Het bestand heeft 2 afgewezen regels', 'The file has 2 rejected rows', { count: 2 }, [
        { field: 'line 2', code: 'kvk', text: { nl: 'regel 2: het KvK-nummer heeft 8 cijfers', en: 'line 2: the KvK number has 8 digits' } },
        { field: 'line 3', code: 'name', text: { nl: 'de naam ontbreekt', en: 'the name is missing' } },
      ]),
    );
    await settle();
    expect([...el.querySelectorAll('[data-testid=import-errors] li')].map((li) => text(li))).toEqual(['regel 2: het KvK-nummer heeft 8 cijfers', 'regel 3: de naam ontbreekt']);
  });
});
