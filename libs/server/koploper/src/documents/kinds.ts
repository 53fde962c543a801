import { declareDocumentKind } from '@koers/server-documents';

/** The Koploper track's documents: each is rendered by one @DocumentRenderer in KoploperDocuments. */
export const PROFILE_PDF = declareDocumentKind('profile_pdf', { owner: 'sustainability_profile (published)' });
export const PARTICIPATION_CERTIFICATE = declareDocumentKind('participation_certificate', { owner: 'enrolment (symposium or alumni)' });
export const CSR_CERTIFICATE = declareDocumentKind('csr_certificate', { owner: 'csr_certificate (awarded)' });
