import { stepsFor } from './steps';

describe('steps by role', () => {
  it('offers participants their track and their masterclass, and staff all three steps', () => {
    expect(stepsFor('participant').map((s) => s.step)).toEqual(['koploper', 'masterclass']);
    expect(stepsFor('analyst').map((s) => s.step)).toEqual(['koploper', 'masterclass', 'chain']);
    expect(stepsFor(null)).toEqual([]);
  });
});
