/**
 * The list of companies a coordinator imports for the region scan (.csv or
 * .xlsx): kvk;naam;sbi;grootte;medewerkers;gemeente (English headers
 * kvk;name;sbi;size;employees;municipality), optionally interesse/interest
 * (ja/nee) for the coordinator's mark. Every bad row is named; nothing half
 * is imported. Pure apart from the spreadsheet reader: no database.
 */
import { KVK_NUMBER_PATTERN, SBI_CODE_PATTERN, sizeClassForEmployees, type Bilingual, type SizeClass } from '@koers/domain';
import { readSheet, readSheetHeader, rejectSheetRows, sheetText, type SheetCell, type SheetRowProblem } from '@koers/server-files';

export interface ScanCompanyRow {
  line: number;
  kvkNumber: string;
  name: string;
  sbiCode: string | null;
  sizeClass: SizeClass | null;
  employees: number | null;
  municipality: string;
  /** undefined when the file has no interest column (the stored mark stays as it is). */
  interest: boolean | undefined;
}

type Column = 'kvk' | 'name' | 'sbi' | 'size' | 'employees' | 'municipality' | 'interest';
const HEADER_NAMES: Record<Column, readonly string[]> = {
  kvk: ['kvk', 'kvk-nummer', 'kvknummer', 'kvk_number', 'kvknumber', 'kvk number'],
  name: ['naam', 'name', 'bedrijfsnaam', 'company'],
  sbi: ['sbi', 'sbi-code', 'sbicode', 'sbi_code', 'sbi code'],
  size: ['grootte', 'grootteklasse', 'size', 'size class', 'size_class', 'sizeclass'],
  employees: ['medewerkers', 'werknemers', 'employees'],
  municipality: ['gemeente', 'municipality'],
  interest: ['interesse', 'interest'],
};
const REQUIRED: Column[] = ['kvk', 'name', 'municipality'];
export const SCAN_COMPANY_HEADER = 'kvk;naam;sbi;grootte;medewerkers;gemeente (of/or kvk;name;sbi;size;employees;municipality; optioneel/optional interesse)';

export const SCAN_FILE_MAX_BYTES = 2 * 1024 * 1024;
export const SCAN_FILE_MAX_ROWS = 5000;

