import { classifyFlows, outflowByRoute, round, type Note, type OutflowItem, type RouteMass } from '@koers/calc-circularity-cti';
import { defineCalculator, type CalculatorContext } from '@koers/calc-sdk';
import { businessCaseFigures, CIRCULAR_ROUTES, type RecoveryRoute } from '@koers/domain';
import { chooseFactorSet } from '@koers/calc-footprint-ghg';
import { EMISSION_FACTOR_SET_INDEX_ID, type EmissionFactor, type EmissionFactorSet } from '@koers/reference-data';
import { chainImpactInputSchema, chainImpactOutputSchema, type ChainImpactInput, type ChainImpactOutput, type Co2Item, type Co2Line, type NotCounted, type Scenario } from './schema';

export const CHAIN_IMPACT_ID = 'chain.impact';
export const CHAIN_IMPACT_VERSION = '0.1.0';

/** The set's average-grid-mix electricity factor ("stroom onbekend"; the 2026 list calls it "Stroom (onbekend) gridmix"). */
export const GRID_MIX_ELECTRICITY_KEY = 'electricity.unknown';
export const NATURAL_GAS_KEY = 'natural_gas';
/**
 * Waste factors per route, by key in the set. The sets have `waste.residual` (since the
 * 2026 list, in the 2024 and 2025 sets too: its GHG-protocol figure, collection and
 * processing, the incineration itself being counted by the user of the energy) and no
 * landfill factor; a route
 * whose key the set lacks is listed under notCounted, never given a number.
 */
export const WASTE_FACTOR_KEYS: Readonly<Record<'incineration' | 'landfill', string>> = { incineration: 'waste.residual', landfill: 'waste.landfill' };

const VARIANT_LABEL = { asIs: { nl: 'huidige situatie', en: 'as is' }, redesign: { nl: 'herontwerp', en: 'redesign' } } as const;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
type Variant = keyof typeof VARIANT_LABEL;
const ROUTE_LABEL: Record<RecoveryRoute, { nl: string; en: string }> = {
  reuse: { nl: 'hergebruik', en: 'reuse' },
  recycling: { nl: 'recycling', en: 'recycling' },
  composting: { nl: 'compostering', en: 'composting' },
  energy_recovery: { nl: 'energieterugwinning', en: 'energy recovery' },
  incineration: { nl: 'verbranding', en: 'incineration' },
  landfill: { nl: 'storten', en: 'landfill' },
};

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const eur = (x: number) => round(x, 2);
const nl = (x: number) => String(round(x)).replace('.', ',');
const note = (code: string, nlText: string, en: string): Note => ({ code, text: { nl: nlText, en } });

function requiredFactor(set: EmissionFactorSet, key: string, unit: string): EmissionFactor {
  const f = set.factors[key];
  if (!f) throw new Error(`factor set ${set.id} has no factor "${key}"`);
  if (f.unit !== unit) throw new Error(`factor "${key}" in ${set.id} is per ${f.unit}, chain.impact needs per ${unit}`);
  return f;
}

function line(item: Co2Item, set: EmissionFactorSet, key: string, f: EmissionFactor, asIs: number, redesign: number): Co2Line {
  const reductionQuantity = round(asIs - redesign);
  return {
    item,
    factorSetId: set.id,
    factorKey: key,
    listLabel: f.source,
    factorKgCO2ePerUnit: f.kgCO2ePerUnit,
    unit: f.unit,
    factorNote: f.note ?? null,
    asIsQuantity: round(asIs),
    redesignQuantity: round(redesign),
    reductionQuantity,
    kgCO2eReduction: round(reductionQuantity * f.kgCO2ePerUnit),
  };
}

interface Classified {
  outflows: OutflowItem[];
  /** Virgin (neither recycled nor renewable) kg into production per material; null without nodes. */
  virginByMaterial: Map<string, number> | null;
}

