import { stepsFor } from './steps';

describe('steps by role', () => {
  it('offers participants and staff all three steps (a participant sees its own groups in each)', () => {
    expect(stepsFor('participant').map((s) => s.step)).toEqual(['koploper', 'masterclass', 'chain']);
    expect(stepsFor('analyst').map((s) => s.step)).toEqual(['koploper', 'masterclass', 'chain']);
    expect(stepsFor(null)).toEqual([]);
  });
});
