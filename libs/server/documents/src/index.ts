/**
 * Documents of every step, rendered on the worker (never in a request):
 * - PDF primitives on pdfkit (standard fonts, vector charts, tables,
 *   deterministic bytes for the same input) and Dutch formatting for print;
 * - the catalogue of document kinds a step extends (`declareDocumentKind`);
 * - `@DocumentRenderer('<kind>')` methods, found when the worker starts, and the
 *   one `document.render` job that renders a kind and stores it
 *   (`DocumentsWorkerModule`).
 * A step's layouts and wording live in the step's own library.
 */
export * from './pdf';
export * from './sankey';
export * from './format';
export * from './kinds';
export * from './renderer';
export * from './documents.worker';
