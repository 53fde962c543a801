import { AuthService } from '@koers/web-auth';
import { openProgrammePage } from '@koers/web-programme/testing';
import { journeyRoutes } from '../routes';

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

const JOURNEY = {
  organisation: { id: 'o-1', name: 'Bakkerij De Vries', kvkNumber: '12345678', municipality: 'Assen', region: 'Drenthe', sizeClass: 'small' },
  stage: { stage: 'taking_part', changedAt: null, changedBy: null, derived: true },
  steps: [
    {
      enrolmentId: 'e1', partnerId: 'pa', partnerName: 'MVO Alliantie Noord-Nederland', step: 'koploper', stepName: { nl: 'Koplopertraject', en: 'Koploper track' }, groupId: 'g1', groupName: 'Cohort Assen 2026',
      phase: 'plan', phaseLabel: { nl: 'Actieplan', en: 'Action plan' }, joinedAt: '2026-02-01', phaseReachedAt: '2026-03-01', closedAt: null, withdrawn: false, own: true,
    },
  ],
  parts: [
    { part: 'profile_footprint', label: { nl: 'Duurzaamheidsprofiel en CO2-footprint', en: 'Sustainability profile and CO2 footprint' }, available: true, holders: [{ partnerId: 'pa', partnerName: 'MVO Alliantie Noord-Nederland' }] },
    { part: 'action_plan', label: { nl: 'Actieplan', en: 'Action plan' }, available: true, holders: [{ partnerId: 'pa', partnerName: 'MVO Alliantie Noord-Nederland' }] },
    { part: 'certificate', label: { nl: 'MVO-certificaat', en: 'CSR certificate' }, available: false, holders: [] },
  ],
  timeline: [{ at: '2026-03-01T10:00:00Z', kind: 'footprint', partnerName: 'MVO Alliantie Noord-Nederland', title: { nl: 'CO2-footprint 2025: 48.210 kg CO2e (emissiefactoren CO2emissiefactoren.nl 2025)', en: 'CO2 footprint 2025' } }],
  leads: [],
  financing: [],
  suggestion: null,
  reader: { partnerId: 'pa', partnerName: 'MVO Alliantie Noord-Nederland', own: true },
};

const notFound = { status: 404, statusText: 'Not Found' };
const problem404 = { code: 'not_found', params: {}, text: { nl: 'Niet gevonden', en: 'Not found' } };

