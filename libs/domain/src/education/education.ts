import type { Bilingual } from '../text';

/**
 * The education line ("Onderwijs en Ontwikkeling", pilot "de Groene Golf"):
 * vocational students carry out the MVO scan (ISO 26000) at their internship
 * company, discuss the result with the company, and can then be named junior
 * MVO ambassador. The database holds the same lists (check constraints).
 */

/** What the internship company said to the scan and to its result joining its journey. */
export const INTERNSHIP_CONSENT_STATUSES = ['requested', 'given', 'declined'] as const;
export type InternshipConsentStatus = (typeof INTERNSHIP_CONSENT_STATUSES)[number];
export const INTERNSHIP_CONSENT_LABELS: Record<InternshipConsentStatus, Bilingual> = {
  requested: { nl: 'Toestemming gevraagd', en: 'Consent requested' },
  given: { nl: 'Toestemming gegeven', en: 'Consent given' },
  declined: { nl: 'Geen toestemming', en: 'Consent declined' },
};

/** The next step the company chose when the student discussed the scan with it (the follow-up). */
export const INTERNSHIP_NEXT_STEPS = ['koploper', 'masterclass', 'chain', 'none'] as const;
export type InternshipNextStep = (typeof INTERNSHIP_NEXT_STEPS)[number];
export const INTERNSHIP_NEXT_STEP_LABELS: Record<InternshipNextStep, Bilingual> = {
  koploper: { nl: 'Stap 1: Koplopertraject', en: 'Step 1: Koploper track' },
  masterclass: { nl: 'Stap 2: CE-masterclass', en: 'Step 2: CE masterclass' },
  chain: { nl: 'Stap 3: ketenproject', en: 'Step 3: chain project' },
  none: { nl: 'Nog geen vervolgstap', en: 'No next step yet' },
};

/** How far a student's internship scan got. */
export type InternshipStage = 'consent' | 'scan' | 'follow_up' | 'done' | 'declined';

export interface InternshipFacts {
  consentStatus: InternshipConsentStatus;
  scanSubmitted: boolean;
  /** Every one of the 37 ISO 26000 issues answered (a maturity or "not relevant" with a reason). */
  scanComplete: boolean;
  followUpRecorded: boolean;
}

export function internshipStage(f: InternshipFacts): InternshipStage {
  if (f.consentStatus === 'declined') return 'declined';
  if (f.consentStatus === 'requested') return 'consent';
  if (!f.scanSubmitted || !f.scanComplete) return 'scan';
  if (!f.followUpRecorded) return 'follow_up';
  return 'done';
}

/**
 * A student may be named junior MVO ambassador once one internship is done:
 * the company consented, the scan is complete and its result was discussed
 * with the company (the follow-up). Null when allowed, else why not.
 */
export function ambassadorRefusal(internships: readonly InternshipFacts[]): Bilingual | null {
  if (internships.some((i) => internshipStage(i) === 'done')) return null;
  if (!internships.some((i) => i.consentStatus === 'given')) {
    return { nl: 'Nog geen stagebedrijf heeft toestemming gegeven voor de MVO-scan', en: 'No internship company has consented to the CSR scan yet' };
  }
  if (!internships.some((i) => i.consentStatus === 'given' && i.scanSubmitted && i.scanComplete)) {
    return { nl: 'De MVO-scan is nog niet volledig ingevuld (alle 37 onderwerpen van ISO 26000)', en: 'The CSR scan is not complete yet (all 37 issues of ISO 26000)' };
  }
  return { nl: 'De uitkomst van de scan is nog niet met het bedrijf besproken (de terugkoppeling)', en: 'The scan has not been discussed with the company yet (the feedback)' };
}
