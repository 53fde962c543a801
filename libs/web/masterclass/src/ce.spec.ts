import { INNOVATION_FIELDS as REFERENCE_FIELDS, R_LADDER as REFERENCE_LADDER } from '@koers/reference-data';
import { INNOVATION_FIELDS, R_LADDER } from './ce';

describe('the CE words of the outcome form', () => {
  it('are the reference data\u2019s innovation fields, with their names', () => {
    expect(INNOVATION_FIELDS.map((f) => ({ id: f.id, name: f.name }))).toEqual(REFERENCE_FIELDS.map((f) => ({ id: f.id, name: f.name })));
  });

  it('are the reference data\u2019s R-ladder, each name led by its rung', () => {
    expect(R_LADDER.map((r) => ({ id: r.id, name: r.name }))).toEqual(REFERENCE_LADDER.map((r) => ({ id: r.id, name: { nl: `${r.id} ${r.name.nl}`, en: `${r.id} ${r.name.en}` } })));
  });
});
