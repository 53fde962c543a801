import type { TestRequest } from '@angular/common/http/testing';
import { provideTranslocoScope } from '@jsverse/transloco';
import type { Routes } from '@angular/router';
import type { FlowMap, FlowVariantView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { openProgrammePage } from '@koers/web-programme/testing';
import { COMMON_TEXTS } from '../../common.texts';
import { FLOW_MAP_TEXTS } from './flow-map.texts';

// jsdom has no ResizeObserver; the chart (ngx-echarts) asks for one.
globalThis.ResizeObserver ??= class {
  observe() {
    // jsdom lays nothing out: nothing to observe.
  }
  unobserve() {
    // as observe
  }
  disconnect() {
    // as observe
  }
} as unknown as typeof ResizeObserver;

/** The page's own route with only the texts it reads (scope `chain`), so the spec does not wait for the step's other pages. */
const routes: Routes = [
  {
    path: 'projecten/:projectId/stromen/:mapId',
    providers: [
      provideTranslocoScope({
        scope: 'chain',
        loader: { nl: () => Promise.resolve({ ...COMMON_TEXTS.nl, flowMap: FLOW_MAP_TEXTS.nl }), en: () => Promise.resolve({ ...COMMON_TEXTS.en, flowMap: FLOW_MAP_TEXTS.en }) },
      }),
    ],
    loadComponent: () => import('./flow-map.page').then((m) => m.FlowMapPage),
  },
];

const flow = (from: string, to: string, material: string, kgPerYear: number, more: Partial<FlowVariantView['flows'][number]> = {}) => ({
  from, to, material, kgPerYear, recycledPct: 0, renewablePct: 0, recoveryRoute: null, recoveryPotentialPct: null, ...more,
});

const outcome = (output: Record<string, unknown> | null, status: 'succeeded' | 'pending' | 'none' = 'succeeded') => ({
  status, output, error: null, pluginId: 'circularity.cti', pluginVersion: output ? '0.1.0' : null, referenceVersion: null, computedAt: output ? '2026-03-12T10:00:00Z' : null,
});

/** As-is: the factory sends 1.500 kg on of the 1.000 kg it gets (500 kg more out than in). */
const AS_IS: FlowVariantView = {
  variant: 'as_is',
  nodes: [
    { name: 'Hennepteler', kind: 'supplier', stockChangeKg: 0 },
    { name: 'Fabriek', kind: 'production', stockChangeKg: 0 },
    { name: 'Bouwplaats', kind: 'use', stockChangeKg: 0 },
  ],
  flows: [flow('Hennepteler', 'Fabriek', 'Hennepvezel', 1000, { renewablePct: 100 }), flow('Fabriek', 'Bouwplaats', 'Isolatieplaat', 1500)],
  energy: { totalKwh: 250000, renewableKwh: 100000, electricityKwh: null, naturalGasM3: null },
  water: { intakeM3: null, circularM3: null },
  imbalances: [{ node: 'Fabriek', inKg: 1000, outKg: 1500, stockChangeKg: 0, differenceKg: -500 }],
  circularity: outcome({
    circularInflowPct: 51.8, circularOutflowPct: null, recoveryPotentialPct: null, actualRecoveryPct: null, materialCircularityPct: null, renewableEnergyPct: 40, waterCircularityPct: null,
    notes: [{ code: 'water-missing', text: { nl: 'Geen watergegevens: % watercirculariteit is niet berekend.', en: 'No water data: % water circularity is not computed.' } }],
  }),
  updatedAt: '2026-03-12T10:00:00Z',
};
const REDESIGN: FlowVariantView = { variant: 'redesign', nodes: [], flows: [], energy: { totalKwh: null, renewableKwh: null, electricityKwh: null, naturalGasM3: null }, water: { intakeM3: null, circularM3: null }, imbalances: [], circularity: outcome(null, 'none'), updatedAt: null };
const MAP: FlowMap = { id: 'fm1', projectId: 'p1', subject: 'Hennepisolatieplaat', asIs: AS_IS, redesign: REDESIGN };

/** The cells of one indicator's row: as-is, redesign, difference. */
const row = (el: HTMLElement, text: (e: Element | null) => string, key: string) => [...el.querySelectorAll(`[data-indicator=${key}] td`)].map((td) => text(td));

async function openFlowMap(role: 'coordinator' | 'participant' = 'coordinator') {
  const page = await openProgrammePage('/projecten/p1/stromen/fm1', { routes, auth: AuthService, role });
  // The page's chunk (with ECharts) may take a while on a busy machine before it asks for anything.
  let first: TestRequest | undefined;
  for (let i = 0; i < 20 && !first; i++) {
    [first] = page.http.match((r) => r.url === '/api/chain/flow-maps/fm1');
    if (!first) await new Promise((r) => setTimeout(r, 100));
  }
  (first ?? (await page.requested((r) => r.url === '/api/chain/flow-maps/fm1'))).flush(MAP);
  (await page.requested((r) => r.url === '/api/chain/projects/p1')).flush({ id: 'p1', name: 'Hennep to House', status: 'running' });
  await page.navigation;
  await page.settle();
  return page;
}

describe('the flow map', () => {
  it('warns above the diagram which node is out of balance, by how much, in Dutch kg', async () => {
    const { el, text } = await openFlowMap();
    expect(text(el.querySelector('h1'))).toBe('Hennepisolatieplaat');
    const warning = el.querySelector('[data-testid=imbalance-as_is]')!;
    expect(warning.getAttribute('role')).toBe('alert');
    expect(text(warning)).toContain('Fabriek: 500 kg meer uit dan in; geef een voorraadverandering of pas de stromen aan');
    expect(el.querySelector('[data-testid=imbalance-redesign]')).toBeNull();
  });

  it('lists every row of a refused import with its Dutch text, and keeps what was there', async () => {
    const { el, text, requested, settle, button } = await openFlowMap();
    const input = el.querySelector<HTMLInputElement>('#as_is-import-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['van;soort_van\n'], 'stromen.csv', { type: 'text/csv' })] });
    input.dispatchEvent(new Event('change'));
    await settle();
    const form = el.querySelector('[data-testid=import-as_is]')!;
    [...form.querySelectorAll('button')].find((b) => text(b) === 'Importeren')!.click();
    const req = await requested((r) => r.url === '/api/chain/flow-maps/fm1/variants/as_is/import');
    expect(req.request.body instanceof FormData).toBe(true);
    req.flush(
      {
        status: 400, code: 'flow_import.rows', params: { count: 2 }, text: { nl: '2 regels bevatten fouten; er is niets opgeslagen', en: '2 lines have errors; nothing was stored' },
        errors: [
          { field: 'line 3', code: 'flow_import.row', text: { nl: 'regel 3: kg per jaar "veel" is geen getal ≥ 0', en: 'line 3: kg per year "veel" is not a number ≥ 0' } },
          { field: 'line 5', code: 'flow_import.row', text: { nl: 'regel 5: soort "fabriek" is onbekend; kies winning, leverancier, productie', en: 'line 5: kind "fabriek" is unknown' } },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const box = el.querySelector('[data-testid=import-errors-as_is]')!;
    expect(box.getAttribute('role')).toBe('alert');
    expect([...box.querySelectorAll('li')].map((li) => text(li))).toEqual(['regel 3: kg per jaar "veel" is geen getal ≥ 0', 'regel 5: soort "fabriek" is onbekend; kies winning, leverancier, productie']);
    expect(text(box)).toContain('er is niets veranderd');
    // The editor still shows the stored flows.
    expect(el.querySelector<HTMLInputElement>('#as_is-flows-1-kgPerYear')!.value).toBe('1.500');
    expect(button('Huidige situatie opslaan')).toBeTruthy();
  });

  it('reads 12.500 as twelve thousand five hundred, asks about 12.5, and puts the API’s field errors at their cell', async () => {
    const { el, text, type, requested, settle, button } = await openFlowMap();
    await type('#as_is-flows-1-kgPerYear', '12.5');
    button('Huidige situatie opslaan').click();
    await settle();
    expect(text(el.querySelector('#as_is-flows-1-kgPerYear-error'))).toBe('Bedoelt u 12,5? Schrijf decimalen met een komma; een punt scheidt duizendtallen (12.500).');
    expect(text(el.querySelector('[data-testid=invalid-as_is]'))).toContain('Niet opgeslagen');

    await type('#as_is-flows-1-kgPerYear', '12.500');
    await type('#as_is-flows-0-recycledPct', '70');
    await type('#as_is-flows-0-renewablePct', '40');
    button('Huidige situatie opslaan').click();
    const req = await requested((r) => r.url === '/api/chain/flow-maps/fm1/variants/as_is');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body.flows[1].kgPerYear).toBe(12500);
    expect(req.request.body.flows[0]).toEqual({ from: 'Hennepteler', to: 'Fabriek', material: 'Hennepvezel', kgPerYear: 1000, recycledPct: 70, renewablePct: 40, recoveryRoute: null, recoveryPotentialPct: null });
    expect(req.request.body.energy).toEqual({ totalKwh: 250000, renewableKwh: 100000, electricityKwh: null, naturalGasM3: null });
    req.flush(
      {
        status: 400, code: 'flow_map.invalid', params: {}, text: { nl: 'Controleer de invoer', en: 'Check the input' },
        errors: [{ field: 'flows.0.renewablePct', code: 'flow_map.invalid', text: { nl: 'Gerecycled (70%) en hernieuwbaar (40%) samen meer dan 100%', en: 'Recycled (70%) and renewable (40%) together exceed 100%' } }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('#as_is-flows-0-renewablePct-error'))).toBe('Gerecycled (70%) en hernieuwbaar (40%) samen meer dan 100%');
    expect(el.querySelector('#as_is-flows-0-renewablePct')!.getAttribute('aria-invalid')).toBe('true');
    const refusal = el.querySelector('[data-testid=save-error-as_is]')!;
    expect(text(refusal)).toBe('Niet opgeslagen; er is niets veranderd. Zie de meldingen bij de velden.');
  });

  it('says the figures are being computed after a save, and asks again until they are there', async () => {
    const { el, text, requested, settle, button, toasts } = await openFlowMap();
    button('Herontwerp opslaan').click();
    const put = await requested((r) => r.url === '/api/chain/flow-maps/fm1/variants/redesign');
    expect(put.request.body).toEqual({ nodes: [], flows: [], energy: { totalKwh: null, renewableKwh: null, electricityKwh: null, naturalGasM3: null }, water: { intakeM3: null, circularM3: null } });
    put.flush({ ...MAP, redesign: { ...REDESIGN, circularity: outcome(null, 'pending'), updatedAt: '2026-03-12T11:00:00Z' } });
    await settle();
    expect(toasts).toEqual(['Herontwerp is opgeslagen.']);
    expect(row(el, text, 'circularInflowPct')).toEqual(['51,8%', 'wordt berekend…', '—geen verschil te geven']);
    expect(text(el.querySelector('[data-testid=figures-pending]'))).toBe('De indicatoren worden berekend…');

    await new Promise((r) => setTimeout(r, 1100));
    const again = await requested((r) => r.url === '/api/chain/flow-maps/fm1' && r.method === 'GET');
    again.flush({ ...MAP, redesign: { ...REDESIGN, circularity: outcome({ ...AS_IS.circularity.output, circularInflowPct: 80 }), updatedAt: '2026-03-12T11:00:00Z' } });
    await settle();
    expect(row(el, text, 'circularInflowPct')).toEqual(['51,8%', '80,0%', '▲ 28,2 procentpunt hoger']);
    expect(el.querySelector('[data-testid=figures-pending]')).toBeNull();
    expect(text(el.querySelector('[data-testid=figures-source]'))).toBe('Berekend met circularity.cti 0.1.0');
  });

  it('compares the figures in Dutch percentages, with the calculator’s note where there is none', async () => {
    const { el, text } = await openFlowMap();
    expect(row(el, text, 'circularInflowPct')).toEqual(['51,8%', 'nog niet berekend', '—geen verschil te geven']);
    expect(row(el, text, 'waterCircularityPct')[0]).toBe('niet berekend Geen watergegevens: % watercirculariteit is niet berekend.');
    expect(text(el.querySelector('[data-testid=figures-source]'))).toBe('Huidige situatie: berekend met circularity.cti 0.1.0');
  });

  it('lets a participant read the map with nothing to change', async () => {
    const { el, text } = await openFlowMap('participant');
    expect(el.querySelectorAll('input, select, textarea').length).toBe(0);
    expect([...el.querySelectorAll('button')].map((b) => text(b))).toEqual([]);
    expect(text(el.querySelector('[data-testid=read-only]'))).toContain('U leest deze stroomkaart');
    expect(text(el.querySelector('[data-testid=flows-as_is] tbody tr'))).toContain('Hennepvezel');
  });
});
