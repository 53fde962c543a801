import { MASTERCLASS, MODULES } from '../../test/fixtures';
import { openPage, problem } from '../../test/harness';

async function openMasterclass(materials: unknown[] = []) {
  const page = await openPage('/groepen/mc1');
  (await page.requested((r) => r.url === '/api/masterclass/masterclasses/mc1')).flush(MASTERCLASS);
  (await page.requested((r) => r.url === '/api/masterclass/scans')).flush({ items: [{ id: 'scan1', municipalities: ['Assen', 'Emmen'], audience: 'sme', createdAt: '2026-03-02T09:30:00Z' }] });
  (await page.requested((r) => r.url === '/api/masterclass/modules')).flush({ items: MODULES });
  (await page.requested((r) => r.url === '/api/programme/staff-picker')).flush({ items: [{ userId: 'u-ada', name: 'Ada Veenstra', email: 'ada@mvo-noord.test', role: 'adviser' }] });
  (await page.requested((r) => r.url === '/api/programme/groups/mc1/materials')).flush({ items: materials });
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

  it('uploads a material as multipart to the group, lists it with its size, and shows a refused file in the materials section', async () => {
    const { el, button, requested, settle, text, toasts } = await openMasterclass();
    const section = el.querySelector('koers-masterclass-materials')!;
    expect(text(section.querySelector('[data-testid=materials-empty]'))).toBe('Nog geen materialen.');

    const input = section.querySelector<HTMLInputElement>('input[type=file]')!;
    const pick = async (file: File) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input.dispatchEvent(new Event('change'));
      await settle();
    };
    await pick(new File(['%PDF-1.7'], 'Workshop 1 - de R-ladder.pdf', { type: 'application/pdf' }));
    button('Uploaden').click();
    const upload = await requested((r) => r.method === 'POST' && r.url === '/api/programme/groups/mc1/materials');
    expect(upload.request.body).toBeInstanceOf(FormData);
    expect(((upload.request.body as FormData).get('file') as File).name).toBe('Workshop 1 - de R-ladder.pdf');
    upload.flush({ items: [{ id: 'f1', filename: 'Workshop 1 - de R-ladder.pdf', contentType: 'application/pdf', sizeBytes: 1_234_567, createdAt: '2026-03-10T15:00:00Z' }] }, { status: 201, statusText: 'Created' });
    await settle();
    expect(toasts).toEqual(['Workshop 1 - de R-ladder.pdf is toegevoegd.']);
    const item = section.querySelector('[data-material="Workshop 1 - de R-ladder.pdf"]')!;
    expect(item.querySelector('a')!.getAttribute('href')).toBe('/api/files/f1');
    expect(text(item.querySelector('[data-testid=material-size]'))).toBe('1,2 MB');
    expect(input.value).toBe('');

    await pick(new File(['MZ'], 'handout.pdf', { type: 'application/pdf' }));
    button('Uploaden').click();
    (await requested((r) => r.method === 'POST' && r.url === '/api/programme/groups/mc1/materials')).flush(
      ...problem(400, 'upload.content_mismatch', 'handout.pdf is geen PDF', 'handout.pdf is not a PDF', {}, [{ field: 'file', code: 'upload.content_mismatch', text: { nl: 'handout.pdf is geen PDF', en: 'handout.pdf is not a PDF' } }]),
    );
    await settle();
    const refusal = el.querySelector('[data-testid=material-error] [role=alert]')!;
    expect(text(refusal)).toBe('handout.pdf is geen PDF');
    expect(refusal.getAttribute('data-code')).toBe('upload.content_mismatch');
    expect(section.contains(refusal)).toBe(true);
    expect(text(el.querySelector('[data-testid=start-error]'))).toBe('');
    expect(text(el.querySelector('[data-testid=session-error]'))).toBe('');
    // The stored one is still listed.
    expect(section.querySelectorAll('[data-material]').length).toBe(1);
  });

  it('removes a material by the button that names it, without asking', async () => {
    const items = [
      { id: 'f1', filename: 'Workshop 1 - de R-ladder.pdf', contentType: 'application/pdf', sizeBytes: 482133, createdAt: '2026-03-10T15:00:00Z' },
      { id: 'f2', filename: 'Handout.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sizeBytes: 20_480, createdAt: '2026-03-10T15:00:00Z' },
    ];
    const { el, button, requested, settle, toasts } = await openMasterclass(items);
    button('Verwijderen Handout.docx').click();
    const req = await requested((r) => r.url === '/api/programme/groups/mc1/materials/f2');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });
    (await requested((r) => r.method === 'GET' && r.url === '/api/programme/groups/mc1/materials')).flush({ items: items.slice(0, 1) });
    await settle();
    expect(toasts).toEqual(['Handout.docx is verwijderd.']);
    expect([...el.querySelectorAll('koers-masterclass-materials [data-material]')].map((li) => li.getAttribute('data-material'))).toEqual(['Workshop 1 - de R-ladder.pdf']);
  });
});