const SIZE_WORDS: Record<string, SizeClass> = {
  micro: 'micro', klein: 'small', small: 'small', middelgroot: 'medium', midden: 'medium', medium: 'medium', groot: 'large', large: 'large',
};
const YES = ['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'waar'];
const NO = ['nee', 'n', 'no', '0', 'false', 'onwaar', ''];

/** Reads and checks the whole list; refuses it (400) naming every bad row as `line N`. */
export async function parseScanCompanyFile(filename: string, content: Buffer): Promise<ScanCompanyRow[]> {
  const { rows, decimalComma } = await readSheet(filename, content, { code: 'scan_import.file', maxRows: SCAN_FILE_MAX_ROWS });
  const [header, ...data] = rows;
  const columns = readSheetHeader(header, HEADER_NAMES, REQUIRED, { code: 'scan_import.file', expected: SCAN_COMPANY_HEADER });
  if (data.length === 0) rejectSheetRows([{ line: header.line + 1, problems: [{ nl: 'geen regels onder de kopregel', en: 'no rows below the header' }] }], { code: 'scan_import.rows', rowCode: 'scan_import.row' });

  const out: ScanCompanyRow[] = [];
  const bad: SheetRowProblem[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of data) {
    const get = (c: Column): SheetCell => (columns[c] === undefined ? null : (row.cells[columns[c] as number] ?? null));
    const problems: Bilingual[] = [];

    const kvkNumber = sheetText(get('kvk')).replace(/[\s.]/g, '');
    if (kvkNumber === '') problems.push({ nl: 'KvK-nummer ontbreekt', en: 'KvK number is missing' });
    else if (!KVK_NUMBER_PATTERN.test(kvkNumber)) problems.push({ nl: `KvK-nummer "${kvkNumber}" moet 8 cijfers zijn`, en: `KvK number "${kvkNumber}" must be 8 digits` });
    else if (firstLineOf.has(kvkNumber)) problems.push({ nl: `KvK-nummer ${kvkNumber} staat ook op regel ${firstLineOf.get(kvkNumber)}`, en: `KvK number ${kvkNumber} is also on line ${firstLineOf.get(kvkNumber)}` });
    else firstLineOf.set(kvkNumber, row.line);

    const name = sheetText(get('name'));
    if (name === '') problems.push({ nl: 'naam ontbreekt', en: 'name is missing' });
    else if (name.length > 200) problems.push({ nl: 'naam is langer dan 200 tekens', en: 'name is longer than 200 characters' });

    const sbiText = sheetText(get('sbi'));
    // Excel may turn 4120 into a number and drop a leading zero of 0111.
    const sbiCode = sbiText === '' ? null : typeof get('sbi') === 'number' && /^\d{3}$/.test(sbiText) ? `0${sbiText}` : sbiText;
    if (sbiCode !== null && (!SBI_CODE_PATTERN.test(sbiCode) || sbiCode.length > 8)) problems.push({ nl: `SBI-code "${sbiText}" is ongeldig (2 tot 5 cijfers, bijv. 41.20)`, en: `SBI code "${sbiText}" is invalid (2 to 5 digits, e.g. 41.20)` });

    const sizeText = sheetText(get('size')).toLowerCase();
    const sizeClass = sizeText === '' ? null : (SIZE_WORDS[sizeText] ?? null);
    if (sizeText !== '' && sizeClass === null) problems.push({ nl: `grootte "${sizeText}" is onbekend; kies micro, klein, middelgroot of groot`, en: `size "${sizeText}" is unknown; choose micro, small, medium or large` });

    const employeesCell = get('employees');
    const employeesText = sheetText(employeesCell).replace(/[\s\u00a0]/g, '');
    let employees: number | null = null;
    if (employeesText !== '') {
      const plain = typeof employeesCell === 'number' ? employeesText : decimalComma ? employeesText.replace(/\.(?=\d{3}(\D|$))/g, '') : employeesText.replace(/,(?=\d{3}(\D|$))/g, '');
      if (!/^\d+$/.test(plain) || !Number.isSafeInteger(Number(plain))) problems.push({ nl: `medewerkers "${employeesText}" is geen heel getal ≥ 0`, en: `employees "${employeesText}" is not a whole number ≥ 0` });
      else employees = Number(plain);
    }
    if (sizeClass !== null && employees !== null && sizeClassForEmployees(employees) !== sizeClass) {
      problems.push({ nl: `grootte ${sizeText} past niet bij ${employees} medewerkers`, en: `size ${sizeText} does not fit ${employees} employees` });
    }

    const municipality = sheetText(get('municipality'));
    if (municipality === '') problems.push({ nl: 'gemeente ontbreekt', en: 'municipality is missing' });
    else if (municipality.length > 100) problems.push({ nl: 'gemeente is langer dan 100 tekens', en: 'municipality is longer than 100 characters' });

    let interest: boolean | undefined;
    if (columns.interest !== undefined) {
      const v = sheetText(get('interest')).toLowerCase();
      if (YES.includes(v)) interest = true;
      else if (NO.includes(v)) interest = false;
      else problems.push({ nl: `interesse "${v}" is geen ja of nee`, en: `interest "${v}" is not yes or no` });
    }

    if (problems.length) bad.push({ line: row.line, problems });
    else out.push({ line: row.line, kvkNumber, name, sbiCode, sizeClass, employees, municipality, interest });
  }
  if (bad.length) rejectSheetRows(bad, { code: 'scan_import.rows', rowCode: 'scan_import.row' });
  return out;
}
