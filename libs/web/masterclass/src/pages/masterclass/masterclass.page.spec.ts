import { MASTERCLASS, MODULES } from '../../test/fixtures';
import { openPage, problem } from '../../test/harness';

async function openMasterclass() {
  const page = await openPage('/groepen/mc1');
  (await page.requested((r) => r.url === '/api/masterclass/masterclasses/mc1')).flush(MASTERCLASS);
  (await page.requested((r) => r.url === '/api/masterclass/scans')).flush({ items: [{ id: 'scan1', municipalities: ['Assen', 'Emmen'], audience: 'sme', createdAt: '2026-03-02T09:30:00Z' }] });
  (await page.requested((r) => r.url === '/api/masterclass/modules')).flush({ items: MODULES });
  (await page.requested((r) => r.url === '/api/programme/staff-picker')).flush({ items: [{ userId: 'u-ada', name: 'Ada Veenstra', email: 'ada@mvo-noord.test', role: 'adviser' }] });
  await page.navigation;
  await page.settle();
  return page;
}

describe('a masterclass', () => {
  it('shows the refusal to start next to the start button, naming the count', async () => {
    const { el, button, requested, settle, text } = await openMasterclass();
    expect(text(el.querySelector('[data-testid=masterclass-status]'))).toBe('In voorbereiding');
    button('Masterclass starten').click();
    const req = await requested((r) => r.url === '/api/programme/groups/mc1/start');
    req.flush(...problem(409, 'group.too_few', 'Een masterclass telt 5 tot 10 deelnemers; nu 4', 'A masterclass has 5 to 10 participants; now 4', { min: 5, max: 10, count: 4 }));
    await settle();
    const refusal = el.querySelector('[data-testid=start-error] [role=alert]')!;
    expect(text(refusal)).toBe('Een masterclass telt 5 tot 10 deelnemers; nu 4');
    expect(refusal.getAttribute('data-code')).toBe('group.too_few');
    expect(text(el.querySelector('[data-testid=enrol-error]'))).toBe('');
  });

  it('adds a candidate of a saved scan by its key, and saves the modules of a workshop', async () => {
    const { el, requested, settle, click, button } = await openMasterclass();
    const select = el.querySelector<HTMLSelectElement>('#candidate-scan')!;
    select.value = 'scan1';
    select.dispatchEvent(new Event('change'));
    (await requested((r) => r.url === '/api/masterclass/scans/scan1')).flush({
      id: 'scan1',
      municipalities: ['Assen', 'Emmen'],
      audience: 'sme',
      createdAt: '2026-03-02T09:30:00Z',
      sectors: [],
      candidates: [
        { key: 'organisation:o-e1', name: 'Bakkerij De Vries', kvkNumber: null, sbiCode: '10.71', municipality: 'Assen', sizeClass: 'small', employees: 12, source: 'participant', score: 50, reasons: [] },
        { key: 'imported:i-9', name: 'Metaal Emmen', kvkNumber: '12345678', sbiCode: '25.62', municipality: 'Emmen', sizeClass: 'small', employees: 20, source: 'imported', score: 40, reasons: [] },
      ],
    });
    await settle();
    // Who takes part already is not offered again.
    expect([...el.querySelectorAll('[data-testid=scan-candidates] li')].map((li) => li.getAttribute('data-candidate'))).toEqual(['Metaal Emmen']);
    el.querySelector<HTMLButtonElement>('[data-candidate="Metaal Emmen"] button')!.click();
    const add = await requested((r) => r.url === '/api/masterclass/masterclasses/mc1/candidates');
    expect(add.request.body).toEqual({ key: 'imported:i-9' });
    add.flush(MASTERCLASS);
    (await requested((r) => r.url === '/api/masterclass/masterclasses/mc1')).flush(MASTERCLASS);
    await settle();

    // The SME masterclass is offered the modules for SMEs only; the stored one is ticked.
    const boxes = [...el.querySelectorAll<HTMLInputElement>('[data-session-modules="Workshop 1"] input[type=checkbox]')];
    expect(boxes.map((b) => [b.getAttribute('data-module'), b.checked])).toEqual([['basics', true], ['r_ladder', false]]);
    await click('[data-session-modules="Workshop 1"] input[data-module=r_ladder]');
    button('Modules opslaan Workshop 1').click();
    const modules = await requested((r) => r.url === '/api/masterclass/sessions/s1/modules');
    expect(modules.request.method).toBe('PUT');
    expect(modules.request.body).toEqual({ moduleIds: ['basics', 'r_ladder'] });
  });

  it('adds an entrepreneur of a participating company as a speaker', async () => {
    const { choose, type, el, requested } = await openMasterclass();
    await choose('#entrepreneur-organisation', 'o-e2');
    await type('#entrepreneur-name', 'Jan Kwekers');
    await type('#entrepreneur-contribution', 'Retourlogistiek van potten');
    el.querySelector<HTMLButtonElement>('[data-testid=entrepreneur-speaker] button[type=submit]')!.click();
    const req = await requested((r) => r.url === '/api/programme/groups/mc1/staff');
    expect(req.request.body).toEqual({ role: 'speaker', externalName: 'Jan Kwekers', organisationId: 'o-e2', contribution: 'Retourlogistiek van potten' });
  });
});
