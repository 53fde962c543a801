import { MASTERCLASS, participant } from '../../test/fixtures';
import { openPage } from '../../test/harness';

/** As a participant sees it: only its own row, the others by name. */
const RUNNING = {
  ...MASTERCLASS,
  status: 'running' as const,
  participants: [participant('e1', 'Bakkerij De Vries', 'workshops')],
  fellowParticipants: MASTERCLASS.fellowParticipants.slice(0, 3),
};

async function openOutcome(materials: unknown[] = []) {
  const page = await openPage('/groepen/mc1/deelnemers/e1', 'participant');
  (await page.requested((r) => r.url === '/api/masterclass/masterclasses/mc1')).flush(RUNNING);
  (await page.requested((r) => r.url === '/api/programme/groups/mc1/materials')).flush({ items: materials });
  await page.navigation;
  await page.settle();
  return page;
}

describe('the outcome form', () => {
  it('sends the intake as entered, and says what is missing first', async () => {
    const { el, button, type, choose, requested, settle, text, toasts } = await openOutcome();
    expect(text(el.querySelector('h1'))).toBe('Bakkerij De Vries');
    button('Intake opslaan').click();
    await settle();
    expect(text(el.querySelector('#intake-ambition-error'))).toBe('Beschrijf uw ambitie.');
    expect(text(el.querySelector('#intake-rladder-error'))).toBe('Kies een stap op de R-ladder.');

    await type('#intake-ambition', 'Brood zonder verspilling: restbrood wordt bier.');
    await choose('#intake-rladder', 'R2');
    await type('#intake-hopes', 'Partners voor restbrood');
    button('Intake opslaan').click();
    const req = await requested((r) => r.url === '/api/masterclass/enrolments/e1/intake');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ ambition: 'Brood zonder verspilling: restbrood wordt bier.', rLadder: 'R2', hopes: 'Partners voor restbrood' });
    req.flush({ enrolmentId: 'e1', intake: req.request.body, fields: [], chainPartners: [], opportunities: [], updatedAt: '2026-03-12T10:00:00Z' });
    (await requested((r) => r.url === '/api/masterclass/masterclasses/mc1')).flush(RUNNING);
    await settle();
    expect(toasts).toEqual(['De intake is opgeslagen.']);
  });

  it('sends the innovation fields with their notes, the chain partners and an opportunity shared with others', async () => {
    const { el, button, type, click, requested, settle, text } = await openOutcome();
    await click('[data-field=material-choice] input[type=checkbox]');
    await type('#field-note-material-choice', 'Biobased verpakking');
    await click('[data-field=return-logistics] input[type=checkbox]');
    // Partners: another participant (by name: a participant does not see its organisation), and one from outside.
    const partner = [...el.querySelectorAll<HTMLLabelElement>('[data-testid=outcome] label')].find((l) => text(l) === 'Kwekerij Emmen')!;
    partner.querySelector('input')!.click();
    await settle();
    await type('#outcome-other-names', 'Brouwerij Drenthe');

    button('Kans toevoegen').click();
    await settle();
    button('Uitkomst opslaan').click();
    await settle();
    expect(text(el.querySelector('#opportunity-title-0-error'))).toBe('Omschrijf de kans.');
    expect(text(el.querySelector('#opportunity-with-0-error'))).toBe('Kies minstens één andere deelnemer.');
    await type('#opportunity-title-0', 'Restbrood als grondstof');
    const withBox = [...el.querySelectorAll<HTMLLabelElement>('[data-opportunity="1"] label')].find((l) => text(l) === 'Houtbouw Noord')!;
    withBox.querySelector('input')!.click();
    await settle();
    button('Uitkomst opslaan').click();
    const req = await requested((r) => r.url === '/api/masterclass/enrolments/e1/outcome');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      fields: [{ fieldId: 'material-choice', note: 'Biobased verpakking' }, { fieldId: 'return-logistics' }],
      chainPartners: [{ name: 'Kwekerij Emmen' }, { name: 'Brouwerij Drenthe' }],
      opportunities: [{ title: 'Restbrood als grondstof', withEnrolmentIds: ['e3'] }],
    });
  });
});

describe('the materials, for a participant', () => {
  it('lists the masterclass materials to download, with nothing to upload or remove', async () => {
    const { el, text } = await openOutcome([{ id: 'f1', filename: 'Workshop 1 - de R-ladder.pdf', contentType: 'application/pdf', sizeBytes: 482133, createdAt: '2026-03-10T15:00:00Z' }]);
    const section = el.querySelector('koers-masterclass-materials')!;
    const link = section.querySelector<HTMLAnchorElement>('[data-material="Workshop 1 - de R-ladder.pdf"] a')!;
    expect(link.getAttribute('href')).toBe('/api/files/f1');
    expect(text(section.querySelector('[data-testid=material-size]'))).toBe('482 kB');
    expect(section.querySelector('input[type=file]')).toBeNull();
    expect(section.querySelectorAll('button').length).toBe(0);
  });
});
