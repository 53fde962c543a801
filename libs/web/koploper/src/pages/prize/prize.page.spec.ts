import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Prize, SessionView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageService, provideKoersI18n, ToastService } from '@koers/web-ui';
import { koploperRoutes } from '../../routes';

const CRITERIA: Prize['criteria'] = [
  { id: 'message', name: { nl: 'Boodschap', en: 'Message' }, description: { nl: 'Is helder wat het bedrijf doet?', en: 'Is it clear what the company does?' }, max: 10, weight: 2 },
  { id: 'creativity', name: { nl: 'Creativiteit', en: 'Creativity' }, description: { nl: 'Is de vorm origineel?', en: 'Is the form original?' }, max: 5, weight: 1 },
];
const score = (jurorUserId: string, criterionId: string, s: number) => ({ jurorUserId, criterionId, score: s });

/** Two companies share the highest total: the coordinator decides. */
const TIE: Prize = {
  criteria: CRITERIA,
  jury: [
    { userId: 'u-jury-1', name: 'Ada Veenstra' },
    { userId: 'u-jury-2', name: 'Bram Hoekstra' },
  ],
  entries: [
    { participantId: 'p1', organisationName: 'Bakkerij De Vries', submissionId: 's1', text: 'Ons verhaal s1', files: [], scores: [score('u-jury-1', 'message', 8), score('u-jury-1', 'creativity', 4)], total: 20.5, complete: true },
    { participantId: 'p2', organisationName: 'Fietsenmaker Smit', submissionId: 's2', text: 'Ons verhaal s2', files: [], scores: [score('u-jury-1', 'message', 9), score('u-jury-1', 'creativity', 2)], total: 20.5, complete: true },
    { participantId: 'p3', organisationName: 'Garage Bos', submissionId: 's3', text: 'Ons verhaal s3', files: [], scores: [score('u-jury-1', 'message', 4), score('u-jury-1', 'creativity', 1)], total: 9, complete: false },
  ],
  leaders: ['p1', 'p2'],
  tie: true,
  winnerParticipantId: null,
};

async function open(prize: Prize, as: { role: 'coordinator' | 'adviser'; userId: string }) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(koploperRoutes(), withComponentInputBinding())],
  });
  const auth = TestBed.inject(AuthService);
  auth.session.set({
    user: { id: as.userId, email: 'x@mvo-noord.test', name: 'X', locale: 'nl' },
    memberships: [{ id: 'm1', role: as.role, partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: null }],
    activeMembershipId: 'm1',
  } as SessionView);
  auth.checked.set(true);
  const toasts: string[] = [];
  vi.spyOn(TestBed.inject(ToastService), 'show').mockImplementation((m: string) => void toasts.push(m));
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const tick = () => new Promise((r) => setTimeout(r));
  const settle = async () => {
    await tick();
    await harness.fixture.whenStable();
  };
  await harness.navigateByUrl('/groepen/c1/prijs');
  await tick();
  http.expectOne('/api/koploper/cohorts/c1/prize').flush(prize);
  http.expectOne('/api/koploper/cohorts/c1').flush({ id: 'c1', name: 'Koplopergroep Midden-Drenthe', municipality: 'Midden-Drenthe' });
  if (as.role === 'coordinator') {
    http.expectOne('/api/programme/staff-picker').flush({
      items: [
        { userId: 'u-jury-1', name: 'Ada Veenstra', email: 'adviseur@mvo-noord.test', role: 'adviser' },
        { userId: 'u-jury-2', name: 'Bram Hoekstra', email: 'bram@mvo-noord.test', role: 'coordinator' },
        { userId: 'u-3', name: 'Cor Dijkstra', email: 'cor@mvo-noord.test', role: 'analyst' },
      ],
    });
  }
  await settle();
  const el: HTMLElement = harness.fixture.nativeElement;
  const text = (node: Element | null = el) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { http, el, settle, tick, text, toasts };
}

