import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ParticipantTrack, SessionView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n } from '@koers/web-ui';
import { koploperRoutes } from '../../routes';

const TRACK: ParticipantTrack = {
  participant: { id: 'p1', organisationId: 'o1', organisationName: 'Bakkerij De Vries', phase: 'baseline', phaseReachedAt: '2026-02-01T10:00:00Z', joinedAt: '2026-01-15T10:00:00Z', adviserUserId: 'u1', adviserName: 'Ada Veenstra', plannedBy: '2026-04-15', late: true, nextPhases: ['profile', 'withdrawn'], role: 'participant' },
  cohort: { id: 'c1', name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15', status: 'running' },
  organisation: { id: 'o1', name: 'Bakkerij De Vries', kvkNumber: '40012345', sbiCode: '10.71', municipality: 'Assen', sizeClass: 'small' },
  baseline: null,
  profiles: [],
  actionPlan: { vision: '', visionUpdatedAt: null, energySavingDuty: null, items: [], progress: { total: 0, done: 0, inProgress: 0, expectedKgCO2e: 0, expectedCostEur: 0 } },
  communication: null,
  csrCertificate: null,
  participationCertificate: { available: false },
  nextPhase: { phase: 'profile', items: [{ code: 'koploper.baseline_reviewed', text: { nl: 'de nulmeting is beoordeeld door de adviseur', en: 'the baseline is reviewed by the adviser' }, done: false }] },
  phaseOverrides: [],
};

/** The track's cohort: Ada Veenstra its adviser; a talk at the bakery planned. */
const COHORT = {
  id: 'c1', name: 'Koplopergroep Assen', municipality: 'Assen', status: 'running', participants: [], invitations: [],
  staff: [{ id: 's1', userId: 'u1', name: 'Ada Veenstra', email: 'ada@mvo-noord.test', role: 'adviser', trainee: false, mentorUserId: null, mentorName: null, contribution: '', organisation: null, organisationId: null }],
  sessions: [
    { id: 'v1', groupId: 'c1', kind: 'company_visit', title: 'Gesprek op locatie', startsAt: '2026-04-14T08:00:00Z', endsAt: '2026-04-14T09:30:00Z', location: 'Bakkerij De Vries, Assen', agenda: 'Bespreken uitkomst nulmeting', participantId: 'p1', organisationName: 'Bakkerij De Vries', attendance: [], items: [] },
    { id: 'v2', groupId: 'c1', kind: 'kickoff', title: 'Startbijeenkomst', startsAt: '2026-02-03T14:00:00Z', endsAt: null, location: 'Gemeentehuis', agenda: '', participantId: null, organisationName: null, attendance: [], items: [] },
  ],
};

async function open(role: 'adviser' | 'participant' | 'coordinator', track: ParticipantTrack = TRACK) {
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(koploperRoutes(), withComponentInputBinding())],
  });
  TestBed.inject(AuthService).session.set({
    user: { id: 'u1', email: 'x@koers.test', name: 'X', locale: 'nl' },
    memberships: [{ id: 'm1', role, partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm1',
  } as SessionView);
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/deelnemers/p1');
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  // The page stays busy until its request is answered: wait for the request, not for stability.
  let asked = http.match('/api/koploper/participants/p1');
  for (let i = 0; i < 50 && !asked.length; i++) {
    await new Promise((r) => setTimeout(r, 10));
    asked = http.match('/api/koploper/participants/p1');
  }
  expect(asked.length).toBe(1);
  asked[0].flush(track);
  // The page reads the cohort too (staff for the coordinator's adviser choice, the talks at the company); busy until answered.
  let cohort = http.match((r) => r.url === '/api/koploper/cohorts/c1');
  for (let i = 0; i < 50 && !cohort.length; i++) {
    await new Promise((r) => setTimeout(r, 10));
    cohort = http.match((r) => r.url === '/api/koploper/cohorts/c1');
  }
  cohort.forEach((r) => r.flush(COHORT));
  await settle();
  // The shared components' texts (scope `programme`) arrive once they are on screen.
  await settle();
  const el: HTMLElement = harness.fixture.nativeElement;
  return { http, el, settle };
}

describe('a participant track', () => {
  beforeEach(() => localStorage.clear());

  it("shows the talk at the company (only this company's) and gives the adviser the form with the company and the agenda filled in", async () => {
    const { el } = await open('adviser');
    const section = el.querySelector('section[aria-labelledby=visit-title]')!;
    const cards = [...section.querySelectorAll('article')];
    expect(cards.map((c) => c.querySelector('h3')!.textContent!.trim())).toEqual(['Gesprek op locatie']);
    expect(cards[0].querySelector('[data-testid=session-when]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('14 april 2026 om 10:00 – 11:30 · Bakkerij De Vries, Assen');
    expect(section.querySelector<HTMLInputElement>('input[id$=-location]')!.value).toBe('Bakkerij De Vries, Assen');
    expect(section.querySelector<HTMLTextAreaElement>('textarea')!.value).toBe('Bespreken uitkomst nulmeting');
  });

  it('shows the participant its talk at the company, without the form', async () => {
    const { el } = await open('participant');
    const own = el.querySelector('section[aria-labelledby=visit-title]')!;
    expect(own.textContent).toContain('Uw adviseur bespreekt de uitkomsten van de nulmeting met u, op locatie bij uw bedrijf.');
    expect(own.querySelectorAll('article')).toHaveLength(1);
    expect(own.querySelector('form')).toBeNull();
  });

  it('marks the company late and offers the adviser the next phase', async () => {
    const { el } = await open('adviser');
    expect(el.querySelector('h1')!.textContent).toBe('Bakkerij De Vries');
    expect(el.querySelector('[data-testid=phase]')!.textContent).toContain('Te laat');
    expect([...el.querySelectorAll('[aria-labelledby=phase-title] button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Naar fase: Duurzaamheidsprofiel',
      'Naar fase: Teruggetrokken',
    ]);
  });

  it('lists what the next phase still needs; the adviser cannot move on while it is missing (withdrawing stays possible)', async () => {
    const { el } = await open('adviser');
    const checklist = el.querySelector('[data-testid=phase-checklist]')!;
    expect(checklist.textContent).toContain('Nodig voor Duurzaamheidsprofiel');
    expect(checklist.querySelector('[data-guard="koploper.baseline_reviewed"]')!.textContent).toContain('de nulmeting is beoordeeld door de adviseur');
    expect(checklist.querySelector('[data-guard="koploper.baseline_reviewed"]')!.textContent).toContain('nog niet klaar');
    const next = el.querySelector<HTMLButtonElement>('[aria-labelledby=phase-title] button[data-phase=profile]')!;
    expect(next.disabled).toBe(true);
    expect(next.getAttribute('aria-describedby')).toBe('phase-checklist');
    expect(el.querySelector<HTMLButtonElement>('[aria-labelledby=phase-title] button[data-phase=withdrawn]')!.disabled).toBe(false);
    expect(el.querySelector('[data-testid=phase-blocked]')!.textContent).toContain('De coördinator kan de deelnemer toch doorzetten, met een reden.');
    expect(el.querySelector('[data-testid=phase-override]')).toBeNull();
  });

  it('enables the move once the work is done', async () => {
    const { el } = await open('adviser', { ...TRACK, nextPhase: { phase: 'profile', items: [{ ...TRACK.nextPhase!.items[0], done: true }] } });
    expect(el.querySelector<HTMLButtonElement>('[aria-labelledby=phase-title] button[data-phase=profile]')!.disabled).toBe(false);
    expect(el.querySelector('[data-guard="koploper.baseline_reviewed"]')!.textContent).toContain('(klaar)');
    expect(el.querySelector('[data-testid=phase-blocked]')).toBeNull();
  });

  it('lets the coordinator move on anyway, only with a reason', async () => {
    const { el, http, settle } = await open('coordinator');
    const form = el.querySelector<HTMLFormElement>('[data-testid=phase-override]')!;
    expect(form.querySelector('button')!.textContent!.trim()).toBe('Toch doorzetten naar Duurzaamheidsprofiel');
    form.dispatchEvent(new Event('submit'));
    await settle();
    expect(el.querySelector('#override-reason-error')!.textContent).toBe('Geef een reden om toch door te zetten.');
    http.expectNone('/api/programme/enrolments/p1');
    const reason = form.querySelector<HTMLTextAreaElement>('#override-reason')!;
    reason.value = 'Nulmeting besproken op locatie';
    reason.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await settle();
    const req = http.expectOne('/api/programme/enrolments/p1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ phase: 'profile', reason: 'Nulmeting besproken op locatie' });
  });

  it('shows staff every move past unmet work with who, when and why', async () => {
    const overridden: ParticipantTrack = {
      ...TRACK,
      phaseOverrides: [{ id: 'o1', fromPhase: 'baseline', toPhase: 'profile', guards: [{ ...TRACK.nextPhase!.items[0] }], reason: 'Cijfers volgen na de jaarafsluiting', byName: 'Carla Coördinator', at: '2026-03-02T09:00:00Z' }],
    };
    const { el } = await open('adviser', overridden);
    const list = el.querySelector('[data-testid=phase-overrides]')!.textContent!.replace(/\s+/g, ' ');
    expect(list).toContain('Doorgezet terwijl niet alles klaar was');
    expect(list).toContain('Carla Coördinator: Nulmeting → Duurzaamheidsprofiel');
    expect(list).toContain('Ontbrak: de nulmeting is beoordeeld door de adviseur');
    expect(list).toContain('Reden: “Cijfers volgen na de jaarafsluiting”');
  });

  it('shows the participant no phase buttons and no profile generation', async () => {
    const { el } = await open('participant');
    expect(el.querySelectorAll('[aria-labelledby=phase-title] button').length).toBe(0);
    expect(el.textContent).not.toContain('Profiel maken uit de nulmeting');
  });

  it('lists every rejected row of an upload with its line, in Dutch', async () => {
    const { el, http, settle } = await open('adviser');
    const input = el.querySelector<HTMLInputElement>('#baseline-file')!;
    const file = new File(['soort;hoeveelheid\nkolen;1'], 'nulmeting.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await settle();
    el.querySelector<HTMLButtonElement>('[aria-labelledby=baseline-title] form button[type=submit]')!.click();
    const upload = http.expectOne('/api/koploper/participants/p1/baseline/upload');
    expect(upload.request.body instanceof FormData).toBe(true);
    expect((upload.request.body as FormData).get('year')).toBe(String(new Date().getFullYear() - 1));
    upload.flush(
      {
        status: 400,
        title: 'Bad Request',
        code: 'baseline.rows',
        params: { count: 2 },
        text: { nl: '2 regels bevatten fouten; er is niets opgeslagen', en: '2 lines have errors; nothing was stored' },
        detail: '2 regels bevatten fouten; er is niets opgeslagen',
        errors: [
          { field: 'line 2', code: 'baseline.row', text: { nl: 'regel 2: onbekende soort "kolen"', en: 'line 2: unknown type "kolen"' } },
          { field: 'line 3', code: 'baseline.row', text: { nl: 'regel 3: hoeveelheid moet ≥ 0 zijn', en: 'line 3: amount must be ≥ 0' } },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect([...el.querySelectorAll('[data-testid=upload-errors] li')].map((li) => li.textContent!.trim())).toEqual(['regel 2: onbekende soort "kolen"', 'regel 3: hoeveelheid moet ≥ 0 zijn']);
  });

  it('takes the baseline by hand, naming a wrong amount next to it and a rejected row by its number, sending only the detail each type needs', async () => {
    const { el, http, settle } = await open('adviser');
    const form = el.querySelector<HTMLFormElement>('[data-testid=baseline-form]')!;
    const change = async (selector: string, value: string, event = 'change') => {
      const field = form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector);
      const target = field[field.length - 1];
      target.value = value;
      target.dispatchEvent(new Event(event));
      await settle();
    };
    await change('tbody tr:last-child input[inputmode=decimal]', '42000', 'input');
    await change('tbody tr:last-child td:nth-child(4) select', 'green-nl');
    form.querySelector<HTMLButtonElement>('.koers-actions button[type=button]')!.click();
    await settle();
    await change('tbody tr:last-child td:first-child select', 'car_km');
    await change('tbody tr:last-child input[inputmode=decimal]', '-5', 'input');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    // A negative amount is named at its field; nothing is sent.
    const amount = form.querySelector<HTMLInputElement>('tbody tr:last-child input[inputmode=decimal]')!;
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector(`#${amount.getAttribute('aria-describedby')}`)!.textContent!.trim()).toBe('Vul een hoeveelheid van 0 of meer in, bijvoorbeeld 30.000 of 4.500,5.');
    http.expectNone((r) => r.method === 'PUT');

    await change('tbody tr:last-child input[inputmode=decimal]', '1200,5', 'input');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/koploper/participants/p1/baseline');
    expect(put.request.body).toEqual({
      year: new Date().getFullYear() - 1,
      activities: [
        { type: 'electricity', amount: 42000, unit: 'kWh', contract: 'green-nl' },
        { type: 'car_km', amount: 1200.5, unit: 'km', fuel: 'diesel', purpose: 'business' },
      ],
      // The form is the whole baseline: no production unit typed clears it.
      production: null,
    });
    put.flush(
      {
        status: 400,
        title: 'Bad Request',
        code: 'bad_input',
        params: {},
        text: { nl: 'Ongeldige invoer', en: 'Invalid input' },
        errors: [{ field: 'activities.1.amount', code: 'baseline.amount', text: { nl: 'meer dan een jaar rijden', en: 'more than a year of driving' } }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect([...el.querySelectorAll('[data-testid=upload-errors] li')].map((li) => li.textContent!.trim())).toEqual(['Regel 2 (amount): meer dan een jaar rijden']);
  });

  it('reads a Dutch amount as Dutch (30.000 is thirty thousand) and refuses 12.5 at the field, sending nothing, until it is written 12,5', async () => {
    const { el, http, settle } = await open('adviser');
    const form = el.querySelector<HTMLFormElement>('[data-testid=baseline-form]')!;
    const amount = () => form.querySelector<HTMLInputElement>('tbody tr:last-child input[inputmode=decimal]')!;
    const type = async (value: string) => {
      amount().value = value;
      amount().dispatchEvent(new Event('input'));
      await settle();
    };
    expect(amount().type).toBe('text');
    await type('12.5');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    expect(amount().getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector(`#${amount().getAttribute('aria-describedby')}`)!.textContent!.trim()).toBe('Een punt scheidt duizendtallen: schrijf 12,5 of 12.500.');
    http.expectNone((r) => r.method === 'PUT');

    await type('30.000');
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/koploper/participants/p1/baseline');
    expect(put.request.body.activities).toEqual([{ type: 'electricity', amount: 30000, unit: 'kWh', contract: 'grey' }]);
  });

  it('shows the ISO 26000 score with a Dutch decimal comma', async () => {
    const baseline = {
      year: 2025, status: 'submitted', source: 'form', enteredAt: '2026-02-01T10:00:00Z', reviewedAt: null, awaitingSignOff: null, signedOffAt: null, plausibility: [], production: null,
      footprint: { input: null, result: { status: 'succeeded', computedAt: '2026-02-01T10:00:01Z', error: null, output: { totalKgCO2e: 30_500 } } },
      iso26000: { input: null, result: { status: 'succeeded', computedAt: '2026-02-01T10:00:01Z', error: null, output: { overallPercent: 51.8 } } },
    } as NonNullable<ParticipantTrack['baseline']>;
    const { el } = await open('adviser', { ...TRACK, baseline });
    expect(el.querySelector('[data-testid=iso-result]')!.textContent!.trim()).toBe('51,8%');
    expect(el.querySelector('[data-testid=footprint-result]')!.textContent!.trim()).toMatch(/^30,5\s+t CO₂e$/);
  });

  it("says a trainee adviser's review waits for the mentor, and offers the sign-off instead of the review", async () => {
    const baseline = {
      year: 2025, status: 'submitted', source: 'form', enteredAt: '2026-02-01T10:00:00Z', reviewedAt: null,
      awaitingSignOff: { byName: 'Jelle Bakker', at: '2026-02-02T09:00:00Z' }, signedOffAt: null, plausibility: [], production: null,
      footprint: { input: null, result: { status: 'succeeded', computedAt: '2026-02-01T10:00:01Z', error: null, output: { totalKgCO2e: 30_500 } } },
      iso26000: { input: null, result: null },
    } as NonNullable<ParticipantTrack['baseline']>;
    const { el, http } = await open('adviser', { ...TRACK, baseline });
    expect(el.querySelector('[data-testid=baseline-awaiting-sign-off]')!.textContent!.trim()).toBe('Nagekeken door Jelle Bakker (adviseur in opleiding); wacht op de mentor.');
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.some((b) => b.textContent!.trim() === 'Nulmeting goedkeuren')).toBe(false);
    buttons.find((b) => b.textContent!.trim() === 'Aftekenen')!.click();
    const signOff = http.expectOne((r) => r.method === 'POST' && r.url === '/api/koploper/participants/p1/baseline/sign-off');
    expect(signOff.request.body).toEqual({ year: 2025 });
  });

  it('takes an action item\'s expected CO₂ and cost the Dutch way (1.500 kg, € 2.500,50) and refuses 2.5 at the field', async () => {
    const { el, http, settle } = await open('adviser');
    const set = async (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle();
    };
    expect(el.querySelector<HTMLInputElement>('#item-co2')!.type).toBe('text');
    await set('item-title', 'Ledverlichting');
    await set('item-owner', 'Petra');
    await set('item-co2', '2.5');
    await set('item-cost', '2.500,50');
    const submit = el.querySelector<HTMLInputElement>('#item-co2')!.closest('form')!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    submit.click();
    await settle();
    expect(el.querySelector('#item-co2-error')!.textContent!.trim()).toBe('Een punt scheidt duizendtallen: schrijf 2,5 of 2.500.');
    http.expectNone((r) => r.method === 'POST' && r.url.endsWith('/action-plan/items'));

    await set('item-co2', '1.500');
    submit.click();
    await settle();
    const post = http.expectOne((r) => r.method === 'POST' && r.url === '/api/koploper/participants/p1/action-plan/items');
    expect(post.request.body).toMatchObject({ title: 'Ledverlichting', owner: 'Petra', expectedKgCO2e: 1500, expectedCostEur: 2500.5 });
  });
});
