import type { TestRequest } from '@angular/common/http/testing';
import type { CohortDetail, Session } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { openProgrammePage } from '@koers/web-programme/testing';
import { koploperRoutes } from '../../routes';

const participant = (id: string, name: string, late: boolean) => ({
  id,
  organisationId: `o-${id}`,
  organisationName: name,
  phase: 'kickoff',
  phaseReachedAt: '2026-01-20T10:00:00Z',
  joinedAt: '2026-01-15T10:00:00Z',
  adviserUserId: null,
  adviserName: null,
  plannedBy: '2026-02-01',
  late,
  nextPhases: ['baseline', 'withdrawn'],
  role: 'participant' as const,
});

const COHORT: CohortDetail = {
  id: 'c1',
  step: 'koploper',
  name: 'Koplopergroep Tynaarlo',
  municipality: 'Tynaarlo',
  startsOn: '2026-01-15',
  endsOn: '2026-12-15',
  status: 'running',
  phase: 'kickoff',
  closedAt: null,
  programmeLine: 'sustainable_entrepreneurship',
  coordinatorUserId: 'u1',
  sizeRule: { min: 3, max: 15 },
  phasePlan: { kickoff: '2026-02-01' },
  participants: [participant('p1', 'Bakkerij De Vries', true), participant('p2', 'Garage Bos', false)],
  invitations: [
    { id: 'i1', email: 'info@drukkerij.test', acceptedAt: null, createdAt: '2026-01-16T10:00:00Z', lastSentAt: '2026-01-16T10:00:00Z', expiresAt: '2099-01-01T00:00:00Z', sentCount: 1, withdrawnAt: null, organisationId: null, organisationName: null },
  ],
  staff: [{ id: 's1', userId: 'u-ada', name: 'Ada Veenstra', email: 'ada@mvo-noord.test', role: 'adviser', trainee: false, mentorUserId: null, mentorName: null, contribution: '', organisation: null, organisationId: null }],
  sessions: [
    { id: 'm1', groupId: 'c1', kind: 'kickoff', title: 'Start in Vries', startsAt: '2026-02-03T14:00:00Z', endsAt: null, location: 'Gemeentehuis', agenda: '', participantId: null, organisationName: null, attendance: [{ participantId: 'p1', present: true }], items: [] } satisfies Session,
  ],
};

async function open() {
  const page = await openProgrammePage('/groepen/c1', { routes: koploperRoutes(), auth: AuthService, name: 'Carla' });
  const { requested, settle } = page;
  await page.navigation;
  (await requested((r) => r.url === '/api/koploper/cohorts/c1')).flush(COHORT);
  // Not stable yet: the companies and advisers to pick from are still being asked for.
  (await requested((r) => r.url === '/api/organisations')).flush({ items: [{ id: 'o-9', name: 'Drukkerij Zuidhorn', kind: 'company', municipality: 'Westerkwartier' }], total: 1, page: 1, pageSize: 100 });
  (await requested((r) => r.url === '/api/programme/staff-picker')).flush({ items: [{ userId: 'u-bram', name: 'Bram Hoekstra', email: 'bram@mvo-noord.test', role: 'adviser' }] });
  await settle();
  await settle();
  /** Answers the write and the cohort read that follows it. */
  const answer = async (req: TestRequest, body: object = {}) => {
    req.flush(body);
    (await requested((r) => r.url === '/api/koploper/cohorts/c1')).flush(COHORT);
    await settle();
  };
  return { ...page, answer };
}

