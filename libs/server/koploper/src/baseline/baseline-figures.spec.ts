import { describe, expect, it } from 'vitest';
import { readBaselineFile, templateCsv } from './baseline-file';

const csv = (lines: string[]) => Buffer.from(['soort;hoeveelheid;eenheid;detail;omschrijving', ...lines].join('\n'), 'utf8');

describe('baseline file: key figures', () => {
  it('reads fte, m², turnover in euro and a production unit the Dutch way beside the activities', async () => {
    const file = await readBaselineFile('nulmeting.csv', csv([
      'elektriciteit;42.000;kWh;grijs;',
      'medewerkers;12,5;fte;;',
      'vloeroppervlak;1.450;m²;;',
      'omzet;1.800.000;euro;;',
      'productie;120;ton brood;;',
    ]));
    expect(file.activities).toEqual([{ type: 'electricity', amount: 42000, unit: 'kWh', contract: 'grey' }]);
    expect(file.figures).toEqual({ employees: 12.5, floorAreaM2: 1450, turnoverEurMillion: 1.8 });
    expect(file.production).toEqual({ unit: 'ton brood', amount: 120 });
  });

  it('refuses a wrong unit, a figure given twice, an ambiguous amount and a production without its unit, naming each line', async () => {
    const refused = await readBaselineFile('nulmeting.csv', csv([
      'medewerkers;12;personen;;',
      'vloeroppervlak;450;m2;;',
      'vloeroppervlak;500;m2;;',
      'omzet;1.5;euro;;',
      'productie;120;;;',
    ])).catch((e: { fields: { text: { nl: string } }[] }) => e.fields.map((f) => f.text.nl));
    expect(refused).toEqual([
      'regel 2: eenheid "personen" past niet bij medewerkers; gebruik fte',
      'regel 4: vloeroppervlak staat er al op regel 3',
      'regel 5: hoeveelheid "1.5" is niet eenduidig: een punt scheidt hier duizendtallen; schrijf 1,5 of 1.500 (kolom hoeveelheid (B))',
      'regel 6: noem de productie-eenheid in de kolom eenheid (max. 60 tekens), bijv. ton brood',
    ]);
  });

  it('the template carries the key-figure rows and they read back', async () => {
    const text = templateCsv();
    expect(text).toContain('\r\nmedewerkers;12;fte;;');
    expect(text).toContain('\r\nomzet;1800000;euro;;');
    const back = await readBaselineFile('sjabloon.csv', Buffer.from(text, 'utf8'));
    expect(back.figures).toEqual({ employees: 12, floorAreaM2: 450, turnoverEurMillion: 1.8 });
    expect(back.production).toEqual({ unit: 'ton brood', amount: 120 });
  });
});
