import { CERTIFICATE_STATUS_LABELS } from './labels';
import { assertIsoDate, type Bilingual } from '../text';
import { RuleError } from '../programme/rule-error';

/** MVO-certificaat application: applied for, reviewed, awarded, kept in a public register. */
export const CERTIFICATE_STATUSES = ['draft', 'submitted', 'approved', 'approved_with_conditions', 'rejected', 'awarded', 'expired', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * A rejected application stays rejected (the company files a new one), so the
 * history of a reviewed application is never rewritten.
 */
const NEXT: Readonly<Record<CertificateStatus, readonly CertificateStatus[]>> = Object.freeze({
  draft: ['submitted'],
  submitted: ['approved', 'approved_with_conditions', 'rejected'],
  approved: ['awarded'],
  approved_with_conditions: ['awarded'],
  rejected: [],
  awarded: ['expired', 'revoked'],
  expired: [],
  revoked: [],
});

export interface CertificateApplication {
  status: CertificateStatus;
  /** Set when approved with conditions; shown with the award. */
  conditions?: readonly string[];
  /** Why it was rejected or revoked. */
  reason?: string;
  /** Set on award: number (MVO-YYYY-NNNN) and validity, dates YYYY-MM-DD, both inclusive. */
  number?: string;
  awardedOn?: string;
  validUntil?: string;
  /** The day it was revoked or marked expired. */
  endedOn?: string;
}

export function isCertificateStatus(value: unknown): value is CertificateStatus {
  return typeof value === 'string' && (CERTIFICATE_STATUSES as readonly string[]).includes(value);
}

export function nextCertificateStatuses(from: CertificateStatus): readonly CertificateStatus[] {
  return isCertificateStatus(from) ? NEXT[from] : [];
}

export function canTransitionCertificate(from: CertificateStatus, to: CertificateStatus): boolean {
  return nextCertificateStatuses(from).includes(to);
}

export class CertificateError extends RuleError {
  constructor(code: string, text: Bilingual) {
    super(code, text);
    this.name = 'CertificateError';
  }
}

const label = (s: string, lang: 'nl' | 'en') => (isCertificateStatus(s) ? CERTIFICATE_STATUS_LABELS[s][lang] : JSON.stringify(s));

/** Throws a CertificateError naming the allowed next statuses when `from -> to` is not allowed. */
export function assertCertificateTransition(from: CertificateStatus, to: CertificateStatus): void {
  if (canTransitionCertificate(from, to)) return;
  const allowed = nextCertificateStatuses(from);
  throw new CertificateError(
    'certificate_transition_refused',
    allowed.length === 0
      ? { nl: `Een aanvraag met status '${label(from, 'nl')}' kan niet meer veranderen (gevraagd: '${label(to, 'nl')}')`, en: `An application with status '${label(from, 'en')}' cannot change any more (asked: '${label(to, 'en')}')` }
      : {
          nl: `Van '${label(from, 'nl')}' kan een aanvraag alleen naar ${allowed.map((s) => `'${label(s, 'nl')}'`).join(' of ')}, niet naar '${label(to, 'nl')}'`,
          en: `From '${label(from, 'en')}' an application can only move to ${allowed.map((s) => `'${label(s, 'en')}'`).join(' or ')}, not to '${label(to, 'en')}'`,
        },
  );
}

function move(app: CertificateApplication, to: CertificateStatus, changes: Partial<CertificateApplication> = {}): CertificateApplication {
  assertCertificateTransition(app.status, to);
  return { ...app, ...changes, status: to };
}

const nonEmpty = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

export const newCertificateApplication = (): CertificateApplication => ({ status: 'draft' });
export const submitCertificate = (app: CertificateApplication) => move(app, 'submitted');
export const approveCertificate = (app: CertificateApplication) => move(app, 'approved');

export function approveCertificateWithConditions(app: CertificateApplication, conditions: readonly string[]): CertificateApplication {
  if (conditions.length === 0 || !conditions.every(nonEmpty)) {
    throw new CertificateError('conditions_required', { nl: 'Noem ten minste één voorwaarde', en: 'Name at least one condition' });
  }
  return move(app, 'approved_with_conditions', { conditions: [...conditions] });
}

export function rejectCertificate(app: CertificateApplication, reason: string): CertificateApplication {
  if (!nonEmpty(reason)) throw new CertificateError('reason_required', { nl: 'Geef een reden voor de afwijzing', en: 'Give a reason for the rejection' });
  return move(app, 'rejected', { reason });
}

export function awardCertificate(app: CertificateApplication, award: { number: string; awardedOn: string; validUntil: string }): CertificateApplication {
  parseCertificateNumber(award.number);
  assertIsoDate(award.awardedOn, 'awardedOn');
  assertIsoDate(award.validUntil, 'validUntil');
  if (award.validUntil <= award.awardedOn) {
    throw new CertificateError('validity_invalid', {
      nl: `De geldigheid (${award.validUntil}) moet na de uitreikdatum (${award.awardedOn}) liggen`,
      en: `Validity (${award.validUntil}) must end after the award date (${award.awardedOn})`,
    });
  }
  return move(app, 'awarded', { ...award });
}

/** Marks an awarded certificate expired; only after its last valid day. */
export function expireCertificate(app: CertificateApplication, today: string): CertificateApplication {
  assertIsoDate(today, 'today');
  assertCertificateTransition(app.status, 'expired');
  if (!app.validUntil || today <= app.validUntil) {
    throw new CertificateError('not_yet_expired', {
      nl: `Het certificaat is geldig tot en met ${app.validUntil}; het verloopt pas daarna`,
      en: `The certificate is valid up to and including ${app.validUntil}; it expires only after that`,
    });
  }
  return move(app, 'expired', { endedOn: today });
}

export function revokeCertificate(app: CertificateApplication, reason: string, today: string): CertificateApplication {
  assertIsoDate(today, 'today');
  if (!nonEmpty(reason)) throw new CertificateError('reason_required', { nl: 'Geef een reden voor de intrekking', en: 'Give a reason for the revocation' });
  return move(app, 'revoked', { reason, endedOn: today });
}

/**
 * Shown in the public register on `today`: awarded, already awarded on that day,
 * and not past its validity. The date check matters because marking a certificate
 * `expired` is a later bookkeeping step; the register must not wait for it.
 */
export function isInPublicRegister(cert: CertificateApplication, today: string): boolean {
  assertIsoDate(today, 'today');
  return cert.status === 'awarded' && !!cert.awardedOn && !!cert.validUntil && cert.awardedOn <= today && today <= cert.validUntil;
}

const NUMBER_PATTERN = /^MVO-(\d{4})-(\d{4})$/;

/** `MVO-2026-0001`: year of award and a sequence number per year (1..9999). */
export function formatCertificateNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`year must be a four-digit year, got ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999) throw new RangeError(`sequence must be 1..9999, got ${sequence}`);
  return `MVO-${year}-${String(sequence).padStart(4, '0')}`;
}

export function parseCertificateNumber(number: string): { year: number; sequence: number } {
  const m = NUMBER_PATTERN.exec(number);
  if (!m || Number(m[2]) === 0) {
    throw new CertificateError('number_invalid', {
      nl: `Certificaatnummer moet de vorm MVO-JJJJ-NNNN hebben; nu ${JSON.stringify(number)}`,
      en: `Certificate number must look like MVO-YYYY-NNNN; got ${JSON.stringify(number)}`,
    });
  }
  return { year: Number(m[1]), sequence: Number(m[2]) };
}

/** Last valid day for a validity of `years` from `awardedOn`: the day before the anniversary. */
export function validUntilFor(awardedOn: string, years: number): string {
  assertIsoDate(awardedOn, 'awardedOn');
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`years must be a whole number >= 1, got ${years}`);
  const [y, m, d] = awardedOn.split('-').map(Number) as [number, number, number];
  // Date.UTC rolls 29 Feb over to 1 Mar in a non-leap year; minus one day gives 28 Feb.
  const end = new Date(Date.UTC(y + years, m - 1, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}