describe('a cohort', () => {
  it('lists the participants with the late mark, in the shared table', async () => {
    const { el, text } = await open();
    const row = (name: string) => el.querySelector(`[data-testid=participants] tr[data-participant="${name}"]`)!;
    expect(text(row('Bakkerij De Vries'))).toContain('Te laat');
    expect(text(row('Garage Bos'))).not.toContain('Te laat');
    expect([...el.querySelectorAll('[data-testid=participants] thead th')].map((th) => text(th))).toEqual(['Bedrijf', 'Fase', 'Gepland klaar', 'Adviseur', 'Traject']);
    expect(row('Garage Bos').querySelector('a')!.getAttribute('href')).toBe('/deelnemers/p2');
  });

  it('adds a known company only once one is chosen, saying so next to the field', async () => {
    const { el, http, text, button, choose, requested, answer } = await open();
    button('Toevoegen').click();
    await new Promise((r) => setTimeout(r));
    expect(text(el.querySelector('#add-organisation-error'))).toBe('Kies het bedrijf dat u toevoegt.');
    http.expectNone((r) => r.url.endsWith('/enrolments'));
    await choose('#add-organisation', 'o-9');
    button('Toevoegen').click();
    const req = await requested((r) => r.url === '/api/programme/groups/c1/enrolments');
    expect(req.request.body).toEqual({ organisationId: 'o-9' });
    await answer(req);
  });

  it('invites by e-mail, sends an open invitation again and withdraws it, through the API', async () => {
    const { el, type, button, requested, answer, toasts } = await open();
    await type('koers-invitation-form input[type=email]', 'nieuw@bakker.test');
    button('Uitnodiging versturen').click();
    const invite = await requested((r) => r.url === '/api/programme/groups/c1/invitations');
    expect(invite.request.body).toEqual({ email: 'nieuw@bakker.test' });
    await answer(invite);
    expect(toasts).toContain('Uitnodiging verstuurd naar nieuw@bakker.test.');
    expect(el.querySelector<HTMLInputElement>('koers-invitation-form input[type=email]')!.value).toBe('');

    el.querySelector<HTMLButtonElement>('li[data-invitation="info@drukkerij.test"] [data-action=resend]')!.click();
    const resend = await requested((r) => r.url === '/api/programme/invitations/i1/resend');
    expect(resend.request.method).toBe('POST');
    await answer(resend);
    el.querySelector<HTMLButtonElement>('li[data-invitation="info@drukkerij.test"] [data-action=withdraw]')!.click();
    const withdraw = await requested((r) => r.url === '/api/programme/invitations/i1');
    expect(withdraw.request.method).toBe('DELETE');
    await answer(withdraw);
    expect(toasts).toEqual([
      'Uitnodiging verstuurd naar nieuw@bakker.test.',
      'Nieuwe uitnodiging verstuurd naar info@drukkerij.test; de vorige link werkt niet meer.',
      'De uitnodiging aan info@drukkerij.test is ingetrokken.',
    ]);
  });

  it("saves the planning, and shows the API's refusal above the planning", async () => {
    const { el, type, button, requested, settle, text } = await open();
    const field = [...el.querySelectorAll('[data-testid=phase-plan] label')].find((l) => text(l) === 'Nulmeting')!.getAttribute('for')!;
    await type(`#${field}`, '2026-04-15');
    button('Planning opslaan').click();
    const req = await requested((r) => r.method === 'PATCH' && r.url === '/api/koploper/cohorts/c1');
    expect(req.request.body.phasePlan).toEqual({ kickoff: '2026-02-01', baseline: '2026-04-15', profile: null, action_plan: null, communication: null, symposium: null });
    req.flush(
      { status: 400, code: 'group.phase_plan', params: {}, text: { nl: 'De planning volgt de fasen niet', en: 'The planning does not follow the phases' }, errors: [] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('[data-testid=plan-error]'))).toBe('De planning volgt de fasen niet');
  });

  it('records attendance in the grid and adds an adviser in training under a mentor', async () => {
    const { el, requested, answer, choose, button, settle } = await open();
    el.querySelector<HTMLInputElement>('input[aria-label="Garage Bos aanwezig bij Start in Vries"]')!.click();
    const attendance = await requested((r) => r.url === '/api/programme/sessions/m1/attendance');
    expect(attendance.request.body).toEqual({ attendance: [{ participantId: 'p1', present: true }, { participantId: 'p2', present: true }] });
    await answer(attendance);

    await choose('koers-staff-picker select', 'u-bram');
    el.querySelector<HTMLInputElement>('koers-staff-picker input[type=checkbox]')!.click();
    await settle();
    await choose('koers-staff-picker select[id$=-mentor]', 'u-ada');
    button('Adviseur toevoegen').click();
    const staff = await requested((r) => r.url === '/api/programme/groups/c1/staff');
    expect(staff.request.body).toEqual({ role: 'adviser', userId: 'u-bram', trainee: true, mentorUserId: 'u-ada' });
  });
});
