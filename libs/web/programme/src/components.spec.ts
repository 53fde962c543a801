import { provideZonelessChangeDetection, type Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { GroupPlanningComponent, type PhasePlan } from './group-planning.component';
import { InvitationFormComponent, type InvitationItem } from './invitations/invitation-form.component';
import { GroupMaterialsComponent, type GroupMaterialItem } from './materials/group-materials.component';
import { ParticipantTableComponent } from './participant-table.component';
import { PhaseStepperComponent } from './phase-stepper.component';
import { AttendanceGridComponent, SessionsComponent, type AttendanceChange, type SessionItem } from './sessions/sessions.component';
import { amsterdamInstant, type NewSession } from './sessions/session-form.component';
import { StaffListComponent, StaffPickerComponent, type StaffListItem, type StaffPick } from './staff/staff-picker.component';

const LABELS = {
  kickoff: { nl: 'Startbijeenkomst', en: 'Kickoff' },
  baseline: { nl: 'Nulmeting', en: 'Baseline' },
  profile: { nl: 'Duurzaamheidsprofiel', en: 'Sustainability profile' },
  withdrawn: { nl: 'Teruggetrokken', en: 'Withdrawn' },
};
const PHASES = ['kickoff', 'baseline', 'profile'];

/** The component with its inputs set and the texts of its scope loaded. */
async function render<T>(component: Type<T>, inputs: Record<string, unknown>) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n(), provideRouter([])] });
  const fixture: ComponentFixture<T> = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
  };
  await settle();
  const el: HTMLElement = fixture.nativeElement;
  const text = (node: Element | null = el) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const type = async (selector: string, value: string, event = 'input') => {
    const field = el.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event(event));
    field.dispatchEvent(new Event('blur'));
    await settle();
  };
  const submit = async () => {
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
  };
  return { fixture, instance: fixture.componentInstance, el, settle, text, type, submit };
}

describe('the phase stepper', () => {
  it('marks the phases done and current, and offers the next allowed ones as buttons that emit', async () => {
    const { el, instance, text } = await render(PhaseStepperComponent, { phases: PHASES, labels: LABELS, current: 'baseline', next: ['profile', 'withdrawn'], canMove: true });
    const items = [...el.querySelectorAll('li')];
    expect(items.map((li) => li.classList.contains('koers-phase-done'))).toEqual([true, false, false]);
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'step', null]);
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.map((b) => text(b))).toEqual(['Naar fase: Duurzaamheidsprofiel', 'Naar fase: Teruggetrokken']);
    const moved: string[] = [];
    instance.move.subscribe((p) => moved.push(p));
    buttons[1].click();
    expect(moved).toEqual(['withdrawn']);
  });

  it('shows no buttons to a reader who may not move it', async () => {
    const { el } = await render(PhaseStepperComponent, { phases: PHASES, labels: LABELS, current: 'baseline', next: ['profile'], canMove: false });
    expect(el.querySelectorAll('button').length).toBe(0);
    expect(el.querySelectorAll('li').length).toBe(3);
  });
});

describe('the participant table', () => {
  const rows = [
    { id: 'p1', organisationName: 'Bakkerij De Vries', phase: 'kickoff', plannedBy: '2026-02-01', late: true, staffName: 'Ada Veenstra' },
    { id: 'p2', organisationName: 'Garage Bos', phase: 'baseline', plannedBy: null, late: false, staffName: null },
  ];

  it('marks a late participant "Te laat" and no other, with the step words and a link per row', async () => {
    const { el, text } = await render(ParticipantTableComponent, { rows, labels: LABELS, caption: 'Deelnemers', organisationHeader: 'Bedrijf', staffHeader: 'Adviseur', link: (r: { id: string }) => ['deelnemers', r.id], linkLabel: 'Traject' });
    const row = (name: string) => el.querySelector(`tr[data-participant="${name}"]`)!;
    expect(text(row('Bakkerij De Vries'))).toContain('Te laat');
    expect(text(row('Garage Bos'))).not.toContain('Te laat');
    expect([...el.querySelectorAll('thead th')].map((th) => text(th))).toEqual(['Bedrijf', 'Fase', 'Gepland klaar', 'Adviseur', 'Traject']);
    expect([...row('Bakkerij De Vries').querySelectorAll('td')].map((td) => text(td))).toEqual(['Bakkerij De Vries', 'Startbijeenkomst Te laat', '1 februari 2026', 'Ada Veenstra', 'Traject Bakkerij De Vries']);
    expect(row('Garage Bos').querySelector('a')!.getAttribute('href')).toBe('/deelnemers/p2');
  });

  it('reads "Late" in English', async () => {
    const { el, settle, text } = await render(ParticipantTableComponent, { rows, labels: LABELS, caption: 'Participants' });
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect([...el.querySelectorAll('tr[data-participant="Bakkerij De Vries"] td')].map((td) => text(td))).toEqual(['Bakkerij De Vries', 'Kickoff Late', '1 February 2026']);
  });
});

