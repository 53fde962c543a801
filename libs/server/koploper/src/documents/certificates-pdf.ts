import { centred, COLORS, createDoc, dutchDate, finish, FONTS, type Doc } from '@koers/server-documents';
import { create as createQr } from 'qrcode';
import { CSR_CERTIFICATE_MEANING } from '../certificates/register-link';

export interface ParticipationCertificateData {
  organisationName: string;
  cohortName: string;
  municipality: string;
  partnerName: string;
  startsOn: string;
  endsOn: string;
  issuedOn: string;
}

export interface CsrCertificateData {
  organisationName: string;
  municipality: string;
  number: string;
  awardedOn: string;
  validUntil: string;
  partnerName: string;
  conditions: string[];
  /** The certificate's own page in the public MVO register (printed and as QR code). */
  registerUrl: string;
}

/** A framed landscape page with a centred title: both certificates share it. */
function frame(doc: Doc, title: string) {
  const { width, height } = doc.page;
  doc.lineWidth(3).strokeColor(COLORS.accent).rect(28, 28, width - 56, height - 56).stroke();
  doc.lineWidth(0.8).strokeColor(COLORS.rule).rect(38, 38, width - 76, height - 76).stroke();
  doc.y = 110;
  doc.font(FONTS.bold).fontSize(30).fillColor(COLORS.accent).text(title, { align: 'center' });
  doc.moveDown(1);
}

/** Certificaat van deelname: every participant who finished the Koplopertraject. */
export async function renderParticipationCertificatePdf(d: ParticipationCertificateData): Promise<Buffer> {
  const doc = await createDoc({ title: `Certificaat van deelname ${d.organisationName}`, author: d.partnerName, date: d.issuedOn, layout: 'landscape' });
  frame(doc, 'Certificaat van deelname');
  centred(doc, 'Hiermee verklaren wij dat', 13);
  doc.moveDown(0.6);
  centred(doc, d.organisationName, 24, { bold: true });
  doc.moveDown(0.6);
  centred(doc, `heeft deelgenomen aan het Koplopertraject duurzaam ondernemen in ${d.cohortName} (${d.municipality}),`, 13);
  centred(doc, `van ${dutchDate(d.startsOn)} tot en met ${dutchDate(d.endsOn)}.`, 13);
  doc.moveDown(2.5);
  centred(doc, d.partnerName, 13, { bold: true });
  centred(doc, `Uitgereikt op ${dutchDate(d.issuedOn)}`, 11, { color: COLORS.muted });
  return finish(doc);
}

/**
 * A QR code drawn as vector squares (deterministic, sharp at any zoom), with its
 * quiet zone of four modules, `size` points wide, its top left at (x, y).
 */
function qrCode(doc: Doc, text: string, x: number, y: number, size: number): void {
  const { modules } = createQr(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / (n + 8);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + 4) * cell, y + (row + 4) * cell, cell, cell);
    }
  }
  doc.fill(COLORS.ink);
  doc.restore();
}

/**
 * MVO-certificaat with its number and validity, what it means, and the link
 * and QR code to its own page in the public register, where anyone checks
 * whether it is still valid.
 */
export async function renderCsrCertificatePdf(d: CsrCertificateData): Promise<Buffer> {
  const doc = await createDoc({ title: `MVO-certificaat ${d.number}`, author: d.partnerName, date: d.awardedOn, layout: 'landscape' });
  const { width, height } = doc.page;
  frame(doc, 'MVO-certificaat');
  doc.y -= 10;
  centred(doc, d.organisationName, 24, { bold: true });
  centred(doc, d.municipality, 13, { color: COLORS.muted });
  doc.moveDown(0.8);
  centred(doc, `Certificaatnummer ${d.number}`, 14, { bold: true });
  centred(doc, `Uitgereikt op ${dutchDate(d.awardedOn)} · geldig tot en met ${dutchDate(d.validUntil)}`, 12);
  if (d.conditions.length) {
    doc.moveDown(0.5);
    centred(doc, 'Onder de voorwaarden:', 10, { bold: true });
    for (const c of d.conditions) centred(doc, `• ${c}`, 10);
  }
  doc.moveDown(0.8);
  centred(doc, d.partnerName, 13, { bold: true });

  // What it means (left) and where to check it (right, with the QR code), in the lower part of the frame.
  const qrSize = 104;
  const qrX = width - 70 - qrSize;
  // Above the bottom margin (64), caption included, so the page never overflows onto a second.
  const qrY = height - 64 - 16 - qrSize;
  const textX = 70;
  const textWidth = qrX - textX - 24;
  const top = Math.max(doc.y + 12, qrY - 24);
  doc.font(FONTS.bold).fontSize(10).fillColor(COLORS.ink).text('Wat dit certificaat betekent', textX, top, { width: textWidth });
  doc.moveDown(0.2);
  for (const line of CSR_CERTIFICATE_MEANING) doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.ink).text(line.nl, { width: textWidth });
  doc.moveDown(0.4);
  doc.font(FONTS.regular).fontSize(9).fillColor(COLORS.muted).text('Controleer dit certificaat in het openbare MVO-register:', { width: textWidth });
  doc.font(FONTS.bold).fontSize(9).fillColor(COLORS.accent).text(d.registerUrl, { width: textWidth, link: d.registerUrl, underline: true });
  qrCode(doc, d.registerUrl, qrX, qrY, qrSize);
  doc.font(FONTS.regular).fontSize(7).fillColor(COLORS.muted).text('Scan om te controleren', qrX, qrY + qrSize + 2, { width: qrSize, align: 'center' });
  return finish(doc);
}
