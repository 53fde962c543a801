/** One chain partner's part in a redesign option's business case, in euros (and fte). */
export interface BusinessCaseLine {
  investmentEur: number;
  yearlySavingsEur: number;
  extraRevenueEur: number;
  /** Change in employment, full-time equivalents (may be negative). */
  fteChange: number;
}

export interface BusinessCaseFigures {
  investmentEur: number;
  /** Yearly savings plus extra revenue. */
  yearlyBenefitEur: number;
  /** Investment divided by the yearly benefit, in years; null when there is no benefit to pay it back. */
  paybackYears: number | null;
  /** Net present value over the horizon at the discount rate: -investment + Σ benefit / (1 + r)^t, t = 1..horizon. */
  npvEur: number;
}

/** Simple payback and net present value, the way a bank reads a business case. */
export function businessCaseFigures(lines: readonly BusinessCaseLine[], discountRatePct: number, horizonYears: number): BusinessCaseFigures {
  const investmentEur = lines.reduce((a, l) => a + l.investmentEur, 0);
  const yearlyBenefitEur = lines.reduce((a, l) => a + l.yearlySavingsEur + l.extraRevenueEur, 0);
  const r = discountRatePct / 100;
  let discounted = 0;
  for (let t = 1; t <= horizonYears; t++) discounted += yearlyBenefitEur / (1 + r) ** t;
  return {
    investmentEur,
    yearlyBenefitEur,
    paybackYears: yearlyBenefitEur > 0 ? round2(investmentEur / yearlyBenefitEur) : null,
    npvEur: round2(discounted - investmentEur),
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
