import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError, type Problem } from '@koers/web-api-client';
import { LanguageService, provideKoersI18n } from '@koers/web-ui';
import { RefusalComponent, readRefusal, refusalLines } from './refusal';

const SIZE_RULE: Problem = {
  type: 'https://koers.dev/problems/group.size_rule',
  title: 'Conflict',
  status: 409,
  code: 'group.size_rule',
  params: { min: 3, max: 15, count: 2 },
  text: { nl: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2', en: 'A cohort has 3 to 15 participants; now 2' },
  detail: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2',
  errors: [
    { field: 'organisationId', code: 'enrolment.unknown_organisation', params: {}, text: { nl: 'Onbekende organisatie', en: 'Unknown organisation' } },
    { field: 'startsOn', code: 'group.dates', params: {}, text: { nl: 'Start ligt na het einde', en: 'Start is after the end' } },
  ],
};

async function render(problem: Problem | null, status = 409, fieldNames: Record<string, string> = {}) {
  localStorage.clear();
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideKoersI18n()] });
  const fixture = TestBed.createComponent(RefusalComponent);
  fixture.componentRef.setInput('refusal', readRefusal(new ApiError(status, problem)));
  fixture.componentRef.setInput('fieldNames', fieldNames);
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const lines = () => [...el.querySelectorAll('[role=alert] p')].map((p) => p.textContent!.trim());
  return { fixture, el, lines };
}

describe('the refusal box', () => {
  it("shows the API's Dutch text and every field by name, with the code", async () => {
    const { el, lines } = await render(SIZE_RULE);
    expect(lines()).toEqual(['Een Koplopergroep telt 3 tot 15 deelnemers; nu 2', 'organisationId: Onbekende organisatie', 'startsOn: Start ligt na het einde']);
    expect(el.querySelector('[role=alert]')!.getAttribute('data-code')).toBe('group.size_rule');
  });

  it('shows text.en and the fields in English when the reader reads English, and names fields by their label', async () => {
    const { fixture, lines } = await render(SIZE_RULE, 409, { organisationId: 'Bedrijf' });
    TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(lines()).toEqual(['A cohort has 3 to 15 participants; now 2', 'Bedrijf: Unknown organisation', 'startsOn: Start is after the end']);
  });

  it('never splits a text: an answer without `text` shows its detail whole', async () => {
    const { fixture, lines } = await render({ status: 409, title: 'Conflict', detail: 'Deze uitnodiging is verlopen / This invitation has expired' } as Problem);
    TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(lines()).toEqual(['Deze uitnodiging is verlopen / This invitation has expired']);
  });

  it('says when the API cannot be reached, and when something else failed', () => {
    expect(readRefusal(new ApiError(0, null)).text.nl).toBe('Koers is even niet bereikbaar. Probeer het zo opnieuw.');
    expect(readRefusal(new Error('boom')).text.en).toBe('Something went wrong. Please try again.');
    expect(readRefusal(new ApiError(502, null)).text.nl).toBe('HTTP 502');
  });
});

describe('refusalLines', () => {
  const upload = readRefusal(
    new ApiError(400, {
      code: 'baseline.file_rows',
      params: {},
      text: { nl: '2 regels bevatten fouten; er is niets opgeslagen', en: '2 lines have errors; nothing was stored' },
      errors: [
        { field: 'line 6', code: 'baseline.row', params: {}, text: { nl: 'regel 6: onbekende soort "kolen"', en: 'line 6: unknown type "kolen"' } },
        { field: 'line 7', code: 'baseline.row', params: {}, text: { nl: 'hoeveelheid moet 0 of meer zijn', en: 'amount must be 0 or more' } },
        { field: 'file', code: 'baseline.file_rows', params: {}, text: { nl: '2 regels bevatten fouten; er is niets opgeslagen', en: '2 lines have errors; nothing was stored' } },
      ],
    }),
  );

  it('reads a row of a file by its line, in the reader language, and does not repeat the refusal itself', () => {
    expect(refusalLines(upload, 'nl')).toEqual(['regel 6: onbekende soort "kolen"', 'regel 7: hoeveelheid moet 0 of meer zijn']);
    expect(refusalLines(upload, 'en')).toEqual(['line 6: unknown type "kolen"', 'line 7: amount must be 0 or more']);
  });

  it('leaves out the fields a form shows itself', () => {
    expect(refusalLines(upload, 'nl', {}, ['line 6'])).toEqual(['regel 7: hoeveelheid moet 0 of meer zijn']);
  });
});
