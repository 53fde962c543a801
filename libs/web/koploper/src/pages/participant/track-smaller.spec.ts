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
  participant: { id: 'p1', organisationId: 'o1', organisationName: 'Bakkerij De Vries', phase: 'baseline', phaseReachedAt: '2026-02-01T10:00:00Z', joinedAt: '2026-01-15T10:00:00Z', adviserUserId: 'u-ada', adviserName: 'Ada Veenstra', plannedBy: '2026-04-15', late: false, nextPhases: ['profile', 'withdrawn'], role: 'participant' },
  cohort: { id: 'c1', name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: '2026-01-15', endsOn: '2026-12-15', status: 'running' },
  organisation: { id: 'o1', name: 'Bakkerij De Vries', kvkNumber: '40012345', sbiCode: '10.71', municipality: 'Assen', sizeClass: 'small' },
  baseline: null,
  profiles: [],
  actionPlan: { vision: '', visionUpdatedAt: null, energySavingDuty: null, items: [], progress: { total: 0, done: 0, inProgress: 0, expectedKgCO2e: 0, expectedCostEur: 0 } },
  communication: null,
  csrCertificate: null,
  participationCertificate: { available: false },
  // The baseline is reviewed: nothing stands in the way of the profile phase.
  nextPhase: { phase: 'profile', items: [{ code: 'koploper.baseline_reviewed', text: { nl: 'de nulmeting is beoordeeld door de adviseur', en: 'the baseline is reviewed by the adviser' }, done: true }] },
  phaseOverrides: [],
};


type Role = 'administrator' | 'coordinator' | 'adviser' | 'analyst' | 'participant';

/** The cohort the track page reads besides the track: no staff, no sessions. */
async function answerCohort(http: HttpTestingController) {
  for (let i = 0; i < 50; i++) {
    const asked = http.match((r) => r.url.startsWith('/api/koploper/cohorts/'));
    if (asked.length) return asked.forEach((r) => r.flush({ id: 'c1', name: 'Koplopergroep Assen', municipality: 'Assen', status: 'running', staff: [], participants: [], sessions: [], invitations: [] }));
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function open(role: Role, url = '/deelnemers/p1') {
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(koploperRoutes(), withComponentInputBinding())],
  });
  TestBed.inject(AuthService).session.set({
    user: { id: 'u1', email: 'x@koers.test', name: 'X', locale: 'nl' },
    memberships: [{ id: 'm1', role, partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: role === 'participant' ? { id: 'o1', name: 'Bakkerij De Vries' } : null }],
    activeMembershipId: 'm1',
  } as SessionView);
  TestBed.inject(AuthService).checked.set(true);
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  const answer = async (path: string, body: unknown, init?: { status: number; statusText: string }) => {
    let asked = http.match(path);
    for (let i = 0; i < 50 && !asked.length; i++) {
      await new Promise((r) => setTimeout(r, 10));
      asked = http.match(path);
    }
    expect(asked.length).toBe(1);
    asked[0].flush(body as object, init);
    // A track shown: the page reads its cohort too (staff, the talks at the company); the page is busy until it is answered.
    if (path.startsWith('/api/koploper/participants/') && !init) await answerCohort(http);
  };
  const el: HTMLElement = harness.fixture.nativeElement;
  return { http, el, settle, answer };
}

