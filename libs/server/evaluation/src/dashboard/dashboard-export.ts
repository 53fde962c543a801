/**
 * The dashboard as files: CSV (Dutch Excel's `;` with decimal commas), Excel
 * and a PDF report for a province. All three are written from the one
 * DashboardView the page shows, so they carry the same figures; every text
 * cell goes through the shared cell helper (libs/domain/src/export/spreadsheet-cell.ts),
 * so a group or municipality name that starts with =, +, - or @ is never run
 * as a formula.
 */
import { csvRow, spreadsheetRow, type SpreadsheetValue } from '@koers/domain';
import { createDoc, bars, dutchDate, dutchNumber, dutchToday, finish, footers, heading, paragraph, table } from '@koers/server-documents';
import { Workbook } from 'exceljs';
import { DIMENSION_LABELS } from './dashboard-dimensions';
import type { DashboardRowView, DashboardView } from './dashboard.dto';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The reach table: one header, one row per breakdown value, then the whole programme. */
export const REACH_HEADER = (v: DashboardView) => [
  DIMENSION_LABELS[v.by].nl,
  'Groepen',
  'Waarvan gesloten',
  'Bedrijven bereikt',
  'Trajecten afgerond',
  'Organisaties met CO2-footprint',
  'CO2 gemeten (kg CO2e)',
  'CO2 gereduceerd, verwacht (kg CO2e)',
  'Uitgenodigd voor de enquête',
  'Beantwoord (n)',
  'Respons (%)',
];

const reachCells = (r: DashboardRowView): SpreadsheetValue[] => [
  r.label.nl, r.groups, r.closedGroups, r.reached, r.completed, r.co2Organisations, r.co2MeasuredKg, r.co2ReducedKg, r.invited, r.answered, r.responseRatePercent,
];

export const reachRows = (v: DashboardView): SpreadsheetValue[][] => [...v.rows.map(reachCells), reachCells(v.total)];

/** The evaluation table, long: one row per item and breakdown value (the whole programme first). */
export const EVALUATION_HEADER = (v: DashboardView) => ['Vraag', 'Stelling', DIMENSION_LABELS[v.by].nl, 'n', 'Eens', 'Aandeel eens (%)', '95%-interval laag (%)', '95%-interval hoog (%)', 'Friesland (%)'];

export function evaluationRows(v: DashboardView): SpreadsheetValue[][] {
  const out: SpreadsheetValue[][] = [];
  for (const item of v.items) {
    for (const [label, c] of [['Heel het programma', item.overall] as const, ...item.rows.map((c, i) => [v.rows[i].label.nl, c] as const)]) {
      out.push([item.key, item.text.nl, label, c.n, c.agree, c.sharePercent, c.interval95?.lowPercent ?? null, c.interval95?.highPercent ?? null, item.frieslandPercent]);
    }
  }
  return out;
}

/** What the figures come from, as lines of text. */
export function sourceLines(v: DashboardView): string[] {
  const e = v.source.evaluation;
  return [
    `Bereik: ${v.source.reach.nl}`,
    `CO2: ${v.source.co2.nl}`,
    e
      ? `Evaluatie: ${e.questionnaireId} (versie ${e.questionnaireVersion}), ${e.pluginId} ${e.pluginVersion}, n = ${v.total.answered} van ${v.total.invited}, berekend ${dutchDate(dutchToday(new Date(e.computedAt)))}`
      : 'Evaluatie: nog geen berekening (POST /api/evaluation/figures)',
    `Gelezen: ${dutchDate(dutchToday(new Date(v.source.readAt)))}`,
  ];
}

