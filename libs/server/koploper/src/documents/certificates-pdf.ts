import { centred, COLORS, createDoc, dutchDate, finish, FONTS, type Doc } from '@koers/server-documents';

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

/** MVO-certificaat with its number and validity, as listed in the public register. */
export async function renderCsrCertificatePdf(d: CsrCertificateData): Promise<Buffer> {
  const doc = await createDoc({ title: `MVO-certificaat ${d.number}`, author: d.partnerName, date: d.awardedOn, layout: 'landscape' });
  frame(doc, 'MVO-certificaat');
  centred(doc, d.organisationName, 24, { bold: true });
  centred(doc, d.municipality, 13, { color: COLORS.muted });
  doc.moveDown(1);
  centred(doc, 'onderneemt aantoonbaar maatschappelijk verantwoord: duurzaamheidsprofiel, DuOn-agenda en MVO-visie zijn beoordeeld en goedgekeurd.', 12);
  doc.moveDown(1);
  centred(doc, `Certificaatnummer ${d.number}`, 14, { bold: true });
  centred(doc, `Uitgereikt op ${dutchDate(d.awardedOn)} · geldig tot en met ${dutchDate(d.validUntil)}`, 12);
  if (d.conditions.length) {
    doc.moveDown(0.8);
    centred(doc, 'Onder de voorwaarden:', 11, { bold: true });
    for (const c of d.conditions) centred(doc, `• ${c}`, 10);
  }
  doc.moveDown(1.5);
  centred(doc, d.partnerName, 13, { bold: true });
  centred(doc, 'Controleer dit certificaat in het openbare MVO-register.', 9, { color: COLORS.muted });
  return finish(doc);
}
