import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideKoersI18n } from '@koers/web-ui';
import { SurveyComponent } from './survey.component';

const SURVEY = {
  questionnaire: { id: 'evaluation.questionnaire.v1', version: 1, title: { nl: 'Evaluatie van het traject', en: 'Evaluation of the track' } },
  group: 'Koplopergroep Assen 2026', partner: 'MVO Noord', organisation: 'Bakkerij De Vries', answered: false, expiresAt: '2027-01-01T00:00:00Z',
  scale: [1, 2, 3, 4, 5].map((value) => ({ value, text: { nl: `nl${value}`, en: `en${value}` } })),
  items: [
    { key: 'good-instrument', text: { nl: 'Het traject is een goed instrument om het mkb te helpen', en: 'The track is a good instrument' }, origin: 'core' },
    { key: 'partner.meetings', text: { nl: 'De bijeenkomsten waren goed georganiseerd', en: 'The meetings were well organised' }, origin: 'partner' },
  ],
};

async function open(url: string) {
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter([{ path: 'evaluatie/:token', component: SurveyComponent }])],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  await settle();
  return { http, el: harness.fixture.nativeElement as HTMLElement, settle };
}

describe('the evaluation survey page', () => {
  beforeEach(() => localStorage.clear());

  it('shows the statements of the link, sends the chosen answers once and thanks', async () => {
    const { http, el, settle } = await open('/evaluatie/tok_abcdefghijklmnopqrstuvwxyz');
    http.expectOne('/api/public/evaluation/tok_abcdefghijklmnopqrstuvwxyz').flush(SURVEY);
    await settle();
    expect(el.querySelector('h1')!.textContent).toContain('Koplopergroep Assen 2026');
    expect([...el.querySelectorAll('legend')].map((l) => l.textContent!.trim())).toEqual(['Het traject is een goed instrument om het mkb te helpen', 'De bijeenkomsten waren goed georganiseerd']);
    el.querySelector<HTMLInputElement>('[data-item="good-instrument"] input[value="5"]')!.dispatchEvent(new Event('change'));
    await settle();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    const req = http.expectOne('/api/public/evaluation/tok_abcdefghijklmnopqrstuvwxyz');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ answers: [{ item: 'good-instrument', value: 5 }] });
    req.flush({ answered: 1, items: 2 }, { status: 201, statusText: 'Created' });
    await settle();
    expect(el.querySelector('[data-testid=survey-done]')!.textContent!.trim()).toBe('Bedankt! Uw antwoorden zijn opgeslagen.');
    expect(el.querySelector('form')).toBeNull();
  });

  it('sends nothing without an answer, and says when the link no longer works', async () => {
    const { http, el, settle } = await open('/evaluatie/tok_abcdefghijklmnopqrstuvwxyz');
    http.expectOne('/api/public/evaluation/tok_abcdefghijklmnopqrstuvwxyz').flush(SURVEY);
    await settle();
    el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await settle();
    http.expectNone('/api/public/evaluation/tok_abcdefghijklmnopqrstuvwxyz');
    expect(el.querySelector('[role=alert]')!.textContent!.trim()).toBe('Beantwoord ten minste één stelling.');
  });

  it('an unknown or expired link gets a sentence, not a form', async () => {
    const { http, el, settle } = await open('/evaluatie/tok_verlopen_abcdefghijklmnop');
    http.expectOne('/api/public/evaluation/tok_verlopen_abcdefghijklmnop').flush({ status: 404, code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(el.querySelector('[data-testid=survey-error]')!.textContent).toContain('Deze link werkt niet (meer)');
    expect(el.querySelector('form')).toBeNull();
  });
});
