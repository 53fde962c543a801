import { TestBed } from '@angular/core/testing';
import { AuthService } from '@koers/web-auth';
import { openProgrammePage, type PageHarness } from '@koers/web-programme/testing';
import { evaluationRoutes } from '../routes';

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

/** Under a loaded machine the page may take longer than the harness's half second. */
async function patiently<T>(ask: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask();
    } catch (e) {
      if (i >= 9) throw e;
    }
  }
}
const answer = (page: PageHarness, url: string, body: object, method = 'GET') => patiently(() => page.requested((r) => r.urlWithParams === url && r.method === method)).then((req) => req.flush(body));
const t = (nl: string, en = nl) => ({ nl, en });

/** The harness signs in a coordinator; an analyst reads the figures and questions but keeps no questions. */
function signInAsAnalyst() {
  TestBed.inject(AuthService).session.set({
    user: { id: 'u2', email: 'analist@mvo-noord.test', name: 'Ans', locale: 'nl' },
    memberships: [{ id: 'm2', role: 'analyst', partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm2',
  } as never);
}

const ROW = (value: string | null, label: string, extra: object = {}) => ({
  value, label: t(label), groups: 1, closedGroups: 1, reached: 12, completed: 11, co2Organisations: 2, co2MeasuredKg: 16346, co2ReducedKg: 1500, invited: 12, answered: 10, responseRatePercent: 83.3, ...extra,
});
const DASHBOARD = {
  by: 'programmeLine',
  rows: [ROW('clean_energy', 'Schone energie'), ROW('sustainable_entrepreneurship', 'Duurzaam ondernemen', { reached: 30000, co2MeasuredKg: null, co2Organisations: 0 })],
  total: ROW(null, 'Heel het programma', { reached: 30012 }),
  items: [
    {
      key: 'good-instrument', text: t('Het traject is een goed instrument'), origin: 'core', frieslandPercent: 83,
      overall: { value: null, n: 27, agree: 14, sharePercent: 51.8, interval95: { lowPercent: 34, highPercent: 69.3 } },
      rows: [
        { value: 'clean_energy', n: 12, agree: 10, sharePercent: 83.3, interval95: { lowPercent: 55.2, highPercent: 95.3 } },
        { value: 'sustainable_entrepreneurship', n: 0, agree: 0, sharePercent: null, interval95: null },
      ],
    },
  ],
  source: {
    reach: t('Groepen en inschrijvingen'), co2: t('De nieuwste CO2-footprint'),
    evaluation: { runId: 'run-1', questionnaireId: 'evaluation.questionnaire.v1', questionnaireVersion: 1, pluginId: 'evaluation.programme', pluginVersion: '0.1.0', computedAt: '2026-11-20T10:00:00Z' },
    readAt: '2026-11-21T10:00:00Z',
  },
};

const cell = (value: string | null, n: number, agree: number, share: number | null, iv: [number, number] | null) => ({ value, n, agree, sharePercent: share, interval95: iv && { lowPercent: iv[0], highPercent: iv[1] } });
const RUN = (status: string) => ({
  id: 'run-1', status, error: null, computedAt: status === 'succeeded' ? '2026-11-20T10:00:00Z' : null,
  source: { questionnaireId: 'evaluation.questionnaire.v1', questionnaireVersion: 1, pluginId: 'evaluation.programme', pluginVersion: '0.1.0', surveys: 2, invited: 30, answered: 27, inputHash: 'h' },
  output: status !== 'succeeded' ? null : {
    invited: 30, answered: 27, ratePercent: 90,
    responseRates: { group: [{ value: 'Koplopergroep Assen', invited: 14, answered: 12, ratePercent: 85.7 }], programmeLine: [], step: [], municipality: [], year: [] },
    items: [
      {
        key: 'green-electricity', text: t('Ik ben overgestapt op groene stroom'), origin: 'core', frieslandPercent: 28, n: 27, agree: 14, sharePercent: 51.8, interval95: { lowPercent: 34, highPercent: 69.3 },
        by: { group: [cell('Koplopergroep Assen', 12, 10, 83.3, [55.2, 95.3])], programmeLine: [], step: [], municipality: [], year: [] },
        measured: { by: 'footprint.green-electricity', n: 20, yes: 9, sharePercent: 45, interval95: { lowPercent: 25.8, highPercent: 65.8 } },
      },
    ],
  },
});

describe('the programme figures pages', () => {
  it('the dashboard: reach, CO2 and response the Dutch way per programme line, the share agreeing with n and interval, the sources, and export links with the breakdown', async () => {
    const page = await openProgrammePage('/', { routes: evaluationRoutes(), auth: AuthService });
    await answer(page, '/api/evaluation/dashboard?by=programmeLine', DASHBOARD);
    await page.settle();
    const { el, text, type } = page;
    const clean = el.querySelector('[data-testid=dashboard-reach] tr[data-value=clean_energy]')!;
    expect(text(clean.querySelector('[data-testid=reached]'))).toBe('12');
    expect(text(clean.querySelector('[data-testid=response]'))).toBe('83,3% (10 van 12)');
    expect(text(clean)).toContain('16,3 t CO₂e (2 org.)');
    expect(text(el.querySelector('[data-testid=dashboard-reach] tr[data-value=total] [data-testid=reached]'))).toBe('30.012');
    expect(text(el.querySelector('[data-item=good-instrument] [data-testid=overall]'))).toBe('Heel het programma: 51,8% (n = 27) [34,0–69,3%]');
    expect(text(el.querySelector('[data-testid=evaluation-source]'))).toContain('evaluation.questionnaire.v1 (versie 1), evaluation.programme 0.1.0, n = 10');
    expect(el.querySelector('[data-testid=export-xlsx]')!.getAttribute('href')).toBe('/api/evaluation/dashboard/xlsx?by=programmeLine');
    await type('#dashboard-province', 'Drenthe');
    expect(el.querySelector('[data-testid=export-pdf]')!.getAttribute('href')).toBe('/api/evaluation/dashboard/pdf?by=programmeLine&province=Drenthe');
    // Choosing starts the next request; settling would wait for its answer.
    const by = el.querySelector('#dashboard-by') as HTMLSelectElement;
    by.value = 'year';
    by.dispatchEvent(new Event('change'));
    await answer(page, '/api/evaluation/dashboard?by=year', { ...DASHBOARD, by: 'year', rows: [ROW('2026', '2026')], items: [] });
    await page.settle();
    expect(el.querySelector('[data-testid=export-csv]')!.getAttribute('href')).toBe('/api/evaluation/dashboard/csv?by=year');
    expect(el.querySelector('[data-testid=dashboard-reach] tr[data-value="2026"]')).not.toBeNull();
  }, 30_000);

  it('the figures page opens the newest run: 51,8% with n and [55,2–95,3%] per group, the measured share beside it; computing again polls until done', async () => {
    const page = await openProgrammePage('/evaluatie', { routes: evaluationRoutes(), auth: AuthService });
    await answer(page, '/api/evaluation/dashboard?by=programmeLine', DASHBOARD);
    await answer(page, '/api/evaluation/figures/run-1', RUN('succeeded'));
    await page.settle();
    const { el, text, choose, click, requested, settle } = page;
    expect(text(el.querySelector('[data-testid=response]'))).toBe('Respons: 90,0% (27 van 30 uitgenodigden)');
    const overall = el.querySelector('[data-item=green-electricity] tr[data-value=overall]')!;
    expect(text(overall.querySelector('[data-testid=share]'))).toBe('51,8%');
    expect(text(overall.querySelector('[data-testid=n]'))).toBe('27');
    expect(text(overall.querySelector('[data-testid=interval]'))).toBe('[34,0–69,3%]');
    expect(text(el.querySelector('[data-item=green-electricity] [data-testid=measured]'))).toBe('Gemeten: 45,0% (n = 20, groene stroom in de CO2-footprint) [25,8–65,8%]');
    expect(text(el.querySelector('[data-testid=source]'))).toContain('plugin evaluation.programme 0.1.0, n = 27 van 30 uit 2 groep(en)');
    await choose('#figures-by', 'group');
    const group = el.querySelector('[data-item=green-electricity] tr[data-value="Koplopergroep Assen"]')!;
    expect([text(group.querySelector('[data-testid=share]')), text(group.querySelector('[data-testid=n]')), text(group.querySelector('[data-testid=interval]'))]).toEqual(['83,3%', '12', '[55,2–95,3%]']);
    expect(text(el.querySelector('[data-testid=response-rates] tr[data-value="Koplopergroep Assen"] td'))).toBe('85,7% (12 van 14)');

    await click('[data-testid=compute]');
    (await requested((r) => r.url === '/api/evaluation/figures' && r.method === 'POST')).flush(RUN('pending'));
    await settle();
    expect(el.querySelector('[data-testid=computing]')).not.toBeNull();
    (await patiently(() => requested((r) => r.url === '/api/evaluation/figures/run-1'))).flush(RUN('succeeded'));
    await settle();
    expect(el.querySelector('[data-testid=computing]')).toBeNull();
    expect(el.querySelector('[data-item=green-electricity]')).not.toBeNull();
  }, 30_000);

  it('the questions page: a coordinator adds a question; the API refusal shows at its field, nothing is cleared', async () => {
    const page = await openProgrammePage('/vragen', { routes: evaluationRoutes(), auth: AuthService, role: 'coordinator' });
    await answer(page, '/api/evaluation/questions', { items: [{ id: 'q1', key: 'partner.lunch', text: t('De lunch was goed', 'Lunch was good'), createdAt: '2026-11-01T10:00:00Z', retired: false }] });
    await page.settle();
    const { el, text, type, button, requested, settle } = page;
    expect(text(el.querySelector('[data-question="partner.lunch"]'))).toContain('De lunch was goed');
    await type('#question-key', 'Geen Sleutel');
    await type('#question-nl', 'De bijeenkomsten waren goed');
    await type('#question-en', 'The meetings were good');
    button('Vraag toevoegen').click();
    const post = await requested((r) => r.url === '/api/evaluation/questions' && r.method === 'POST');
    expect(post.request.body).toEqual({ key: 'Geen Sleutel', text: { nl: 'De bijeenkomsten waren goed', en: 'The meetings were good' } });
    const refusal = t('De sleutel bestaat uit kleine letters, cijfers en streepjes (hoogstens 50)', 'The key is lower-case letters, digits and dashes (at most 50)');
    post.flush({ status: 400, code: 'validation', params: {}, text: refusal, errors: [{ field: 'key', code: 'evaluation.key', text: refusal }] }, { status: 400, statusText: 'Bad Request' });
    await settle();
    expect(text(el.querySelector('[data-testid=key-error]'))).toBe(refusal.nl);
    expect((el.querySelector('#question-nl') as HTMLInputElement).value).toBe('De bijeenkomsten waren goed');
  }, 30_000);

  it('an analyst reads the questions but is offered no form', async () => {
    const page = await openProgrammePage('/vragen', { routes: evaluationRoutes(), auth: AuthService });
    signInAsAnalyst();
    await answer(page, '/api/evaluation/questions', { items: [] });
    await page.settle();
    expect(page.el.querySelector('[data-testid=question-new]')).toBeNull();
    expect(page.el.querySelector('[data-testid=read-only]')).not.toBeNull();
    expect(page.text(page.el.querySelector('[data-testid=no-questions]'))).toBe('Nog geen eigen vragen.');
  }, 30_000);
});