describe('sessions and attendance', () => {
  const sessions: SessionItem[] = [
    { id: 's1', kind: 'kickoff', title: 'Start', startsAt: '2026-02-03T14:00:00Z', location: 'Assen', agenda: '1. Welkom', attendance: [{ participantId: 'p1', present: true }] },
    { id: 's2', kind: 'exchange', title: 'Uitwisseling', startsAt: '2026-04-03T14:00:00Z', location: 'Beilen', agenda: '', attendance: [] },
  ];
  const participants = [
    { id: 'p1', name: 'Bakkerij De Vries' },
    { id: 'p2', name: 'Garage Bos' },
  ];

  it('ticks who came and emits the whole attendance of that session when a box is toggled', async () => {
    const { el, instance } = await render(AttendanceGridComponent, { sessions, participants });
    const box = (label: string) => el.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
    expect(box('Bakkerij De Vries aanwezig bij Start').checked).toBe(true);
    expect(box('Garage Bos aanwezig bij Start').checked).toBe(false);
    const changes: AttendanceChange[] = [];
    instance.attendance.subscribe((c) => changes.push(c));
    box('Garage Bos aanwezig bij Start').click();
    box('Bakkerij De Vries aanwezig bij Start').click();
    expect(changes).toEqual([
      { sessionId: 's1', attendance: [{ participantId: 'p1', present: true }, { participantId: 'p2', present: true }] },
      { sessionId: 's1', attendance: [{ participantId: 'p1', present: false }] },
    ]);
  });

  it('plans a session only once title, time and place are filled in, naming what is missing next to it', async () => {
    const labels = { kickoff: { nl: 'Startbijeenkomst', en: 'Kickoff' }, exchange: { nl: 'Uitwisseling', en: 'Exchange' } };
    const { el, instance, text, type, submit } = await render(SessionsComponent, { sessions, participants, kinds: ['kickoff', 'exchange'], kindLabels: labels, canPlan: true, canRecord: true, planLabel: 'Bijeenkomst plannen' });
    expect(el.querySelectorAll('article').length).toBe(2);
    expect(el.querySelector('koers-attendance-grid')).not.toBeNull();
    const planned: NewSession[] = [];
    instance.plan.subscribe((s) => planned.push(s));
    await submit();
    const title = el.querySelector('koers-session-form input:not([type])')!;
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(text(el.querySelector(`#${title.getAttribute('aria-describedby')}`))).toBe('Geef een titel.');
    expect(text(el.querySelector('form'))).toContain('Kies de datum en tijd.');
    expect(planned).toEqual([]);

    await type('koers-session-form select', 'exchange', 'change');
    await type('koers-session-form input:not([type])', ' Tweede ronde ');
    await type('koers-session-form input[type=datetime-local]', '2026-05-12T15:30');
    await type('koers-session-form input[id$=-location]', 'Gemeentehuis');
    await submit();
    // 15:30 Dutch summer time, whatever the browser's zone.
    expect(planned).toEqual([{ kind: 'exchange', title: 'Tweede ronde', startsAt: '2026-05-12T13:30:00.000Z', location: 'Gemeentehuis', agenda: '' }]);
    instance.clear();
    expect(el.querySelector<HTMLInputElement>('koers-session-form input:not([type])')!.value).toBe('');
  });
});

