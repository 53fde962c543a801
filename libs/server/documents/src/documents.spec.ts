import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { bars, centred, co2, createDoc, declareDocumentKind, declaredDocumentKinds, dutchDate, dutchNumber, dutchToday, euro, fileNamePart, finish, footers, heading, isoDate, paragraph, range, rendererProblems, table, visibleOrRetry } from './index';

async function pages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text as string[];
}

/** A document of every primitive, the way a step's layout uses them. */
async function sample(rows: number) {
  const doc = await createDoc({ title: 'Presentielijst', author: 'Partner', date: '2026-03-05' });
  heading(doc, 'Presentielijst masterclass');
  paragraph(doc, `Gehouden op ${dutchDate('2026-03-05')}`, { muted: true });
  centred(doc, 'Bakkerij Ëlst', 12, { bold: true });
  bars(doc, [
    { label: 'Aanwezig', value: 8, text: '8' },
    { label: 'Afwezig', value: 2, text: '2' },
  ]);
  table(
    doc,
    [
      { header: 'Deelnemer', width: 3, cell: (r: number) => `Organisatie nummer ${r + 1} met een lange naam die over meer regels loopt` },
      { header: 'Uitstoot', width: 1, align: 'right', cell: (r: number) => co2(r * 1500) },
      { header: 'Investering', width: 1, align: 'right', cell: (r: number) => euro(r * 1000) },
    ],
    Array.from({ length: rows }, (_, i) => i),
  );
  footers(doc, 'Partner · Presentielijst');
  return finish(doc);
}

describe('PDF primitives', () => {
  it('write a PDF with the metadata, headings, bars and a table', async () => {
    const pdf = await sample(3);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const [page] = await pages(pdf);
    for (const s of ['Presentielijst masterclass', 'Gehouden op 5 maart 2026', 'Bakkerij Ëlst', 'Aanwezig', 'Deelnemer', 'Uitstoot', 'Organisatie nummer 3', '3,0 ton CO2e', '€ 2.000', 'pagina 1 van 1']) {
      expect(page).toContain(s);
    }
  });

  it('run a long table over pages with the header on each and every page numbered', async () => {
    const texts = await pages(await sample(60));
    expect(texts.length).toBeGreaterThan(2);
    texts.forEach((p, i) => {
      expect(p).toContain(`pagina ${i + 1} van ${texts.length}`);
      expect(p).toContain('Deelnemer');
    });
    expect(texts.join('\n')).toContain('Organisatie nummer 60');
  });

  it('give the same bytes for the same input', async () => {
    expect((await sample(10)).equals(await sample(10))).toBe(true);
  });
});

describe('Dutch formatting', () => {
  it('prints dates, numbers, CO2, money and ranges as a Dutch reader expects', () => {
    expect(dutchDate('2026-11-22')).toBe('22 november 2026');
    expect(() => dutchDate('22-11-2026')).toThrow(RangeError);
    expect(dutchNumber(12345.6, 1)).toBe('12.345,6');
    expect(co2(48_250.4)).toBe('48,3 ton CO2e');
    expect(co2(950)).toBe('950 kg CO2e');
    expect(euro(8000)).toBe('€ 8.000');
    expect(range({ min: 6, max: 8 }, (x) => `${x} jaar`)).toBe('6 jaar – 8 jaar');
    expect(range({ min: 6, max: 6 }, (x) => `${x} jaar`)).toBe('6 jaar');
  });

  it('takes the calendar day in the Netherlands, and names files by letters and digits', () => {
    expect(dutchToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(isoDate('2026-03-05')).toBe('2026-03-05');
    expect(isoDate(new Date('2026-03-05T23:30:00Z'))).toBe('2026-03-06');
    expect(fileNamePart('Café Ëlst & Zn.')).toBe('Café-Ëlst-Zn');
  });
});

describe('document kinds and renderers', () => {
  it('declares a kind once and hands it back; the same kind for another owner is refused', () => {
    expect(declareDocumentKind('attendance_list', { owner: 'programme_session' })).toBe('attendance_list');
    expect(declareDocumentKind('attendance_list', { owner: 'programme_session' })).toBe('attendance_list');
    expect(declaredDocumentKinds()).toContainEqual({ kind: 'attendance_list', owner: 'programme_session' });
    expect(() => declareDocumentKind('attendance_list', { owner: 'enrolment' })).toThrow('document kind attendance_list is declared twice: for programme_session and for enrolment');
  });

  it("refuses a kind that cannot be a stored file's purpose", () => {
    for (const bad of ['Profile', 'profile-pdf', 'pdf2', '', 'x'.repeat(33)]) expect(() => declareDocumentKind(bad, { owner: 'x' }), bad).toThrow('must match');
  });

  it('names every kind without a renderer, with two, and every renderer of an undeclared kind', () => {
    const found = new Map([
      ['profile_pdf', ['A.profile']],
      ['certificate', ['B.certificate', 'A.certificate']],
      ['typo_kind', ['C.render']],
    ]);
    expect(rendererProblems(['profile_pdf', 'certificate', 'attendance_list'], found)).toEqual([
      'document kind certificate has 2 renderers: A.certificate, B.certificate',
      'document kind attendance_list has no @DocumentRenderer',
      "@DocumentRenderer('typo_kind') on C.render renders a kind nobody declared (declareDocumentKind)",
    ]);
    expect(rendererProblems(['profile_pdf'], new Map([['profile_pdf', ['A.profile']]]))).toEqual([]);
  });

  it('retries (throws) while the owner is not visible yet', async () => {
    await expect(visibleOrRetry(Promise.resolve(null), 'profile p1')).rejects.toThrow('profile p1 not (yet) visible');
    await expect(visibleOrRetry(Promise.resolve({ id: 'p1' }), 'profile p1')).resolves.toEqual({ id: 'p1' });
  });
});
