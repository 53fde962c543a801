import { describe, expect, it } from 'vitest';
import { ambassadorRefusal, internshipStage, type InternshipFacts } from './education';

const base: InternshipFacts = { consentStatus: 'given', scanSubmitted: true, scanComplete: true, followUpRecorded: true };

describe('education line', () => {
  it('walks an internship from consent to done', () => {
    expect(internshipStage({ ...base, consentStatus: 'requested' })).toBe('consent');
    expect(internshipStage({ ...base, consentStatus: 'declined' })).toBe('declined');
    expect(internshipStage({ ...base, scanSubmitted: false })).toBe('scan');
    expect(internshipStage({ ...base, scanComplete: false })).toBe('scan');
    expect(internshipStage({ ...base, followUpRecorded: false })).toBe('follow_up');
    expect(internshipStage(base)).toBe('done');
  });

  it('names an ambassador only after a done internship, saying what is missing', () => {
    expect(ambassadorRefusal([])?.en).toMatch(/consented/);
    expect(ambassadorRefusal([{ ...base, consentStatus: 'requested' }])?.en).toMatch(/consented/);
    expect(ambassadorRefusal([{ ...base, scanComplete: false }])?.en).toMatch(/not complete/);
    expect(ambassadorRefusal([{ ...base, followUpRecorded: false }])?.en).toMatch(/discussed/);
    expect(ambassadorRefusal([{ ...base, followUpRecorded: false }, base])).toBeNull();
  });
});
