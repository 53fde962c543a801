/**
 * A flow-map variant imported from a spreadsheet (.csv or .xlsx), one row per
 * flow: van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;
 * hernieuwbaar_pct;route;herwinbaar_pct (English headers from;from_kind;to;
 * to_kind;material;kg_per_year;recycled_pct;renewable_pct;route;
 * recovery_potential_pct). Kinds and routes by code or Dutch name. Numbers the
 * Dutch way in `;` files and Excel (12.500 and 4.500,5). Every bad row is named;
 * nothing is stored then. Pure apart from the spreadsheet reader.
 */
import {
  FLOW_NODE_KIND_LABELS, FLOW_NODE_KINDS, RECOVERY_ROUTE_LABELS, RECOVERY_ROUTES, type Bilingual, type FlowNode, type FlowNodeKind, type MaterialFlow, type RecoveryRoute,
} from '@koers/domain';
import { readSheet, readSheetHeader, rejectSheetRows, sheetText, type SheetCell, type SheetRowProblem } from '@koers/server-files';

type Column = 'from' | 'fromKind' | 'to' | 'toKind' | 'material' | 'kg' | 'recycled' | 'renewable' | 'route' | 'potential';
const HEADER_NAMES: Record<Column, readonly string[]> = {
  from: ['van', 'from'],
  fromKind: ['soort_van', 'soort van', 'from_kind', 'from kind'],
  to: ['naar', 'to'],
  toKind: ['soort_naar', 'soort naar', 'to_kind', 'to kind'],
  material: ['materiaal', 'material'],
  kg: ['kg_per_jaar', 'kg per jaar', 'kg/jaar', 'kg_per_year', 'kg per year', 'kg'],
  recycled: ['gerecycled_pct', 'gerecycled %', 'gerecycled', 'recycled_pct', 'recycled %', 'recycled'],
  renewable: ['hernieuwbaar_pct', 'hernieuwbaar %', 'hernieuwbaar', 'renewable_pct', 'renewable %', 'renewable'],
  route: ['route', 'herwinningsroute', 'recovery_route', 'recovery route'],
  potential: ['herwinbaar_pct', 'herwinbaar %', 'herwinbaar', 'recovery_potential_pct', 'recovery potential %', 'recovery_potential'],
};
const REQUIRED: Column[] = ['from', 'fromKind', 'to', 'toKind', 'material', 'kg'];
export const FLOW_FILE_HEADER = 'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;hernieuwbaar_pct;route;herwinbaar_pct';
export const FLOW_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const FLOW_FILE_MAX_ROWS = 2000;

function byName<K extends string>(codes: readonly K[], labels: Record<K, Bilingual>) {
  return (text: string): K | null => {
    const t = text.trim().toLowerCase().replace(/\s+/g, '_');
    return codes.find((c) => c === t || labels[c].nl.toLowerCase().replace(/\s+/g, '_') === t || labels[c].en.toLowerCase().replace(/\s+/g, '_') === t) ?? null;
  };
}
const kindOf = byName(FLOW_NODE_KINDS, FLOW_NODE_KIND_LABELS);
const routeOf = byName(RECOVERY_ROUTES, RECOVERY_ROUTE_LABELS);

/** A number as typed: `12.500` and `4.500,5` in Dutch files, `12,500.5` in English ones; null when empty; NaN when unreadable. */
export function readNumber(cell: SheetCell, decimalComma: boolean): number | null {
  if (typeof cell === 'number') return cell;
  const text = sheetText(cell).replace(/[\s\u00a0%]/g, '');
  if (text === '') return null;
  const plain = decimalComma ? text.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.') : text.replace(/,(?=\d{3}(\D|$))/g, '');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
}

