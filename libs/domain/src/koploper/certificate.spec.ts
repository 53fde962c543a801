import { describe, expect, it } from 'vitest';
import {
  approveCertificate, approveCertificateWithConditions, awardCertificate, canTransitionCertificate, CERTIFICATE_STATUSES, CertificateError,
  expireCertificate, formatCertificateNumber, isInPublicRegister, newCertificateApplication, parseCertificateNumber, rejectCertificate,
  revokeCertificate, submitCertificate, validUntilFor, type CertificateApplication, type CertificateStatus,
} from './certificate';
import { CERTIFICATE_STATUS_LABELS } from './labels';

const award = { number: 'MVO-2026-0001', awardedOn: '2026-06-12', validUntil: '2029-06-11' };
const awarded = (): CertificateApplication => awardCertificate(approveCertificate(submitCertificate(newCertificateApplication())), award);

describe('certificate transitions', () => {
  it('allow exactly the documented moves', () => {
    const allowed: string[] = [];
    for (const from of CERTIFICATE_STATUSES) for (const to of CERTIFICATE_STATUSES) if (canTransitionCertificate(from, to)) allowed.push(`${from}->${to}`);
    expect(allowed).toEqual([
      'draft->submitted',
      'submitted->approved', 'submitted->approved_with_conditions', 'submitted->rejected',
      'approved->awarded', 'approved_with_conditions->awarded',
      'awarded->expired', 'awarded->revoked',
    ]);
    for (const s of CERTIFICATE_STATUSES) expect(CERTIFICATE_STATUS_LABELS[s].nl.length).toBeGreaterThan(0);
  });

  it('runs the happy path and keeps earlier states untouched', () => {
    const draft = newCertificateApplication();
    const submitted = submitCertificate(draft);
    expect(draft.status).toBe('draft');
    const approved = approveCertificateWithConditions(submitted, ['CO2-reductieplan vóór 2027 / CO2 reduction plan before 2027']);
    expect(approved).toMatchObject({ status: 'approved_with_conditions', conditions: ['CO2-reductieplan vóór 2027 / CO2 reduction plan before 2027'] });
    expect(awardCertificate(approved, award)).toMatchObject({ status: 'awarded', ...award, conditions: approved.conditions });
  });

  it('refuses awarding a draft, naming what is allowed, as a CertificateError', () => {
    const draft = newCertificateApplication();
    expect(() => awardCertificate(draft, award)).toThrow(CertificateError);
    expect(() => awardCertificate(draft, award)).toThrow("Van 'Concept' kan een aanvraag alleen naar 'Ingediend', niet naar 'Uitgereikt' / From 'Draft' an application can only move to 'Submitted', not to 'Awarded'");
  });

  it('refuses any move out of rejected, expired and revoked', () => {
    const rejected = rejectCertificate(submitCertificate(newCertificateApplication()), 'Geen actieplan');
    expect(rejected).toMatchObject({ status: 'rejected', reason: 'Geen actieplan' });
    expect(() => submitCertificate(rejected)).toThrow("Een aanvraag met status 'Afgewezen' kan niet meer veranderen");
    const revoked = revokeCertificate(awarded(), 'Misleidende claims', '2027-01-05');
    expect(revoked).toMatchObject({ status: 'revoked', endedOn: '2027-01-05' });
    expect(() => expireCertificate(revoked, '2030-01-01')).toThrow(CertificateError);
    for (const s of ['rejected', 'expired', 'revoked'] as CertificateStatus[]) {
      expect(CERTIFICATE_STATUSES.filter((to) => canTransitionCertificate(s, to))).toEqual([]);
    }
  });

  it('needs conditions, reasons and a sane award', () => {
    const submitted = submitCertificate(newCertificateApplication());
    expect(() => approveCertificateWithConditions(submitted, [])).toThrow('Noem ten minste één voorwaarde');
    expect(() => rejectCertificate(submitted, '  ')).toThrow('Give a reason for the rejection');
    const approved = approveCertificate(submitted);
    expect(() => awardCertificate(approved, { ...award, validUntil: '2026-06-12' })).toThrow('must end after the award date');
    expect(() => awardCertificate(approved, { ...award, number: 'MVO-26-1' })).toThrow('MVO-YYYY-NNNN');
    expect(() => revokeCertificate(awarded(), '', '2027-01-01')).toThrow('Geef een reden voor de intrekking');
  });

  it('expires only after the last valid day', () => {
    expect(() => expireCertificate(awarded(), '2029-06-11')).toThrow('valid up to and including 2029-06-11');
    expect(expireCertificate(awarded(), '2029-06-12')).toMatchObject({ status: 'expired', endedOn: '2029-06-12' });
  });
});

describe('isInPublicRegister', () => {
  it('shows an awarded certificate from its award day through its last valid day', () => {
    const cert = awarded();
    expect(isInPublicRegister(cert, '2026-06-11')).toBe(false);
    expect(isInPublicRegister(cert, '2026-06-12')).toBe(true);
    expect(isInPublicRegister(cert, '2029-06-11')).toBe(true);
    expect(isInPublicRegister(cert, '2029-06-12')).toBe(false);
  });

  it('hides revoked, expired and not-yet-awarded applications', () => {
    expect(isInPublicRegister(revokeCertificate(awarded(), 'fraude', '2027-01-01'), '2027-06-01')).toBe(false);
    expect(isInPublicRegister(expireCertificate(awarded(), '2029-07-01'), '2029-06-01')).toBe(false);
    expect(isInPublicRegister(approveCertificate(submitCertificate(newCertificateApplication())), '2027-01-01')).toBe(false);
  });
});

describe('certificate numbers', () => {
  it('formats and parses MVO-YYYY-NNNN', () => {
    expect(formatCertificateNumber(2026, 1)).toBe('MVO-2026-0001');
    expect(formatCertificateNumber(2026, 9999)).toBe('MVO-2026-9999');
    expect(parseCertificateNumber('MVO-2026-0042')).toEqual({ year: 2026, sequence: 42 });
  });
  it('refuses sequences outside 1..9999 and malformed numbers', () => {
    expect(() => formatCertificateNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatCertificateNumber(2026, 10000)).toThrow(RangeError);
    expect(() => formatCertificateNumber(26, 1)).toThrow(RangeError);
    expect(() => parseCertificateNumber('MVO-2026-0000')).toThrow(CertificateError);
    expect(() => parseCertificateNumber('mvo-2026-0001')).toThrow(CertificateError);
  });
  it('computes the last valid day, including from 29 February', () => {
    expect(validUntilFor('2026-06-12', 3)).toBe('2029-06-11');
    expect(validUntilFor('2024-02-29', 1)).toBe('2025-02-28');
    expect(validUntilFor('2026-01-01', 1)).toBe('2026-12-31');
  });
});