/** Outflows and virgin inflow of one variant: circularity.cti's classification when nodes are given, else the flows' own routes. */
function classify(s: Scenario): Classified {
  if (s.nodes) {
    const { inflows, outflows } = classifyFlows(s.nodes, s.flows);
    const virginByMaterial = new Map<string, number>();
    for (const i of inflows) virginByMaterial.set(i.flow.material, (virginByMaterial.get(i.flow.material) ?? 0) + i.flow.kgPerYear - i.circularKg);
    return { outflows, virginByMaterial };
  }
  const outflows = s.flows.flatMap((flow, index): OutflowItem[] => {
    if (flow.recoveryRoute === null) return [];
    const potentialPct = flow.recoveryPotentialPct ?? 100;
    const potentialKg = (flow.kgPerYear * potentialPct) / 100;
    const recoveredKg = CIRCULAR_ROUTES.includes(flow.recoveryRoute) ? potentialKg : 0;
    return [{ index, flow, route: flow.recoveryRoute, potentialPct, potentialKg, recoveredKg }];
  });
  return { outflows, virginByMaterial: null };
}

const roundRoutes = (r: { byRoute: RouteMass; unknownRouteKg: number }) => ({
  byRoute: Object.fromEntries(Object.entries(r.byRoute).map(([k, v]) => [k, round(v)])) as RouteMass,
  unknownRouteKg: round(r.unknownRouteKg),
});

/**
 * The measured or expected effect of a chain redesign, as is versus redesign, per year:
 *
 * - business case per partner and in total with `businessCaseFigures` of @koers/domain:
 *   yearly benefit = savings + extra revenue, simple payback = investment / benefit,
 *   NPV = -investment + Σ benefit / (1 + r)^t over t = 1..horizon;
 * - CO2 reduction (kg CO2e per year, well-to-wheel) as lines, each with its factor's set,
 *   key, citation, value and unit: electricity (as is - redesign kWh) x the set's grid-mix
 *   factor `electricity.unknown`; natural gas (m³) x `natural_gas`; waste: the outflow mass
 *   to incineration (and landfill) as is - redesign x the set's waste factor for that route,
 *   where the set has one. What has no sourced factor (landfill in the current sets, energy
 *   recovery, virgin material replaced by recycled or renewable material) is listed under
 *   `co2.notCounted` with its mass and a note: never an unsourced number;
 * - water saved m³ = as is - redesign (null with a note when either is missing);
 * - employment = Σ fteChange.
 *
 * Outflows use circularity.cti's definitions (first step out of the useful chain).
 */
