import PDFDocument from 'pdfkit';

export type Doc = PDFKit.PDFDocument;

export const COLORS = { ink: '#1d2b36', muted: '#5b6b78', accent: '#1b6e4f', bar: '#2f8f6a', track: '#e3ece8', rule: '#c9d4da' } as const;

/**
 * A4 document with fixed metadata (same input, same bytes), standard fonts only
 * (nothing to download; WinAnsi covers é, ë, ï), and pages buffered so the
 * footer can say "pagina X van Y" once the length is known.
 */
export function createDoc(opts: { title: string; author: string; date: string; layout?: 'portrait' | 'landscape' }): Doc {
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

/** Writes "pagina X van Y" and a source line at the foot of every buffered page. */
export function footers(doc: Doc, source: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - 40;
    const { left, right } = doc.page.margins;
    const width = doc.page.width - left - right;
    // Writing below the bottom margin would add a page: lift the margin while writing the footer.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(COLORS.muted);
    doc.text(source, left, bottom, { width, align: 'left', lineBreak: false });
    doc.text(`pagina ${i - range.start + 1} van ${range.count}`, left, bottom, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
}

export function heading(doc: Doc, text: string, size = 14): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(size).fillColor(COLORS.accent).text(text);
  doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor(COLORS.ink);
}

export function paragraph(doc: Doc, text: string, opts: { muted?: boolean; size?: number } = {}): void {
  doc.font('Helvetica').fontSize(opts.size ?? 10).fillColor(opts.muted ? COLORS.muted : COLORS.ink).text(text, { align: 'left' });
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
  const width = doc.page.width - left - doc.page.margins.right;
  const labelWidth = 150;
  const valueWidth = 110;
  const barWidth = width - labelWidth - valueWidth - 12;
  const max = opts.max ?? Math.max(1, ...rows.map((r) => r.value));
  const rowHeight = 18;
  for (const r of rows) {
    ensureSpace(doc, rowHeight);
    const y = doc.y;
    doc.font('Helvetica').fontSize(9).fillColor(COLORS.ink).text(r.label, left, y + 3, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
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
