type Language = 'nl' | 'en';

type Range = { min: number; max: number };

/** A recommended measure's effects as the profile.recommendations plugin gives them. */
export interface MeasureEffects {
  co2Effect: { kind: 'estimate' | 'typical' | 'none'; kgCO2ePerYear: Range | null; per: { nl: string; en: string } | null };
  costEffect: { investmentEur?: Range; yearlySavingEur?: Range; paybackYears?: Range };
}

/** How the caller writes figures: the page in the reader's language, the PDF in Dutch for print. */
export interface EffectFormat {
  /** kg CO2e; `scale` is the range's larger end, so both ends read in one unit. */
  co2: (kg: number, scale: number) => string;
  euro: (eur: number) => string;
  number: (x: number) => string;
}

const WORDS = {
  nl: {
    perYear: 'per jaar', none: 'geen direct CO2-effect', investment: 'investering', upTo: 'tot', saves: 'bespaart', costs: 'kost',
    extra: 'per jaar extra', mixed: (cost: string, saving: string) => `van ${cost} per jaar extra kosten tot ${saving} per jaar besparing`,
    payback: 'terugverdientijd', years: 'jaar',
  },
  en: {
    perYear: 'a year', none: 'no direct CO2 effect', investment: 'investment', upTo: 'up to', saves: 'saves', costs: 'costs',
    extra: 'a year extra', mixed: (cost: string, saving: string) => `from ${cost} a year extra cost to ${saving} a year saving`,
    payback: 'payback', years: 'years',
  },
} as const;

/** "a – b", one figure when both ends are equal, "tot b" when it starts at 0. */
function span(r: Range, f: (x: number) => string, upTo: string): string {
  if (r.min === r.max) return f(r.min);
  if (r.min === 0) return `${upTo} ${f(r.max)}`;
  return `${f(r.min)} – ${f(r.max)}`;
}

/**
 * The CO2 effect and the cost effects of a measure in words, the same on the profile page
 * and in its PDF: never a "0 – 0" range (left out), a negative yearly saving written as an
 * extra cost, a range across zero as "from extra cost to saving".
 */
export function measureEffectTexts(r: MeasureEffects, lang: Language, f: EffectFormat): { co2: string; costs: string[] } {
  const w = WORDS[lang];
  const e = r.co2Effect;
  let co2: string = w.none;
  if (e.kind !== 'none' && e.kgCO2ePerYear) {
    const kg = e.kgCO2ePerYear;
    const figure = kg.min === kg.max ? f.co2(kg.max, kg.max) : `${f.co2(kg.min, kg.max)} – ${f.co2(kg.max, kg.max)}`;
    co2 = `${figure} ${w.perYear}${e.kind === 'typical' && e.per ? ` ${e.per[lang]}` : ''}`;
  }
  const costs: string[] = [];
  const { investmentEur: inv, yearlySavingEur: save, paybackYears: pay } = r.costEffect;
  if (inv && inv.max > 0) costs.push(`${w.investment} ${span(inv, f.euro, w.upTo)}`);
  if (save && (save.min !== 0 || save.max !== 0)) {
    if (save.min >= 0) costs.push(`${w.saves} ${span(save, f.euro, w.upTo)} ${w.perYear}`);
    else if (save.max <= 0) costs.push(`${w.costs} ${span({ min: -save.max, max: -save.min }, f.euro, w.upTo)} ${w.extra}`);
    else costs.push(w.mixed(f.euro(-save.min), f.euro(save.max)));
  }
  if (pay && pay.max > 0) costs.push(`${w.payback} ${span(pay, f.number, w.upTo)} ${w.years}`);
  return { co2, costs };
}

/**
 * "verplicht (EML, terugverdientijd ≤ 5 jaar)" or "keuze". `printable` writes "5 jaar of minder"
 * instead of "≤ 5 jaar" for the PDF's standard fonts, which have no ≤.
 */
export function obligationLabel(obligation: 'obligatory' | 'choice', paybackYearsAtMost: number, lang: Language, printable = false): string {
  if (obligation === 'choice') return lang === 'nl' ? 'keuze' : 'choice';
  if (lang === 'nl') return `verplicht (EML, terugverdientijd ${printable ? `${paybackYearsAtMost} jaar of minder` : `≤ ${paybackYearsAtMost} jaar`})`;
  return `obligatory (EML, payback ${printable ? `${paybackYearsAtMost} years or less` : `≤ ${paybackYearsAtMost} years`})`;
}
