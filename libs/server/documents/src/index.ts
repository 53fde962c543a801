/**
 * The Koploper track's printable documents, rendered with pdfkit (standard
 * fonts, vector charts, deterministic bytes for the same input):
 * - renderProfilePdf: the duurzaamheidsprofiel a company keeps;
 * - renderParticipationCertificatePdf: the certificaat van deelname;
 * - renderCsrCertificatePdf: the MVO-certificaat with number and validity.
 * The worker calls these; the API only serves what was stored.
 */
export * from './profile-pdf';
export * from './certificates-pdf';
export { co2, dutchDate, dutchNumber } from './format';