describe('the journey pages', () => {
  it("shows a company's journey and a part's content, and 'not shared' where the part answers 404", async () => {
    const page = await openProgrammePage('/bedrijven/o-1', { routes: journeyRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-1'))).flush(JOURNEY);
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-1/follow-ups'))).flush({ items: [] });
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-1/student-assignments'))).flush({ items: [] });
    await page.navigation;
    await page.settle();
    const { el, text, requested, settle } = page;
    expect(text(el.querySelector('[data-testid=journey-organisation]'))).toBe('Bakkerij De Vries');
    expect(text(el.querySelector('[data-testid=journey-stage]'))).toContain('Doet mee');
    expect(text(el.querySelector('[data-testid=journey-steps] tbody'))).toContain('Cohort Assen 2026');
    expect(text(el.querySelector('[data-testid=journey-timeline]'))).toContain('48.210 kg CO2e (emissiefactoren CO2emissiefactoren.nl 2025)');

    expect(text(el.querySelector('[data-part=certificate] [data-testid=not-shared]'))).toBe('Niet gedeeld met uw organisatie');
    expect(el.querySelector('[data-part=action_plan] [data-testid=not-shared]')).toBeNull();
    (el.querySelector('[data-part=action_plan] button') as HTMLButtonElement).click();
    (await patiently(() => requested((r) => r.url === '/api/journey/organisations/o-1/parts/action_plan'))).flush(problem404, notFound);
    await settle();
    expect(text(el.querySelector('[data-part=action_plan] [data-testid=not-shared]'))).toBe('Niet gedeeld met uw organisatie');

    (el.querySelector('[data-part=profile_footprint] button') as HTMLButtonElement).click();
    (await patiently(() => requested((r) => r.url === '/api/journey/organisations/o-1/parts/profile_footprint'))).flush({
      part: 'profile_footprint',
      label: JOURNEY.parts[0].label,
      sources: [
        {
          partnerId: 'pa',
          partnerName: 'MVO Alliantie Noord-Nederland',
          profiles: [
            {
              version: 2, year: 2025, publishedAt: '2026-03-04T10:00:00Z',
              content: {
                adviserName: 'Anne Adviseur',
                footprint: { totalKgCO2e: 48210.4, scopes: { scope1: 20110.6, scope2MarketBased: 25000, scope2LocationBased: 26100, scope3: 3099.8 }, themes: { energy: 45110, mobility: 3100.4, waste: 0, water: 0, materials: 0 }, factorSet: { id: 'co2emissiefactoren-nl-2025', title: 'CO2emissiefactoren.nl 2025' } },
                goingWell: [{ kind: 'footprint-theme', id: 'water', value: 0, text: { nl: 'Water: geen uitstoot', en: 'Water: no emissions' } }],
                canImprove: [],
                recommendations: [{ rank: 1, title: { nl: 'Ovens op groene stroom', en: 'Ovens on green power' } }],
              },
            },
          ],
          results: [{ year: 2025, pluginId: 'footprint.ghg', referenceSet: 'CO2emissiefactoren.nl', referenceVersion: '2025', output: { totalKgCO2e: 48210.4 } }],
        },
      ],
    });
    await settle();
    const content = text(el.querySelector('[data-part=profile_footprint]'));
    expect(content).toContain('Bron: MVO Alliantie Noord-Nederland');
    expect(content).toContain('CO2emissiefactoren.nl');
    expect(content).toContain('CO2-footprint 2025: 48.210 kg CO2e (emissiefactoren CO2emissiefactoren.nl 2025)');
    // The profile as a person reads it: its version, the footprint per scope the Dutch way with its factor set, and its advice; no field codes.
    expect(content).toContain('Duurzaamheidsprofiel 2025 (versie 2, gepubliceerd 4 maart 2026)');
    const part = el.querySelector('[data-part=profile_footprint]')!;
    const field = (label: string) => text([...part.querySelectorAll('dt')].find((dt) => text(dt) === label)?.nextElementSibling ?? null);
    const listUnder = (heading: string) => [...part.querySelectorAll('h4')].find((h) => text(h) === heading)?.nextElementSibling;
    expect(field('Scope 1')).toBe('20.111 kg CO2e');
    expect(field('Emissiefactoren')).toBe('CO2emissiefactoren.nl 2025');
    expect(text(listUnder('Wat goed gaat') ?? null)).toBe('Water: geen uitstoot');
    expect(text(listUnder('Aanbevolen maatregelen') ?? null)).toBe('Ovens op groene stroom');
    expect(content).not.toContain('Afval');
    expect(content).not.toContain('totalKgCO2e');
    expect(el.querySelector('[data-part=profile_footprint] [data-testid=not-shared]')).toBeNull();
  });

  it("says 'Niet gevonden' when the whole journey answers 404", async () => {
    const page = await openProgrammePage('/bedrijven/o-x', { routes: journeyRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-x'))).flush(problem404, notFound);
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-x/follow-ups'))).flush(problem404, notFound);
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-x/student-assignments'))).flush(problem404, notFound);
    await page.settle();
    expect(page.text(page.el.querySelector('h1'))).toBe('Niet gevonden');
    expect(page.el.querySelector('[data-testid=journey-not-found]')).not.toBeNull();
  });

  it('lets the company tick the parts a partner may see, withdraw them all, and shows who read its data', async () => {
    const page = await openProgrammePage('/toestemming', { routes: journeyRoutes(), auth: AuthService, role: 'participant' });
    (await patiently(() => page.requested((r) => r.url === '/api/journey/partners'))).flush([
      { id: 'pg', slug: 'groningen-duurzaam', name: 'Koploperproject Groningen' },
      { id: 'pa', slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' },
    ]);
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-1/consents'))).flush({
      holders: [{ partner: { id: 'pg', slug: 'groningen-duurzaam', name: 'Koploperproject Groningen' }, parts: [{ part: 'profile_footprint', label: JOURNEY.parts[0].label, grantedAt: '2026-03-01T09:00:00Z', grantedBy: 'Petra' }] }],
      history: [{ partnerName: 'Koploperproject Groningen', part: 'action_plan', grantedAt: '2026-02-01T09:00:00Z', revokedAt: '2026-02-20T09:00:00Z' }],
    });
    (await patiently(() => page.requested((r) => r.url === '/api/journey/organisations/o-1/access-log'))).flush({
      entries: [{ readAt: '2026-03-02T13:05:00Z', readerPartnerName: 'Koploperproject Groningen', readerName: 'Gea Beheer', part: 'profile_footprint', partLabel: JOURNEY.parts[0].label, ownerPartnerName: 'MVO Alliantie Noord-Nederland' }],
    });
    await page.navigation;
    await page.settle();
    const { el, text, requested, settle, toasts, click } = page;
    const box = (part: string) => el.querySelector<HTMLInputElement>(`#consent-groningen-duurzaam-${part}`)!;
    expect(box('profile_footprint').checked).toBe(true);
    expect(box('action_plan').checked).toBe(false);
    expect(text(el.querySelector(`label[for="consent-groningen-duurzaam-profile_footprint"]`))).toBe('Duurzaamheidsprofiel en CO2-footprint');
    const log = text(el.querySelector('[data-testid=access-log]'));
    expect(log).toContain('Gea Beheer');
    expect(log).toContain('2 maart 2026 om 14:05');

    await click('#consent-groningen-duurzaam-certificate');
    const group = el.querySelector('[data-partner=groningen-duurzaam]')!;
    [...group.querySelectorAll('button')].find((b) => text(b) === 'Opslaan')!.click();
    const put = await patiently(() => requested((r) => r.method === 'PUT' && r.url === '/api/journey/organisations/o-1/consents/groningen-duurzaam'));
    expect(put.request.body).toEqual({ parts: ['profile_footprint', 'certificate'] });
    put.flush({ holders: [], history: [] });
    (await patiently(() => requested((r) => r.url === '/api/journey/organisations/o-1/access-log'))).flush({ entries: [] });
    await settle();
    expect(toasts).toEqual(['De toestemming voor Koploperproject Groningen is opgeslagen.']);

    [...group.querySelectorAll('button')].find((b) => text(b) === 'Alles intrekken')!.click();
    const del = await patiently(() => requested((r) => r.method === 'DELETE' && r.url === '/api/journey/organisations/o-1/consents/groningen-duurzaam'));
    del.flush(null, { status: 204, statusText: 'No Content' });
    (await patiently(() => requested((r) => r.url === '/api/journey/organisations/o-1/access-log'))).flush({ entries: [] });
    (await patiently(() => requested((r) => r.url === '/api/journey/organisations/o-1/consents'))).flush({ holders: [], history: [] });
    await settle();
    expect(box('profile_footprint').checked).toBe(false);
    expect(toasts[1]).toBe('Alle toestemming voor Koploperproject Groningen is ingetrokken.');
  });

  it('records a follow-up call with outcome, help and next contact, and shows the server field error next to the field', async () => {
    const task = {
      id: 't1', organisation: { id: 'o-1', name: 'Bakkerij De Vries' }, group: { id: 'g1', name: 'Cohort Assen 2026', step: 'koploper' }, dueOn: '2026-03-01', state: 'overdue', daysOverdue: 3,
      outcome: null, helpNeeded: [], note: null, nextContactOn: null, recordedAt: null, recordedBy: null, previousTaskId: null, contact: { name: 'Petra de Vries', email: 'deelnemer@bakkerij-devries.test' },
    };
    const page = await openProgrammePage('/opvolging', { routes: journeyRoutes(), auth: AuthService });
    const worklist = (state: string) => (r: { url: string; params: { get(k: string): string | null } }) => r.url === '/api/journey/follow-ups' && r.params.get('state') === state;
    (await patiently(() => page.requested(worklist('due')))).flush({ items: [task], counts: { due: 0, overdue: 1, planned: 0, done: 0 } });
    // Every task, for the groups a feedback session can be planned for.
    (await patiently(() => page.requested(worklist('all')))).flush({ items: [task, { ...task, id: 't0', group: { id: 'g0', name: 'Cohort Emmen 2025', step: 'koploper' } }], counts: { due: 0, overdue: 1, planned: 0, done: 1 } });
    (await patiently(() => page.requested((r) => r.url === '/api/journey/follow-up/settings'))).flush({ weeks: 6, default: 6 });
    await page.navigation;
    await page.settle();
    const { el, text, requested, settle, toasts, click, type, button } = page;
    const row = el.querySelector('[data-task-id=t1]')!;
    expect(text(row)).toContain('te laat, 3 dagen');
    expect(text(row)).toContain('Petra de Vries');
    expect(el.querySelector<HTMLInputElement>('#follow-up-weeks')!.value).toBe('6');
    expect([...el.querySelectorAll('#feedback-group option')].map((o) => text(o))).toEqual(['—', 'Cohort Assen 2026', 'Cohort Emmen 2025']);

    button('Gesprek vastleggen').click();
    await settle();
    expect(text(el.querySelector('label[for=outcome-in_drawer]'))).toBe('Plannen in de la');
    await click('#outcome-picked_up');
    await click('#help-financing');
    await type('#call-note', 'Zonnepanelen besteld');
    await type('#call-next', '2026-01-01');
    button('Opslaan').click();
    const bad = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/journey/follow-ups/t1/call'));
    expect(bad.request.body).toEqual({ outcome: 'picked_up', helpNeeded: ['financing'], note: 'Zonnepanelen besteld', nextContactOn: '2026-01-01' });
    bad.flush(
      { code: 'bad_input', params: {}, text: { nl: 'Controleer de invoer.', en: 'Check the input.' }, errors: [{ field: 'nextContactOn', code: 'after_today', text: { nl: 'Kies een datum na vandaag.', en: 'Pick a date after today.' } }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('[data-testid=next-error]'))).toBe('Kies een datum na vandaag.');
    expect(el.querySelector<HTMLTextAreaElement>('#call-note')!.value).toBe('Zonnepanelen besteld');

    await type('#call-next', '2026-06-01');
    button('Opslaan').click();
    const ok = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/journey/follow-ups/t1/call'));
    ok.flush({ task: { ...task, state: 'done', outcome: 'picked_up' }, next: { ...task, id: 't2', state: 'planned', dueOn: '2026-06-01', daysOverdue: null } });
    (await patiently(() => requested(worklist('due')))).flush({ items: [], counts: { due: 0, overdue: 0, planned: 1, done: 1 } });
    await settle();
    expect(toasts).toEqual(['Het gesprek met Bakkerij De Vries is vastgelegd.']);
    expect(text(el.querySelector('[data-testid=next-task]'))).toBe('Volgende belafspraak: 1 juni 2026.');
    expect(text(el.querySelector('[data-testid=last-call]'))).toContain('Uitkomst: Plannen opgepakt.');
  });

  it('adds a student (the period refused at its field, what was typed kept), links one to a company and records the result', async () => {
    const student = { id: 's1', name: 'Sanne Bakker', email: null, institution: 'Hanzehogeschool Groningen', studyProgramme: 'Bedrijfskunde', periodStart: '2027-02-01', periodEnd: '2027-06-30', assignments: [
      { id: 'a1', studentId: 's1', studentName: 'Sanne Bakker', institution: 'Hanzehogeschool Groningen', studyProgramme: 'Bedrijfskunde', periodStart: '2027-02-01', periodEnd: '2027-06-30', organisationId: 'o-1', organisationName: 'Bakkerij De Vries', task: 'Plan voor restwarmte', status: 'active', result: '' },
    ] };
    const page = await openProgrammePage('/studenten', { routes: journeyRoutes(), auth: AuthService });
    (await patiently(() => page.requested((r) => r.url === '/api/journey/students'))).flush({ items: [student] });
    (await patiently(() => page.requested((r) => r.url === '/api/organisations'))).flush({ items: [{ id: 'o-1', name: 'Bakkerij De Vries', municipality: 'Assen' }], total: 1, page: 1, pageSize: 100 });
    await page.navigation;
    await page.settle();
    const { el, text, requested, settle, toasts, type, choose, button } = page;
    expect(text(el.querySelector('[data-student=s1]'))).toContain('1 februari 2027 – 30 juni 2027');
    expect(text(el.querySelector('[data-assignment=a1]'))).toContain('Bakkerij De Vries');

    await type('#student-name', 'Joris Mulder');
    await type('#student-email', 'Joris@Student.nl');
    await type('#student-institution', 'Noorderpoort');
    await type('#student-studyProgramme', 'Milieukunde');
    await type('#student-periodStart', '2027-03-01');
    await type('#student-periodEnd', '2027-02-01');
    button('Student toevoegen').click();
    const bad = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/journey/students'));
    expect(bad.request.body).toEqual({ name: 'Joris Mulder', email: 'Joris@Student.nl', institution: 'Noorderpoort', studyProgramme: 'Milieukunde', periodStart: '2027-03-01', periodEnd: '2027-02-01' });
    bad.flush(
      { code: 'bad_input', params: {}, text: { nl: 'Controleer de invoer.', en: 'Check the input.' }, errors: [{ field: 'periodEnd', code: 'student.period', text: { nl: 'Het einde ligt voor het begin.', en: 'The end is before the start.' } }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('#student-periodEnd')!.parentElement!.querySelector('.koers-field-error'))).toBe('Het einde ligt voor het begin.');
    expect(el.querySelector<HTMLInputElement>('#student-name')!.value).toBe('Joris Mulder');

    await choose('#assign-student', 's1');
    await choose('#assign-organisation', 'o-1');
    await type('#assign-task', 'Inzameling van verpakkingen');
    button('Koppelen').click();
    const link = await patiently(() => requested((r) => r.method === 'POST' && r.url === '/api/journey/students/s1/assignments'));
    expect(link.request.body).toEqual({ organisationId: 'o-1', task: 'Inzameling van verpakkingen' });
    link.flush({ ...student.assignments[0], id: 'a2' });
    (await patiently(() => requested((r) => r.url === '/api/journey/students'))).flush({ items: [student] });
    await settle();
    expect(toasts).toEqual(['De student is aan het bedrijf gekoppeld.']);

    await choose('#status-a1', 'done');
    await type('#result-a1', 'Restwarmte van de ovens verwarmt nu de winkel');
    button('Opdracht bijwerken').click();
    const upd = await patiently(() => requested((r) => r.method === 'PATCH' && r.url === '/api/journey/student-assignments/a1'));
    expect(upd.request.body).toEqual({ status: 'done', result: 'Restwarmte van de ovens verwarmt nu de winkel' });
  });
});