export function computeChainImpact(input: ChainImpactInput, ctx: CalculatorContext): ChainImpactOutput {
  const { set, selectedBy } = chooseFactorSet(input, ctx);
  const notes: Note[] = [];
  const variants: Variant[] = ['asIs', 'redesign'];
  const classified = { asIs: classify(input.asIs), redesign: classify(input.redesign) };
  const routes = { asIs: outflowByRoute(classified.asIs.outflows), redesign: outflowByRoute(classified.redesign.outflows) };

  for (const v of variants) {
    if (!input[v].nodes) {
      notes.push(
        note(
          'nodes-missing',
          `${capital(VARIANT_LABEL[v].nl)}: geen knopen opgegeven, dus alleen stromen met een verwerkingsroute tellen als uitstroom en nieuw (virgin) materiaal is niet te vergelijken.`,
          `${capital(VARIANT_LABEL[v].en)}: no nodes given, so only flows with a recovery route count as outflow and virgin material cannot be compared.`,
        ),
      );
    }
  }
  for (const v of variants) {
    const kg = routes[v].unknownRouteKg;
    if (kg > 0) {
      notes.push(
        note(
          'outflow-route-unknown',
          `${capital(VARIANT_LABEL[v].nl)}: ${nl(kg)} kg/jaar uitstroom naar inzameling of sortering heeft geen verwerkingsroute en zit niet in de afvalregels.`,
          `${capital(VARIANT_LABEL[v].en)}: ${round(kg)} kg/year of outflow to collection or sorting has no recovery route and is not in the waste lines.`,
        ),
      );
    }
  }

  // Energy
  const lines: Co2Line[] = [];
  const a = input.asIs.energy;
  const r = input.redesign.energy;
  if (a && r) {
    lines.push(line('electricity', set, GRID_MIX_ELECTRICITY_KEY, requiredFactor(set, GRID_MIX_ELECTRICITY_KEY, 'kWh'), a.electricityKwh, r.electricityKwh));
    lines.push(line('natural_gas', set, NATURAL_GAS_KEY, requiredFactor(set, NATURAL_GAS_KEY, 'm3'), a.naturalGasM3, r.naturalGasM3));
  } else {
    const missing = variants.filter((v) => !input[v].energy);
    notes.push(
      note(
        'energy-missing',
        `Geen energiegegevens voor ${missing.map((v) => VARIANT_LABEL[v].nl).join(' en ')}: de CO2-reductie door energie is niet berekend.`,
        `No energy data for ${missing.map((v) => VARIANT_LABEL[v].en).join(' and ')}: the CO2 reduction from energy is not computed.`,
      ),
    );
  }

  // Waste, by route
  const notCounted: NotCounted[] = [];
  const routeEntry = (route: RecoveryRoute) => ({ asIsKg: round(routes.asIs.byRoute[route]), redesignKg: round(routes.redesign.byRoute[route]) });
  for (const route of ['incineration', 'landfill'] as const) {
    const { asIsKg, redesignKg } = routeEntry(route);
    if (asIsKg === 0 && redesignKg === 0) continue;
    const key = WASTE_FACTOR_KEYS[route];
    const f = set.factors[key];
    if (f && f.unit === 'kg') {
      lines.push(line(route === 'incineration' ? 'waste_incineration' : 'waste_landfill', set, key, f, asIsKg, redesignKg));
      continue;
    }
    notCounted.push({
      kind: 'waste',
      name: route,
      asIsKg,
      redesignKg,
      reductionKg: round(asIsKg - redesignKg),
      note: note(
        'no-waste-factor',
        `${set.id} heeft geen emissiefactor per kg voor ${ROUTE_LABEL[route].nl} ("${key}"): dit verschil is niet in CO2 omgerekend.`,
        `${set.id} has no factor per kg for ${ROUTE_LABEL[route].en} ("${key}"): this difference is not converted to CO2.`,
      ),
    });
  }
  {
    const { asIsKg, redesignKg } = routeEntry('energy_recovery');
    if (asIsKg !== 0 || redesignKg !== 0) {
      notCounted.push({
        kind: 'waste',
        name: 'energy_recovery',
        asIsKg,
        redesignKg,
        reductionKg: round(asIsKg - redesignKg),
        note: note(
          'energy-recovery-not-counted',
          `Voor energieterugwinning past geen factor uit ${set.id} (de restafvalfactor geldt voor verbranding): dit verschil is niet in CO2 omgerekend.`,
          `No factor of ${set.id} applies to energy recovery (the residual-waste factor is for incineration): this difference is not converted to CO2.`,
        ),
      });
    }
  }

  // Virgin material replaced: no factor on the Dutch list, so listed, not counted.
  const va = classified.asIs.virginByMaterial;
  const vr = classified.redesign.virginByMaterial;
  if (va && vr) {
    const materials = [...new Set([...va.keys(), ...vr.keys()])];
    for (const material of materials) {
      const asIsKg = round(va.get(material) ?? 0);
      const redesignKg = round(vr.get(material) ?? 0);
      if (asIsKg === redesignKg) continue;
      notCounted.push({
        kind: 'material',
        name: material,
        asIsKg,
        redesignKg,
        reductionKg: round(asIsKg - redesignKg),
        note: note(
          'no-sourced-material-factor',
          `${set.id} heeft geen bronvermelde emissiefactor voor nieuw (virgin) ${material}: het verschil van ${nl(asIsKg - redesignKg)} kg/jaar is niet in CO2 omgerekend.`,
          `${set.id} has no sourced emission factor for virgin ${material}: the difference of ${round(asIsKg - redesignKg)} kg/year is not converted to CO2.`,
        ),
      });
    }
  }

  // Water
  const wa = input.asIs.waterM3;
  const wr = input.redesign.waterM3;
  const waterSavedM3 = typeof wa === 'number' && typeof wr === 'number' ? round(wa - wr) : null;
  if (waterSavedM3 === null) {
    const missing = variants.filter((v) => typeof input[v].waterM3 !== 'number');
    notes.push(
      note(
        'water-missing',
        `Geen waterverbruik voor ${missing.map((v) => VARIANT_LABEL[v].nl).join(' en ')}: de waterbesparing is niet berekend.`,
        `No water use for ${missing.map((v) => VARIANT_LABEL[v].en).join(' and ')}: water saved is not computed.`,
      ),
    );
  }

  // Business case
  const partners = input.partners.map((p) => {
    const f = businessCaseFigures([p], input.discountRatePct, input.horizonYears);
    if (f.paybackYears === null) {
      notes.push(note('no-payback', `${p.name}: geen jaarlijkse opbrengst, dus geen terugverdientijd.`, `${p.name}: no yearly benefit, so no payback period.`));
    }
    return { name: p.name, investmentEur: eur(f.investmentEur), yearlyBenefitEur: eur(f.yearlyBenefitEur), paybackYears: f.paybackYears, npvEur: f.npvEur, fteChange: round(p.fteChange, 2) };
  });
  const total = businessCaseFigures(input.partners, input.discountRatePct, input.horizonYears);
  if (total.paybackYears === null && input.partners.length > 0) {
    notes.push(note('no-payback', 'Samen: geen jaarlijkse opbrengst, dus geen terugverdientijd.', 'Together: no yearly benefit, so no payback period.'));
  }

  const totalKgCO2eReduction = round(sum(lines.map((l) => l.kgCO2eReduction)));
  return {
    plugin: { id: CHAIN_IMPACT_ID, version: CHAIN_IMPACT_VERSION },
    year: input.year,
    factorSet: { id: set.id, title: set.title, published: set.published, selectedBy },
    discountRatePct: input.discountRatePct,
    horizonYears: input.horizonYears,
    partners,
    co2: { lines, notCounted, totalKgCO2eReduction },
    outflowByRoute: { asIs: roundRoutes(routes.asIs), redesign: roundRoutes(routes.redesign) },
    totals: {
      investmentEur: eur(total.investmentEur),
      yearlyBenefitEur: eur(total.yearlyBenefitEur),
      paybackYears: total.paybackYears,
      npvEur: total.npvEur,
      kgCO2eReductionPerYear: totalKgCO2eReduction,
      waterSavedM3,
      fteChange: round(sum(input.partners.map((p) => p.fteChange)), 2),
    },
    notes,
  };
}

/** Business case, CO2, water and employment effect of a chain redesign (as is versus redesign). */
export const chainImpact = defineCalculator({
  id: CHAIN_IMPACT_ID,
  version: CHAIN_IMPACT_VERSION,
  title: { nl: 'Effect van een ketenherontwerp', en: 'Chain impact of a redesign' },
  description: {
    nl: 'Vergelijkt de huidige situatie met het herontwerp: terugverdientijd en netto contante waarde per partner, CO2-reductie met de emissiefactoren van CO2emissiefactoren.nl, waterbesparing en werkgelegenheid.',
    en: 'Compares as is with the redesign: payback and net present value per partner, CO2 reduction with the CO2emissiefactoren.nl factors, water saved and employment.',
  },
  referenceData: [EMISSION_FACTOR_SET_INDEX_ID, 'co2emissiefactoren-nl-*'],
  inputSchema: chainImpactInputSchema,
  outputSchema: chainImpactOutputSchema,
  compute: computeChainImpact,
});