describe('a participant track, the smaller things', () => {
  beforeEach(() => localStorage.clear());

  const problem = (status: number, code: string) => ({ status, title: 'x', code, params: {}, text: { nl: 'x', en: 'x' }, detail: 'x' });

  for (const [status, code] of [[404, 'not_found'], [403, 'forbidden']] as const) {
    it(`says a track it cannot show (${status}) is not found, instead of spinning, with the way back`, async () => {
      const { el, answer, settle } = await open('adviser', '/deelnemers/onbekend');
      await answer('/api/koploper/participants/onbekend', problem(status, code), { status, statusText: 'x' });
      await settle();
      await settle();
      expect(el.querySelector('koers-loading')).toBeNull();
      const state = el.querySelector('[data-testid=not-found]')!;
      expect(state.querySelector('h1')!.textContent!.trim()).toBe('Traject niet gevonden');
      expect(state.textContent).toContain('Dit traject bestaat niet, of u heeft er geen toegang toe.');
      expect(state.querySelector('a')!.getAttribute('href')).toBe('/');
    });
  }

  it('keeps a retry for a failure that is not the reader’s (500)', async () => {
    const { el, answer, settle } = await open('adviser');
    await answer('/api/koploper/participants/p1', problem(500, 'internal'), { status: 500, statusText: 'x' });
    await settle();
    await settle();
    expect(el.querySelector('[data-testid=not-found]')).toBeNull();
    expect(el.querySelector('koers-error-state button')!.textContent!.trim()).toBe('Opnieuw proberen');
    el.querySelector<HTMLButtonElement>('koers-error-state button')!.click();
    await answer('/api/koploper/participants/p1', TRACK);
    await settle();
    await settle();
    expect(el.querySelector('h1')!.textContent!.trim()).toBe('Bakkerij De Vries');
  });

  it('says an unknown cohort is not found instead of offering a retry that cannot help', async () => {
    const { el, answer, settle } = await open('coordinator', '/groepen/onbekend');
    await answer('/api/koploper/cohorts/onbekend', problem(404, 'not_found'), { status: 404, statusText: 'x' });
    await settle();
    await settle();
    expect(el.querySelector('[data-testid=not-found] h1')!.textContent!.trim()).toBe('Koplopergroep niet gevonden');
    expect(el.querySelector('koers-error-state')).toBeNull();
  });

  it("speaks to the participant of 'uw bedrijf' on its own track, and to staff of 'dit bedrijf'", async () => {
    const own = await open('participant');
    await own.answer('/api/koploper/participants/p1', TRACK);
    await own.settle();
    await own.settle();
    const text = own.el.textContent!;
    expect(own.el.querySelector('#phase-title')!.textContent!.trim()).toBe('Waar staat uw bedrijf');
    expect(text).toContain('hoe ver uw bedrijf is');
    expect(text).toContain('Beschikbaar zodra uw bedrijf het Koplopersymposium heeft bereikt.');
    expect(text).not.toMatch(/dit bedrijf|het bedrijf/);
  });

  it("keeps 'dit bedrijf' for the adviser", async () => {
    const staff = await open('adviser');
    await staff.answer('/api/koploper/participants/p1', TRACK);
    await staff.settle();
    await staff.settle();
    expect(staff.el.querySelector('#phase-title')!.textContent!.trim()).toBe('Waar staat dit bedrijf');
  });

  it('says what to fill in when the ISO 26000 scan is saved with nothing to score, and sends nothing until one issue has a maturity', async () => {
    const { el, http, answer, settle } = await open('adviser');
    await answer('/api/koploper/participants/p1', TRACK);
    await settle();
    const details = [...el.querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.includes('ISO 26000-scan'))!;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await answer('/api/koploper/iso26000', {
      version: 'x',
      coreSubjects: [{ id: 'governance', clause: '6.2', name: { nl: 'Bestuur', en: 'Governance' }, issues: [{ id: 'governance.decision-making', clause: '6.2.3', name: { nl: 'Besluitvorming', en: 'Decision-making' } }] }],
    });
    await settle();
    await settle();
    const form = details.querySelector('form')!;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    expect(el.querySelector('[data-testid=scan-empty]')!.textContent!.trim()).toBe(
      'Er is nog niets te scoren: kies bij minstens één onderwerp hoe ver het bedrijf is (0 tot en met 4). Alleen "Niet van toepassing" geeft geen score.',
    );
    http.expectNone((r) => r.method === 'PUT');

    const select = form.querySelector<HTMLSelectElement>('select')!;
    select.value = 'na';
    select.dispatchEvent(new Event('change'));
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    http.expectNone((r) => r.method === 'PUT');

    select.value = '2';
    select.dispatchEvent(new Event('change'));
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const put = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/koploper/participants/p1/iso26000');
    expect(put.request.body.answers).toEqual([{ issueId: 'governance.decision-making', maturity: 2 }]);
  });
});
