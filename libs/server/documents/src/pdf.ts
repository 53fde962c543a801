// A type-only import: it brings pdfkit's types in; the module itself is loaded by createDoc.
import type PDFDocument from 'pdfkit';

/** A pdfkit document, as every primitive here takes it. */
export type Doc = typeof PDFDocument;

export const COLORS = { ink: '#1d2b36', muted: '#5b6b78', accent: '#1b6e4f', bar: '#2f8f6a', track: '#e3ece8', rule: '#c9d4da' } as const;

/** The standard PDF fonts the documents use: nothing to download or embed; WinAnsi covers é, ë, ï. */
export const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;

export interface DocOptions {
  title: string;
  author: string;
  /** YYYY-MM-DD: the creation date in the metadata, so the same input gives the same bytes. */
  date: string;
  layout?: 'portrait' | 'landscape';
}

/**
 * An A4 document with fixed metadata (same input, same bytes), standard fonts
 * only, and pages buffered so `footers` can say "pagina X van Y" once the
 * length is known. pdfkit is loaded on the first document, not when the
 * worker starts.
 */
export async function createDoc(opts: DocOptions): Promise<Doc> {
  const { default: PDFDocument } = await import('pdfkit');
  const at = new Date(`${opts.date}T12:00:00Z`);
  return new PDFDocument({
    size: 'A4',
    layout: opts.layout ?? 'portrait',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    lang: 'nl-NL',
    info: { Title: opts.title, Author: opts.author, Creator: 'Koers', Producer: 'Koers', CreationDate: at, ModDate: at },
  });
}

/** Ends the document and collects its bytes. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Width between the left and right margins of the current page. */
export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Writes "pagina X van Y" and a source line at the foot of every buffered page. */
export function footers(doc: Doc, source: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - 40;
    const { left } = doc.page.margins;
    const width = contentWidth(doc);
    // Writing below the bottom margin would add a page: lift the margin while writing the footer.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONTS.regular).fontSize(8).fillColor(COLORS.muted);
    doc.text(source, left, bottom, { width, align: 'left', lineBreak: false });
    doc.text(`pagina ${i - range.start + 1} van ${range.count}`, left, bottom, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

/** A section heading in the accent colour; moves to a new page rather than ending one. */
export function heading(doc: Doc, text: string, size = 14): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font(FONTS.bold).fontSize(size).fillColor(COLORS.accent).text(text);
  doc.moveDown(0.3).font(FONTS.regular).fontSize(10).fillColor(COLORS.ink);
}

export function paragraph(doc: Doc, text: string, opts: { muted?: boolean; size?: number; bold?: boolean } = {}): void {
  doc
    .font(opts.bold ? FONTS.bold : FONTS.regular)
    .fontSize(opts.size ?? 10)
    .fillColor(opts.muted ? COLORS.muted : COLORS.ink)
    .text(text, { align: 'left' });
}

/** One centred line (or wrapped lines), as on a certificate. */
export function centred(doc: Doc, text: string, size: number, opts: { bold?: boolean; color?: string } = {}): void {
  doc
    .font(opts.bold ? FONTS.bold : FONTS.regular)
    .fontSize(size)
    .fillColor(opts.color ?? COLORS.ink)
    .text(text, { align: 'center' });
}

/** Starts a new page when fewer than `height` points are left. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/**
 * Horizontal bars drawn as vectors: label, bar scaled to the largest value (or
 * to `max`), and the value as text. Rows that would not fit move to a new page.
 */
export function bars(doc: Doc, rows: { label: string; value: number; text: string }[], opts: { max?: number } = {}): void {
  const { left } = doc.page.margins;
  const width = contentWidth(doc);
  const labelWidth = 150;
  const valueWidth = 110;
  const barWidth = width - labelWidth - valueWidth - 12;
  const max = opts.max ?? Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 18;
  for (const r of rows) {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.ink).text(r.label, left, y + 3, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    const x = left + labelWidth;
    doc.rect(x, y + 2, barWidth, 11).fill(COLORS.track);
    const w = Math.max(0, Math.min(1, r.value / max)) * barWidth;
    if (w > 0) doc.rect(x, y + 2, w, 11).fill(COLORS.bar);
    doc.fillColor(COLORS.ink).text(r.text, x + barWidth + 12, y + 3, { width: valueWidth, lineBreak: false });
    doc.x = left;
    doc.y = y + rowHeight;
  }
  doc.moveDown(0.4);
}

export interface TableColumn<Row> {
  header: string;
  /** Share of the content width, relative to the other columns (e.g. 3, 1, 1). */
  width: number;
  align?: 'left' | 'right' | 'center';
  cell: (row: Row) => string;
}

/**
 * A table across the content width: a bold header with a rule under it, cells
 * that wrap, and a thin rule between rows. A row that does not fit starts a
 * new page, which repeats the header.
 */
export function table<Row>(doc: Doc, columns: TableColumn<Row>[], rows: readonly Row[], opts: { size?: number } = {}): void {
  const size = opts.size ?? 9;
  const pad = 3;
  const gap = 8;
  const left = doc.page.margins.left;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const usable = contentWidth(doc) - gap * (columns.length - 1);
  const widths = columns.map((c) => (c.width / total) * usable);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((sum, w) => sum + w + gap, 0));
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const line = (cells: string[], font: string) => {
    doc.font(font).fontSize(size);
    const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i] }))) + 2 * pad;
    return { height, draw: (y: number) => cells.forEach((text, i) => doc.font(font).fontSize(size).fillColor(COLORS.ink).text(text, xs[i], y + pad, { width: widths[i], align: columns[i].align ?? 'left' })) };
  };
  const rule = (y: number, color: string, width: number) => doc.moveTo(left, y).lineTo(left + contentWidth(doc), y).lineWidth(width).strokeColor(color).stroke();
  const header = line(
    columns.map((c) => c.header),
    FONTS.bold,
  );
  const drawHeader = () => {
    const y = doc.y;
    header.draw(y);
    rule(y + header.height, COLORS.accent, 0.8);
    doc.y = y + header.height;
  };

  ensureSpace(doc, header.height + (rows.length ? line(columns.map((c) => c.cell(rows[0])), FONTS.regular).height : 0));
  drawHeader();
  for (const row of rows) {
    const r = line(
      columns.map((c) => c.cell(row)),
      FONTS.regular,
    );
    if (doc.y + r.height > bottom()) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    r.draw(y);
    rule(y + r.height, COLORS.rule, 0.4);
    doc.y = y + r.height;
  }
  doc.x = left;
  doc.moveDown(0.6);
}