describe('a session card, a talk with one participant, and the form after planning', () => {
  it('reads a typed date and time as Dutch time, in winter, in summer and around the change', () => {
    expect(amsterdamInstant('2026-02-03T15:00').toISOString()).toBe('2026-02-03T14:00:00.000Z');
    expect(amsterdamInstant('2026-07-01T09:30').toISOString()).toBe('2026-07-01T07:30:00.000Z');
    expect(amsterdamInstant('2026-03-29T03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamInstant('2026-10-25T12:00').toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  const labels = { kickoff: { nl: 'Startbijeenkomst', en: 'Kickoff' }, company_visit: { nl: 'Gesprek op locatie', en: 'Visit at the company' } };
  const participants = [
    { id: 'p1', name: 'Bakkerij De Vries' },
    { id: 'p2', name: 'Garage Bos' },
  ];
  const sessions: SessionItem[] = [
    { id: 's1', kind: 'kickoff', title: 'Start', startsAt: '2026-02-03T14:00:00Z', endsAt: '2026-02-03T16:00:00Z', location: 'Assen', agenda: '', attendance: [] },
    { id: 's2', kind: 'company_visit', title: 'Gesprek op locatie', startsAt: '2026-04-14T08:00:00Z', location: 'Bakkerij De Vries, Assen', agenda: 'Bespreken uitkomst nulmeting', participantId: 'p1', organisationName: 'Bakkerij De Vries', attendance: [] },
  ];

  it('shows the start and end time and, for a talk with one company, its name; only that company has an attendance box', async () => {
    const { el, text } = await render(SessionsComponent, { sessions, participants, kinds: ['kickoff', 'company_visit'], kindLabels: labels, canRecord: true });
    const [start, visit] = [...el.querySelectorAll('article')];
    expect(text(start.querySelector('[data-testid=session-when]'))).toBe('3 februari 2026 om 15:00 – 17:00 · Assen');
    expect(start.querySelector('[data-testid=session-with]')).toBeNull();
    expect(text(visit.querySelector('[data-testid=session-with]'))).toBe('Met Bakkerij De Vries');
    // The kind beside the title, unless the title says it already.
    expect([text(start.querySelector('h3')), text(visit.querySelector('h3'))]).toEqual(['Start (Startbijeenkomst)', 'Gesprek op locatie']);
    expect(text(visit.querySelector('[data-testid=session-when]'))).toBe('14 april 2026 om 10:00 · Bakkerij De Vries, Assen');
    const boxes = [...el.querySelectorAll<HTMLInputElement>('koers-attendance-grid input')].map((b) => b.getAttribute('aria-label'));
    expect(boxes).toEqual(['Bakkerij De Vries aanwezig bij Start', 'Bakkerij De Vries aanwezig bij Gesprek op locatie', 'Garage Bos aanwezig bij Start']);
  });

  it('starts with the prefilled place and agenda, sends the end time on the same day, refuses an end before the start, and returns to the defaults after planning', async () => {
    const defaults = { title: 'Gesprek op locatie', location: 'Bakkerij De Vries, Assen', agenda: 'Bespreken uitkomst nulmeting' };
    const { el, instance, text, type, submit } = await render(SessionsComponent, { sessions: [], kinds: ['company_visit'], kindLabels: labels, canPlan: true, defaults });
    const value = (sel: string) => el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`koers-session-form ${sel}`)!.value;
    expect(el.querySelector('koers-session-form select')).toBeNull();
    expect([value('input:not([type])'), value('input[id$=-location]'), value('textarea')]).toEqual(['Gesprek op locatie', 'Bakkerij De Vries, Assen', 'Bespreken uitkomst nulmeting']);
    const planned: NewSession[] = [];
    instance.plan.subscribe((s) => planned.push(s));
    await type('koers-session-form input[type=datetime-local]', '2026-04-14T10:00');
    await type('koers-session-form input[type=time]', '09:30');
    await submit();
    expect(planned).toEqual([]);
    expect(text(el.querySelector('form'))).toContain('De eindtijd ligt niet na de begintijd.');
    await type('koers-session-form input[type=time]', '11:30');
    await submit();
    expect(planned).toEqual([
      { kind: 'company_visit', title: 'Gesprek op locatie', startsAt: '2026-04-14T08:00:00.000Z', endsAt: '2026-04-14T09:30:00.000Z', location: 'Bakkerij De Vries, Assen', agenda: 'Bespreken uitkomst nulmeting' },
    ]);
    instance.clear();
    await new Promise((r) => setTimeout(r));
    expect([value('input:not([type])'), value('input[type=datetime-local]'), value('input[type=time]'), value('input[id$=-location]'), value('textarea')]).toEqual(['Gesprek op locatie', '', '', 'Bakkerij De Vries, Assen', 'Bespreken uitkomst nulmeting']);
    expect(text(el.querySelector('form'))).not.toContain('Kies de datum');
  });
});

describe('the invitation form', () => {
  const invitations: InvitationItem[] = [
    { id: 'i1', email: 'info@drukkerij.test', acceptedAt: null, expiresAt: '2099-12-01T00:00:00Z' },
    { id: 'i2', email: 'bos@garage.test', acceptedAt: '2026-02-01T10:00:00Z' },
    { id: 'i3', email: 'oud@smit.test', acceptedAt: null, expiresAt: '2020-03-01T00:00:00Z' },
    { id: 'i4', email: 'weg@smit.test', acceptedAt: null, expiresAt: '2099-12-01T00:00:00Z', withdrawnAt: '2026-03-01T00:00:00Z' },
  ];

  it('emits resend and withdraw for an open invitation, and offers neither for an accepted one', async () => {
    const { el, instance, text } = await render(InvitationFormComponent, { invitations, canInvite: true, canManage: true });
    const item = (email: string) => el.querySelector(`li[data-invitation="${email}"]`)!;
    expect(text(item('info@drukkerij.test'))).toContain('Open (geldig tot 1 december 2099)');
    expect(text(item('bos@garage.test'))).toBe('bos@garage.test · Geaccepteerd');
    expect(item('bos@garage.test').querySelector('button')).toBeNull();
    expect(text(item('weg@smit.test'))).toBe('weg@smit.test · Ingetrokken');
    // An expired link can be sent again: that makes a new one.
    expect(text(item('oud@smit.test'))).toContain('Verlopen op 1 maart 2020');
    expect(item('oud@smit.test').querySelector('[data-action=resend]')).not.toBeNull();
    const resent: InvitationItem[] = [];
    const withdrawn: InvitationItem[] = [];
    instance.resend.subscribe((i) => resent.push(i));
    instance.withdraw.subscribe((i) => withdrawn.push(i));
    item('info@drukkerij.test').querySelector<HTMLButtonElement>('[data-action=resend]')!.click();
    item('info@drukkerij.test').querySelector<HTMLButtonElement>('[data-action=withdraw]')!.click();
    expect(resent.map((i) => i.id)).toEqual(['i1']);
    expect(withdrawn.map((i) => i.id)).toEqual(['i1']);
  });

  it('shows no resend or withdraw without the right to manage', async () => {
    const { el } = await render(InvitationFormComponent, { invitations, canInvite: true, canManage: false });
    expect(el.querySelectorAll('li button').length).toBe(0);
  });

  it('sends only a valid address, saying why next to the field', async () => {
    const { el, instance, text, type, submit } = await render(InvitationFormComponent, { invitations: [], canInvite: true });
    const sent: string[] = [];
    instance.invite.subscribe((e) => sent.push(e));
    const field = el.querySelector<HTMLInputElement>('input[type=email]')!;
    expect(text(el.querySelector(`label[for="${field.id}"]`))).toBe('E-mailadres');
    await submit();
    expect(text(el.querySelector(`#${field.getAttribute('aria-describedby')}`))).toBe('Vul een e-mailadres in.');
    await type('input[type=email]', 'geen-adres');
    expect(text(el.querySelector(`#${field.getAttribute('aria-describedby')}`))).toBe('Dit is geen geldig e-mailadres.');
    await submit();
    expect(sent).toEqual([]);
    await type('input[type=email]', 'info@drukkerij.test');
    expect(field.getAttribute('aria-invalid')).toBe('false');
    await submit();
    expect(sent).toEqual(['info@drukkerij.test']);
  });
});

describe('the staff picker', () => {
  it('asks for a mentor when the adviser is in training, and emits the pick', async () => {
    const candidates = [
      { userId: 'u1', name: 'Ada Veenstra' },
      { userId: 'u2', name: 'Bram Hoekstra' },
    ];
    const { el, instance, text, type, submit } = await render(StaffPickerComponent, { label: 'Adviseur', candidates, mentors: [candidates[0]], allowTrainee: true, submitLabel: 'Adviseur toevoegen' });
    const picks: StaffPick[] = [];
    instance.pick.subscribe((p) => picks.push(p));
    await submit();
    expect(text(el)).toContain('Kies wie u toevoegt.');
    await type('select', 'u2', 'change');
    el.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await submit();
    expect(text(el)).toContain('Iemand in opleiding werkt onder een mentor: kies die.');
    expect(picks).toEqual([]);
    await type(`select[id$=-mentor]`, 'u1', 'change');
    await submit();
    expect(picks).toEqual([{ userId: 'u2', trainee: true, mentorUserId: 'u1' }]);
    expect(text(el.querySelector('button[type=submit]'))).toBe('Adviseur toevoegen');
  });
});

describe('the staff list', () => {
  it('names a trainee with its mentor, and emits whom to take off when the reader may', async () => {
    const staff = [
      { id: 's1', name: 'Ada Veenstra' },
      { id: 's2', name: 'Bram Hoekstra', trainee: true, mentorName: 'Ada Veenstra' },
    ];
    const { el, instance, text } = await render(StaffListComponent, { staff, canRemove: true });
    expect([...el.querySelectorAll('li')].map((li) => text(li))).toEqual(['Ada Veenstra Weghalen Ada Veenstra', 'Bram Hoekstra · In opleiding (Mentor: Ada Veenstra) Weghalen Bram Hoekstra']);
    const removed: StaffListItem[] = [];
    instance.remove.subscribe((s) => removed.push(s));
    el.querySelectorAll<HTMLButtonElement>('li button')[1].click();
    expect(removed.map((s) => s.id)).toEqual(['s2']);
  });
});

describe('group planning', () => {
  it('labels each date with its phase, checks range and order next to the field, and emits the planning', async () => {
    const { el, instance, text, type, submit } = await render(GroupPlanningComponent, {
      phases: PHASES,
      labels: LABELS,
      plan: { kickoff: '2026-02-15' },
      startsOn: '2026-01-15',
      endsOn: '2026-12-15',
      editable: true,
    });
    const field = (label: string) => el.querySelector<HTMLInputElement>(`#${[...el.querySelectorAll('label')].find((l) => text(l) === label)!.getAttribute('for')}`)!;
    expect(field('Startbijeenkomst').value).toBe('2026-02-15');
    const saved: PhasePlan[] = [];
    instance.save.subscribe((p) => saved.push(p));

    await type(`#${field('Nulmeting').id}`, '2026-02-01');
    expect(text(el.querySelector(`#${field('Nulmeting').getAttribute('aria-describedby')}`))).toBe('Deze datum ligt vóór die van Startbijeenkomst: elke fase is pas na de vorige klaar.');
    await type(`#${field('Duurzaamheidsprofiel').id}`, '2027-01-01');
    expect(text(el.querySelector(`#${field('Duurzaamheidsprofiel').getAttribute('aria-describedby')}`))).toBe('Kies een datum tot en met 15 december 2026.');
    await submit();
    expect(saved).toEqual([]);

    await type(`#${field('Nulmeting').id}`, '2026-04-15');
    await type(`#${field('Duurzaamheidsprofiel').id}`, '');
    await submit();
    expect(saved).toEqual([{ kickoff: '2026-02-15', baseline: '2026-04-15', profile: null }]);
  });

  it('shows the dates but no button to a reader who may not plan', async () => {
    const { el } = await render(GroupPlanningComponent, { phases: PHASES, labels: LABELS, plan: { kickoff: '2026-02-15' }, editable: false });
    expect(el.querySelector('button')).toBeNull();
    expect([...el.querySelectorAll('input')].every((i) => i.disabled)).toBe(true);
  });
});

describe('group materials', () => {
  const materials: GroupMaterialItem[] = [
    { id: 'f1', filename: 'Workshop 1 - de R-ladder.pdf', contentType: 'application/pdf', sizeBytes: 482133, createdAt: '2026-03-10T15:00:00Z' },
    { id: 'f2', filename: 'Retourlogistiek.mp4', contentType: 'video/mp4', sizeBytes: 1_234_567, createdAt: '2026-03-12T09:00:00Z' },
    { id: 'f3', filename: 'Notitie.png', contentType: 'image/png', sizeBytes: 512, createdAt: '2026-03-12T09:00:00Z' },
  ];
  const item = (el: HTMLElement, name: string) => el.querySelector(`li[data-material="${name}"]`)!;

  it('lists each file as a download link with its size in Dutch and the day it was added', async () => {
    const { el, settle, text } = await render(GroupMaterialsComponent, { materials });
    const link = item(el, 'Workshop 1 - de R-ladder.pdf').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/api/files/f1');
    expect(text(link)).toBe('Workshop 1 - de R-ladder.pdf');
    expect([...el.querySelectorAll('[data-testid=material-size]')].map((s) => text(s))).toEqual(['482 kB', '1,2 MB', '512 B']);
    expect(text(item(el, 'Retourlogistiek.mp4'))).toBe('Retourlogistiek.mp4 · 1,2 MB · toegevoegd op 12 maart 2026');
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(text(item(el, 'Retourlogistiek.mp4'))).toBe('Retourlogistiek.mp4 · 1.2 MB · added on 12 March 2026');
  });

  it('emits the chosen file on upload, asks for one first, and emits the material whose remove button names it', async () => {
    const { el, instance, settle, text, submit } = await render(GroupMaterialsComponent, { materials, canManage: true });
    const uploads: File[] = [];
    const removed: GroupMaterialItem[] = [];
    instance.upload.subscribe((f) => uploads.push(f));
    instance.remove.subscribe((m) => removed.push(m));

    await submit();
    const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(text(el.querySelector(`#${input.id}-error`))).toBe('Kies een bestand.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(uploads).toEqual([]);

    const file = new File(['%PDF-1.7'], 'Handout.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(el.querySelector(`#${input.id}-error`)).toBeNull();
    await submit();
    expect(uploads).toEqual([file]);

    const remove = [...el.querySelectorAll<HTMLButtonElement>('li button')];
    expect(remove.map((b) => text(b))).toEqual(['Verwijderen Workshop 1 - de R-ladder.pdf', 'Verwijderen Retourlogistiek.mp4', 'Verwijderen Notitie.png']);
    remove[1].click();
    expect(removed).toEqual([materials[1]]);
  });

  it('refuses a file over 20 MB before sending it', async () => {
    const { el, instance, settle, text, submit } = await render(GroupMaterialsComponent, { materials: [], canManage: true });
    const uploads: File[] = [];
    instance.upload.subscribe((f) => uploads.push(f));
    const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
    const big = new File(['x'], 'Film.mp4', { type: 'video/mp4' });
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    Object.defineProperty(input, 'files', { value: [big], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    expect(text(el.querySelector(`#${input.id}-error`))).toBe('Dit bestand is groter dan 20 MB.');
    await submit();
    expect(uploads).toEqual([]);
  });

  it('shows the empty state, and no upload or remove to a reader who may not manage', async () => {
    const empty = await render(GroupMaterialsComponent, { materials: [] });
    expect(empty.text(empty.el.querySelector('[data-testid=materials-empty]'))).toBe('Nog geen materialen.');
    expect(empty.el.querySelector('form')).toBeNull();
    TestBed.resetTestingModule();
    const { el } = await render(GroupMaterialsComponent, { materials });
    expect(el.querySelectorAll('li').length).toBe(3);
    expect(el.querySelectorAll('button').length).toBe(0);
    expect(el.querySelector('input[type=file]')).toBeNull();
    expect(item(el, 'Notitie.png').querySelector('a')!.getAttribute('href')).toBe('/api/files/f3');
  });
});
