import { describe, expect, it } from 'vitest';
import { businessCaseFigures, type BusinessCaseLine } from './business-case';

const line = (l: Partial<BusinessCaseLine>): BusinessCaseLine => ({ investmentEur: 0, yearlySavingsEur: 0, extraRevenueEur: 0, fteChange: 0, ...l });

describe('businessCaseFigures', () => {
  it('pays 10.000 back in 4 years at 2.500 a year and discounts 10 years at 4 %', () => {
    // Payback: 10.000 / 2.500 = 4 years.
    // NPV: 2.500 × annuity factor (1 − 1,04^−10) / 0,04 − 10.000.
    //   1,04^10 = 1,480244; 1 / 1,480244 = 0,675564; (1 − 0,675564) / 0,04 = 8,110896
    //   2.500 × 8,110896 = 20.277,24; − 10.000 = 10.277,24.
    // The benefit is savings (1.500) plus extra revenue (1.000).
    expect(businessCaseFigures([line({ investmentEur: 10_000, yearlySavingsEur: 1_500, extraRevenueEur: 1_000 })], 4, 10)).toEqual({
      investmentEur: 10_000,
      yearlyBenefitEur: 2_500,
      paybackYears: 4,
      npvEur: 10_277.24,
    });
  });

  it('adds the partners up before computing', () => {
    // A invests 6.000 and saves 1.000; B invests 4.000 and earns 1.500 more: 10.000 and 2.500 together, as above.
    const figures = businessCaseFigures([line({ investmentEur: 6_000, yearlySavingsEur: 1_000 }), line({ investmentEur: 4_000, extraRevenueEur: 1_500 })], 4, 10);
    expect(figures).toEqual({ investmentEur: 10_000, yearlyBenefitEur: 2_500, paybackYears: 4, npvEur: 10_277.24 });
  });

  it('discounts each year on its own: 3.000 a year, 5 %, 5 years', () => {
    // 3.000/1,05 = 2.857,14; /1,1025 = 2.721,09; /1,157625 = 2.591,51; /1,215506 = 2.468,10; /1,276282 = 2.350,58
    // Σ = 12.988,43; − 10.000 = 2.988,43. Payback 10.000 / 3.000 = 3,333 → 3,33.
    const figures = businessCaseFigures([line({ investmentEur: 10_000, yearlySavingsEur: 3_000 })], 5, 5);
    expect(figures.npvEur).toBe(2_988.43);
    expect(figures.paybackYears).toBe(3.33);
  });

  it('at 0 % the NPV is the plain sum: 10 × 2.500 − 10.000 = 15.000', () => {
    expect(businessCaseFigures([line({ investmentEur: 10_000, yearlySavingsEur: 2_500 })], 0, 10).npvEur).toBe(15_000);
  });

  it('has no payback without a benefit; the NPV is then minus the investment', () => {
    expect(businessCaseFigures([line({ investmentEur: 10_000 })], 4, 10)).toEqual({ investmentEur: 10_000, yearlyBenefitEur: 0, paybackYears: null, npvEur: -10_000 });
  });

  it('has no payback when the benefit is negative, and the losses are discounted too', () => {
    // −500 × 8,110896 = −4.055,45; − 10.000 = −14.055,45.
    const figures = businessCaseFigures([line({ investmentEur: 10_000, yearlySavingsEur: -500 })], 4, 10);
    expect(figures.paybackYears).toBeNull();
    expect(figures.npvEur).toBe(-14_055.45);
  });

  it('pays back at once without an investment, and an empty case is all zero', () => {
    expect(businessCaseFigures([line({ yearlySavingsEur: 800 })], 4, 1)).toMatchObject({ paybackYears: 0, npvEur: 769.23 }); // 800 / 1,04 = 769,23
    expect(businessCaseFigures([], 4, 10)).toEqual({ investmentEur: 0, yearlyBenefitEur: 0, paybackYears: null, npvEur: 0 });
  });
});