export function dashboardCsv(v: DashboardView): string {
  const opts = { decimalComma: true };
  const lines = [
    csvRow(REACH_HEADER(v), opts),
    ...reachRows(v).map((r) => csvRow(r, opts)),
    '',
    csvRow(EVALUATION_HEADER(v), opts),
    ...evaluationRows(v).map((r) => csvRow(r, opts)),
    '',
    csvRow(['Bron'], opts),
    ...sourceLines(v).map((s) => csvRow([s], opts)),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function dashboardXlsx(v: DashboardView): Promise<Buffer> {
  const wb = new Workbook();
  wb.creator = 'Koers';
  const sheet = (name: string, header: SpreadsheetValue[], rows: SpreadsheetValue[][]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(spreadsheetRow(header)).font = { bold: true };
    for (const r of rows) ws.addRow(spreadsheetRow(r));
    ws.columns.forEach((c) => (c.width = 18));
    return ws;
  };
  sheet('Bereik', REACH_HEADER(v), reachRows(v));
  sheet('Evaluatie', EVALUATION_HEADER(v), evaluationRows(v));
  sheet('Bron', ['Bron'], sourceLines(v).map((s) => [s]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const pct = (x: number | null) => (x === null ? '–' : `${dutchNumber(x, 1)}%`);
const kg = (x: number | null) => (x === null ? '–' : dutchNumber(x, 0));

/** The province report: the reach per row, the CO2 figures, and per survey item the share agreeing with n and its interval. */
export async function dashboardPdf(v: DashboardView, opts: { partner: string; province?: string }): Promise<Buffer> {
  const today = dutchToday();
  const title = opts.province ? `Rapportage MVO-programma voor de provincie ${opts.province}` : 'Rapportage MVO-programma voor de provincie';
  const doc = await createDoc({ title, author: opts.partner, date: today, layout: 'landscape' });
  doc.font('Helvetica-Bold').fontSize(18).text(title);
  paragraph(doc, `${opts.partner} · per ${DIMENSION_LABELS[v.by].nl.toLowerCase()} · ${dutchDate(today)}`, { muted: true });

  heading(doc, 'Bereik en afgeronde trajecten');
  const rows = [...v.rows, v.total];
  table(
    doc,
    [
      { header: DIMENSION_LABELS[v.by].nl, width: 3, cell: (r: DashboardRowView) => r.label.nl },
      { header: 'Groepen', width: 1, align: 'right', cell: (r) => dutchNumber(r.groups) },
      { header: 'Gesloten', width: 1, align: 'right', cell: (r) => dutchNumber(r.closedGroups) },
      { header: 'Bedrijven bereikt', width: 1.3, align: 'right', cell: (r) => dutchNumber(r.reached) },
      { header: 'Trajecten afgerond', width: 1.3, align: 'right', cell: (r) => dutchNumber(r.completed) },
      { header: 'CO2 gemeten (kg)', width: 1.5, align: 'right', cell: (r) => `${kg(r.co2MeasuredKg)} (${dutchNumber(r.co2Organisations)} org.)` },
      { header: 'CO2 gereduceerd (kg)', width: 1.5, align: 'right', cell: (r) => kg(r.co2ReducedKg) },
      { header: 'Respons', width: 1.5, align: 'right', cell: (r) => `${pct(r.responseRatePercent)} (${dutchNumber(r.answered)} van ${dutchNumber(r.invited)})` },
    ],
    rows,
  );

  heading(doc, 'Evaluatie: aandeel eens per stelling');
  if (!v.items.length) paragraph(doc, 'Nog geen evaluatie berekend.', { muted: true });
  for (const item of v.items) {
    const o = item.overall;
    paragraph(doc, item.text.nl, { bold: true });
    paragraph(
      doc,
      `Heel het programma: ${pct(o.sharePercent)} (n = ${dutchNumber(o.n)})${o.interval95 ? `, 95%-interval [${dutchNumber(o.interval95.lowPercent, 1)}–${dutchNumber(o.interval95.highPercent, 1)}%]` : ''}${item.frieslandPercent === null ? '' : ` · Friesland: ${dutchNumber(item.frieslandPercent, 0)}%`}`,
      { muted: true, size: 9 },
    );
    bars(
      doc,
      item.rows.map((c, i) => ({
        label: v.rows[i].label.nl,
        value: c.sharePercent ?? 0,
        text: c.n ? `${pct(c.sharePercent)} (n = ${dutchNumber(c.n)})` : 'geen antwoorden',
      })),
      { max: 100 },
    );
  }

  heading(doc, 'Bronnen');
  for (const line of sourceLines(v)) paragraph(doc, line, { size: 9 });
  footers(doc, `Koers · ${opts.partner} · ${v.source.evaluation ? `${v.source.evaluation.pluginId} ${v.source.evaluation.pluginVersion}` : 'zonder evaluatie'}`);
  return finish(doc);
}
