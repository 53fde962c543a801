'use strict';
// Example external calculator plugin (plain CommonJS, no build step).
// zod is a peer dependency: it resolves from the Koers workspace's node_modules.
const { z } = require('zod');

// Dutch office practice: ~218 working days a year (used for a litres-per-workday figure).
const WORKDAYS_PER_YEAR = 218;

const round3 = (x) => Math.round(x * 1000) / 1000;

module.exports = {
  id: 'example.water-intensity',
  version: '0.1.0',
  title: { nl: 'Waterverbruik per medewerker', en: 'Water use per employee' },
  inputSchema: z.object({
    year: z.number().int().min(1990).max(2100),
    waterM3: z.number().nonnegative(),
    employees: z.number().positive(),
  }),
  outputSchema: z.object({
    year: z.number().int(),
    waterM3: z.number(),
    employees: z.number(),
    m3PerEmployee: z.number(),
    litresPerEmployeePerWorkday: z.number(),
  }),
  // Pure: no I/O, no clock, no randomness; reference data would come from context.reference(id).
  compute(input) {
    const m3PerEmployee = input.waterM3 / input.employees;
    return {
      year: input.year,
      waterM3: input.waterM3,
      employees: input.employees,
      m3PerEmployee: round3(m3PerEmployee),
      litresPerEmployeePerWorkday: round3((m3PerEmployee * 1000) / WORKDAYS_PER_YEAR),
    };
  },
};
