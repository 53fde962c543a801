/**
 * Documents rendered with pdfkit (standard fonts, vector charts, tables,
 * deterministic bytes for the same input):
 * - the PDF primitives and Dutch formatting every step lays its documents out with;
 * - the Koploper track's layouts (renderProfilePdf, renderParticipationCertificatePdf,
 *   renderCsrCertificatePdf), until they move to the track's own library.
 * The worker calls these; the API only serves what was stored.
 */
export * from './pdf';
export * from './format';
export * from './profile-pdf';
export * from './certificates-pdf';