export async function parseFlowFile(filename: string, content: Buffer): Promise<{ nodes: FlowNode[]; flows: MaterialFlow[] }> {
  const code = 'flow_import.file';
  const { rows, decimalComma } = await readSheet(filename, content, { code, maxRows: FLOW_FILE_MAX_ROWS });
  const [header, ...data] = rows;
  const columns = readSheetHeader(header, HEADER_NAMES, REQUIRED, { code, expected: FLOW_FILE_HEADER });
  const reject = (bad: SheetRowProblem[]) => rejectSheetRows(bad, { code: 'flow_import.rows', rowCode: 'flow_import.row' });
  if (data.length === 0) reject([{ line: header.line + 1, problems: [{ nl: 'geen regels onder de kopregel', en: 'no rows below the header' }] }]);

  const nodes: FlowNode[] = [];
  const nodeLine = new Map<string, number>();
  const flows: MaterialFlow[] = [];
  const bad: SheetRowProblem[] = [];
  for (const row of data) {
    const get = (c: Column): SheetCell => (columns[c] === undefined ? null : (row.cells[columns[c] as number] ?? null));
    const problems: Bilingual[] = [];
    const node = (nameCol: Column, kindCol: Column, what: Bilingual): string => {
      const name = sheetText(get(nameCol));
      const kindText = sheetText(get(kindCol));
      if (name === '') problems.push({ nl: `${what.nl} ontbreekt`, en: `${what.en} is missing` });
      else if (name.length > 100) problems.push({ nl: `${what.nl} is langer dan 100 tekens`, en: `${what.en} is longer than 100 characters` });
      const kind = kindOf(kindText);
      if (!kind) problems.push({ nl: `soort "${kindText}" is onbekend; kies ${FLOW_NODE_KINDS.map((k) => FLOW_NODE_KIND_LABELS[k].nl.toLowerCase()).join(', ')}`, en: `kind "${kindText}" is unknown; choose ${FLOW_NODE_KINDS.join(', ')}` });
      if (name && kind && name.length <= 100) {
        const known = nodes.find((n) => n.name === name);
        if (known && known.kind !== kind) {
          problems.push({ nl: `${name} is op regel ${nodeLine.get(name)} een ${FLOW_NODE_KIND_LABELS[known.kind].nl.toLowerCase()}, hier een ${FLOW_NODE_KIND_LABELS[kind].nl.toLowerCase()}`, en: `${name} is a ${known.kind} on line ${nodeLine.get(name)}, here a ${kind}` });
        } else if (!known) {
          nodes.push({ name, kind: kind as FlowNodeKind, stockChangeKg: 0 });
          nodeLine.set(name, row.line);
        }
      }
      return name;
    };
    const from = node('from', 'fromKind', { nl: 'van', en: 'from' });
    const to = node('to', 'toKind', { nl: 'naar', en: 'to' });
    if (from && from === to) problems.push({ nl: 'van en naar zijn hetzelfde knooppunt', en: 'from and to are the same node' });
    const material = sheetText(get('material'));
    if (material === '') problems.push({ nl: 'materiaal ontbreekt', en: 'material is missing' });
    else if (material.length > 100) problems.push({ nl: 'materiaal is langer dan 100 tekens', en: 'material is longer than 100 characters' });

    const amount = (c: Column, what: Bilingual, opts: { required?: boolean; max?: number }): number | null => {
      // Rounded as the column keeps it (kg to grams, shares to 0,01%), so the check is on what is stored.
      const read = readNumber(get(c), decimalComma);
      const v = read === null || Number.isNaN(read) ? read : Math.round(read * (opts.max === undefined ? 1000 : 100)) / (opts.max === undefined ? 1000 : 100);
      if (v === null) {
        if (opts.required) problems.push({ nl: `${what.nl} ontbreekt`, en: `${what.en} is missing` });
        return null;
      }
      if (Number.isNaN(v) || v < 0 || (opts.max !== undefined && v > opts.max) || v >= 1e11) {
        problems.push({ nl: `${what.nl} "${sheetText(get(c))}" is geen getal${opts.max !== undefined ? ` van 0 tot ${opts.max}` : ' ≥ 0'}`, en: `${what.en} "${sheetText(get(c))}" is not a number${opts.max !== undefined ? ` from 0 to ${opts.max}` : ' ≥ 0'}` });
        return null;
      }
      return v;
    };
    const kg = amount('kg', { nl: 'kg per jaar', en: 'kg per year' }, { required: true });
    const recycled = amount('recycled', { nl: 'gerecycled %', en: 'recycled %' }, { max: 100 }) ?? 0;
    const renewable = amount('renewable', { nl: 'hernieuwbaar %', en: 'renewable %' }, { max: 100 }) ?? 0;
    if (recycled + renewable > 100) problems.push({ nl: `gerecycled en hernieuwbaar samen ${recycled + renewable}%, meer dan 100%`, en: `recycled and renewable together ${recycled + renewable}%, more than 100%` });
    const routeText = sheetText(get('route'));
    const route: RecoveryRoute | null = routeText === '' ? null : routeOf(routeText);
    if (routeText !== '' && !route) problems.push({ nl: `route "${routeText}" is onbekend; kies ${RECOVERY_ROUTES.map((r) => RECOVERY_ROUTE_LABELS[r].nl.toLowerCase()).join(', ')}`, en: `route "${routeText}" is unknown; choose ${RECOVERY_ROUTES.join(', ')}` });
    const potential = amount('potential', { nl: 'herwinbaar %', en: 'recovery potential %' }, { max: 100 });

    if (problems.length) bad.push({ line: row.line, problems });
    else flows.push({ from, to, material, kgPerYear: kg as number, recycledPct: recycled, renewablePct: renewable, recoveryRoute: route, recoveryPotentialPct: potential });
  }
  if (bad.length) reject(bad);
  return { nodes, flows };
}