describe('the Koploper prize', () => {
  it('shows the criteria, the ranking with shared places, and a clear tie message', async () => {
    const { el, text } = await open(TIE, { role: 'adviser', userId: 'u-other' });
    expect(text(el.querySelector('[data-testid=cohort-name]'))).toBe('Koplopergroep Midden-Drenthe · Midden-Drenthe');
    expect(text(el.querySelector('[data-testid=prize-tie]'))).toBe('Gelijke stand: de coördinator beslist. Hoogste totaal: Bakkerij De Vries, Fietsenmaker Smit');
    const rows = [...el.querySelectorAll('[data-testid^=entry-]')].map((tr) => [...tr.querySelectorAll('td, th')].map((c) => text(c)));
    expect(rows).toEqual([
      ['1', 'Bakkerij De Vries', '20,5', 'Door de hele jury'],
      ['1', 'Fietsenmaker Smit', '20,5', 'Door de hele jury'],
      ['3', 'Garage Bos', '9', 'Nog niet door iedereen'],
    ]);
    expect(text(el)).toContain('Nog niet elk jurylid heeft elke inzending gescoord.');
    // An adviser outside the jury neither scores nor decides.
    expect(el.querySelector('[data-testid=award-prize]')).toBeNull();
    expect(el.querySelector('[data-testid^=scores-]')).toBeNull();
    expect(el.querySelector('[data-testid=save-jury]')).toBeNull();
  });

  it('shows the tie in English too', async () => {
    const { el, settle, text } = await open(TIE, { role: 'adviser', userId: 'u-other' });
    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(text(el.querySelector('[data-testid=prize-tie]'))).toBe('Tie: the coordinator decides. Highest total: Bakkerij De Vries, Fietsenmaker Smit');
  });

  it('lets the coordinator pick the winner among the leaders only', async () => {
    const { http, el, settle, tick, text, toasts } = await open(TIE, { role: 'coordinator', userId: 'u-coord' });
    const choices = [...el.querySelectorAll<HTMLInputElement>('input[name=prize-winner]')];
    expect(choices.map((c) => text(c.parentElement))).toEqual(['Bakkerij De Vries', 'Fietsenmaker Smit']);
    el.querySelector<HTMLButtonElement>('[data-testid=award-prize]')!.click();
    await settle();
    expect(text(el)).toContain('Kies een bedrijf.');
    http.expectNone('/api/koploper/cohorts/c1/prize');

    choices[1].click();
    await settle();
    el.querySelector<HTMLButtonElement>('[data-testid=award-prize]')!.click();
    await tick();
    const req = http.expectOne((r) => r.method === 'POST' && r.url === '/api/koploper/cohorts/c1/prize');
    expect(req.request.body).toEqual({ participantId: 'p2' });
    req.flush({ ...TIE, winnerParticipantId: 'p2' });
    await settle();
    expect(text(el.querySelector('[data-testid=prize-winner]'))).toBe('Winnaar van de Koploperprijs: Fietsenmaker Smit');
    expect(el.querySelector('[data-testid=prize-tie]')).toBeNull();
    expect(el.querySelector('[data-testid=award-prize]')).toBeNull();
    // The API refuses jury changes once the prize is awarded: the form is gone.
    expect(el.querySelector('[data-testid=save-jury]')).toBeNull();
    expect(el.querySelector('[data-testid=prize-locked]')).not.toBeNull();
    expect(toasts).toEqual(['De Koploperprijs is toegekend aan Fietsenmaker Smit.']);
  });

  it('lets the coordinator choose the jury from the staff', async () => {
    const { http, el, settle, tick } = await open(TIE, { role: 'coordinator', userId: 'u-coord' });
    const box = (email: string) => el.querySelector<HTMLInputElement>(`[data-testid="juror-${email}"]`)!;
    expect([box('adviseur@mvo-noord.test').checked, box('bram@mvo-noord.test').checked, box('cor@mvo-noord.test').checked]).toEqual([true, true, false]);
    box('bram@mvo-noord.test').click();
    box('cor@mvo-noord.test').click();
    await settle();
    el.querySelector<HTMLButtonElement>('[data-testid=save-jury]')!.click();
    await tick();
    const req = http.expectOne('/api/koploper/cohorts/c1/jury');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ userIds: ['u-jury-1', 'u-3'] });
  });

  it("lets a juror score a submission on every criterion within its maximum, starting from the juror's earlier scores", async () => {
    const { http, el, settle, tick, text, toasts } = await open(TIE, { role: 'adviser', userId: 'u-jury-1' });
    const form = el.querySelector<HTMLFormElement>('[data-testid="scores-Garage Bos"]')!;
    const input = (criterion: string) => form.querySelector<HTMLInputElement>(`[data-testid=score-${criterion}]`)!;
    // The juror reads what it scores.
    expect(text(form.querySelector('blockquote'))).toBe('Ons verhaal s3');
    expect([input('message').value, input('creativity').value]).toEqual(['4', '1']);
    expect(text(form.querySelector(`label[for=${input('creativity').id}]`))).toBe('Creativiteit (0 tot 5)');

    input('creativity').value = '7';
    input('creativity').dispatchEvent(new Event('input'));
    await settle();
    form.querySelector<HTMLButtonElement>('[data-testid=save-scores]')!.click();
    await settle();
    expect(input('creativity').getAttribute('aria-invalid')).toBe('true');
    expect(text(el.querySelector(`#${input('creativity').getAttribute('aria-describedby')}`))).toBe('Geef een score van 0 tot 5, met hooguit één decimaal.');
    http.expectNone('/api/koploper/communication/s3/scores');

    // A Dutch juror's 3.5 is not guessed: the field says how to write it.
    input('creativity').value = '3.5';
    input('creativity').dispatchEvent(new Event('input'));
    await settle();
    form.querySelector<HTMLButtonElement>('[data-testid=save-scores]')!.click();
    await settle();
    expect(text(el.querySelector(`#${input('creativity').getAttribute('aria-describedby')}`))).toBe('Een punt scheidt duizendtallen: schrijf 3,5 of 3.500.');
    http.expectNone('/api/koploper/communication/s3/scores');

    input('creativity').value = '3,5';
    input('creativity').dispatchEvent(new Event('input'));
    await settle();
    form.querySelector<HTMLButtonElement>('[data-testid=save-scores]')!.click();
    await tick();
    const req = http.expectOne('/api/koploper/communication/s3/scores');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ scores: { message: 4, creativity: 3.5 } });
    req.flush(TIE);
    await settle();
    expect(toasts).toEqual(['Uw scores voor Garage Bos zijn opgeslagen.']);
  });
});
