import { describe, expect, it } from 'vitest';
import { parseBaselineFile as parse, templateCsv } from './baseline-file';
import type { Activity } from '@koers/calc-footprint-ghg';

// The activities of a file, whether the parser returns them alone or beside the file's key figures.
const parseBaselineFile = async (name: string, content: Buffer): Promise<Activity[]> => {
  const read = (await parse(name, content)) as unknown;
  return Array.isArray(read) ? (read as Activity[]) : (read as { activities: Activity[] }).activities;
};

const csv = (lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
const refusal = async (content: Buffer) => {
  try {
    await parseBaselineFile('nulmeting.csv', content);
  } catch (e) {
    return e as { fields?: { field: string; text: { nl: string; en: string } }[] };
  }
  throw new Error('accepted');
};

describe('materials bought and declared freight in the baseline file', () => {
  it('reads materials and rail or inland-ship freight by their Dutch names, with the factor the Dutch way, its source and year', async () => {
    const activities = await parseBaselineFile('nulmeting.csv', csv([
      'soort;hoeveelheid;eenheid;detail;omschrijving;factor;bron;bronjaar',
      'materiaal;2;ton;papier;Kopieerpapier;1,1;EPD Papierfabriek Veluwe;2024',
      'Ingekocht materiaal;1.500;kilo;staal;;2,3;Nationale Milieudatabase, staal plaat;2023',
      'goederenvervoer;10.000;tonkm;trein;Spoor naar Duisburg;0,0192;ISO 14083-rapportage vervoerder;2025',
      'goederenvervoer;20.000;tonkm;binnenvaart;;0,033;GLEC-rapportage rederij;2025',
      'goederenvervoer;100;tonkm;bestelauto;;;;',
    ]));
    expect(activities).toEqual([
      { type: 'material', amount: 2, unit: 't', material: 'paper', factor: { kgCO2ePerUnit: 1.1, source: 'EPD Papierfabriek Veluwe', year: 2024 }, label: 'Kopieerpapier' },
      { type: 'material', amount: 1500, unit: 'kg', material: 'steel', factor: { kgCO2ePerUnit: 2.3, source: 'Nationale Milieudatabase, staal plaat', year: 2023 } },
      { type: 'freight_tkm', amount: 10000, unit: 'tkm', mode: 'rail', factor: { kgCO2ePerUnit: 0.0192, source: 'ISO 14083-rapportage vervoerder', year: 2025 }, label: 'Spoor naar Duisburg' },
      { type: 'freight_tkm', amount: 20000, unit: 'tkm', mode: 'inland-ship', factor: { kgCO2ePerUnit: 0.033, source: 'GLEC-rapportage rederij', year: 2025 } },
      { type: 'freight_tkm', amount: 100, unit: 'tkm', mode: 'road-van' },
    ]);
  });

  it('refuses a material without its factor, source or year, a wrong factor, and a factor where the list has one, naming each line in Dutch', async () => {
    const e = await refusal(csv([
      'soort;hoeveelheid;eenheid;detail;omschrijving;factor;bron;bronjaar',
      'materiaal;100;kg;papier;;;;', // 2: nothing declared
      'materiaal;100;kg;goud;;1,1;EPD;2025', // 3: unknown material
      'materiaal;100;kg;karton;;0;EPD;2025', // 4: factor 0
      'materiaal;100;kg;karton;;1.5;EPD;25', // 5: ambiguous factor, no year
      'goederenvervoer;10;tonkm;trein;;;;', // 6: rail without factor
      'aardgas;100;m3;;;2,1;eigen bron;2025', // 7: on the list
    ]));
    expect(e.fields?.map((f) => f.field)).toEqual(['line 2', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7']);
    const nl = e.fields!.map((f) => f.text.nl);
    expect(nl[0]).toBe('regel 2: factor ontbreekt (kg CO2e per kg; staat niet op de lijst CO2emissiefactoren.nl); bron ontbreekt (bijv. de EPD van de leverancier of een LCA-database); bronjaar ontbreekt');
    expect(nl[1]).toContain('detail "goud" past niet bij material');
    expect(nl[1]).toContain('papier, karton, kunststof, staal');
    expect(nl[2]).toContain('factor moet groter dan 0 en hoogstens 1000 kg CO2e per kg zijn');
    expect(nl[3]).toContain('factor "1.5" is niet eenduidig');
    expect(nl[3]).toContain('bronjaar "25" is geen jaartal');
    expect(nl[4]).toContain('factor ontbreekt (kg CO2e per tonkilometer');
    expect(nl[5]).toBe('regel 7: natural_gas staat op de lijst; laat factor, bron en bronjaar leeg');
  });

  it('the template has the columns factor, bron and bronjaar and a material row that reads back', async () => {
    const text = templateCsv();
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('soort;hoeveelheid;eenheid;detail;omschrijving;factor;bron;bronjaar');
    expect(lines.find((l) => l.startsWith('material;'))).toBe('material;2;t;paper;Kopieerpapier;1,1;EPD van de leverancier (voorbeeld: vervang door uw bron);2025');
    const back = await parseBaselineFile('sjabloon.csv', Buffer.from(text, 'utf8'));
    expect(back.find((a) => a.type === 'material')).toMatchObject({ material: 'paper', factor: { kgCO2ePerUnit: 1.1, year: 2025 } });
  });
});
