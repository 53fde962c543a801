/**
 * Demo data for the chain projects of step 3 (npm start only; the tests build
 * their own): a Hennep-to-House-like insulation chain of MVO Noord in its
 * redesign phase (a lead, three chain partners, three specialists, two design
 * sessions held and one planned with their decisions and actions, the flow map
 * of the insulation board as it is and redesigned, a chosen business case), and
 * the care sector programme "Zorggebouwen en faciliteiten" with its opening
 * work conference, the questions mapped there and three chain groups. The
 * worker computes circularity.cti and chain.impact from the stored inputs at
 * the first start (a new calculator release recomputes every input). Names,
 * KvK numbers and figures are made up; the figures are plausible, not measured.
 */
import type { FlowNode, MaterialFlow } from '@koers/domain';
import { stableHash } from '@koers/calc-sdk';
import {
  BusinessCaseLineRow, BusinessCaseOption, ChainMember, ChainProject, ChainSpecialist, Enrolment, FlowMap, FlowNodeRow, FlowVariant, GroupStaff, MaterialFlowRow, Organisation, Participation, ProgrammeGroup,
  ProgrammeSession, SectorConference, SectorProgramme, SectorQuestion, SessionAttendance, SessionItem,
} from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { chainImpactInput, circularityInput } from '../../libs/server/chain/src/chain-calculations';
import type { StoredScenario } from '../../libs/server/chain/src/flow-maps/flow-map-store';
import type { DemoIds } from './seed-demo';

export const DEMO_CHAIN_COMPANIES = [
  { key: 'isolatie', name: 'Hempvast Isolatie', kvkNumber: '42011223', sbiCode: '23.99', sizeClass: 'small', municipality: 'Oldambt', chainRole: 'producer' },
  { key: 'teler', name: 'Hennepteelt Oost-Groningen', kvkNumber: '42022334', sbiCode: '01.16', sizeClass: 'micro', municipality: 'Pekela', chainRole: 'supplier' },
  { key: 'bouw', name: 'Bouwbedrijf Kooistra', kvkNumber: '42033445', sbiCode: '41.20', sizeClass: 'medium', municipality: 'Assen', chainRole: 'user' },
  { key: 'recycler', name: 'Bouwrecycling Noord', kvkNumber: '42044556', sbiCode: '38.32', sizeClass: 'small', municipality: 'Veendam', chainRole: 'recycler' },
] as const;

const AS_IS: StoredScenario = {
  nodes: [
    { name: 'Basaltgroeve', kind: 'extraction', stockChangeKg: 0 },
    { name: 'Steenwolfabriek (buitenland)', kind: 'production', stockChangeKg: 0 },
    { name: 'Bouwbedrijf Kooistra', kind: 'use', stockChangeKg: 96_000 },
    { name: 'Storten', kind: 'landfill', stockChangeKg: 0 },
    { name: 'Afvalverbranding', kind: 'incineration', stockChangeKg: 0 },
  ],
  flows: [
    flow('Basaltgroeve', 'Steenwolfabriek (buitenland)', 'Basalt', 120_000, 0, 0),
    flow('Steenwolfabriek (buitenland)', 'Bouwbedrijf Kooistra', 'Steenwol', 120_000, 0, 0),
    flow('Bouwbedrijf Kooistra', 'Storten', 'Snijresten steenwol', 18_000, 0, 0, 'landfill'),
    flow('Bouwbedrijf Kooistra', 'Afvalverbranding', 'Verpakking', 6_000, 0, 0, 'incineration'),
  ],
  energy: { totalKwh: 410_000, renewableKwh: 40_000, electricityKwh: 150_000, naturalGasM3: 26_000 },
  water: { intakeM3: 2_400, circularM3: 0 },
  updatedAt: null,
};

const REDESIGN: StoredScenario = {
  nodes: [
    { name: 'Hennepteelt Oost-Groningen', kind: 'supplier', stockChangeKg: 0 },
    { name: 'Hempvast Isolatie', kind: 'production', stockChangeKg: 0 },
    { name: 'Bouwbedrijf Kooistra', kind: 'use', stockChangeKg: 105_000 },
    { name: 'Bouwrecycling Noord', kind: 'recycling', stockChangeKg: 0 },
  ],
  flows: [
    flow('Hennepteelt Oost-Groningen', 'Hempvast Isolatie', 'Hennepvezel', 105_000, 0, 100),
    flow('Bouwrecycling Noord', 'Hempvast Isolatie', 'Gerecyclede snijresten', 12_000, 100, 0),
    flow('Hempvast Isolatie', 'Bouwbedrijf Kooistra', 'Hennepisolatieplaat', 117_000, 10, 90),
    flow('Bouwbedrijf Kooistra', 'Bouwrecycling Noord', 'Snijresten hennep', 12_000, 10, 90, 'recycling', 95),
  ],
  energy: { totalKwh: 300_000, renewableKwh: 180_000, electricityKwh: 120_000, naturalGasM3: 9_000 },
  water: { intakeM3: 1_600, circularM3: 400 },
  updatedAt: null,
};

function flow(from: string, to: string, material: string, kgPerYear: number, recycledPct: number, renewablePct: number, recoveryRoute: MaterialFlow['recoveryRoute'] = null, recoveryPotentialPct: number | null = null): MaterialFlow {
  return { from, to, material, kgPerYear, recycledPct, renewablePct, recoveryRoute, recoveryPotentialPct };
}

export async function seedDemoChain(ds: DataSource, ids: DemoIds): Promise<{ projectId: string; programmeId: string }> {
  return ds.transaction(async (em) => {
    const partnerId = ids.partners.noord;
    const year = new Date().getFullYear();
    const orgIds: Record<string, string> = {};
    for (const { key, chainRole: _role, ...fields } of DEMO_CHAIN_COMPANIES) {
      orgIds[key] = randomUUID();
      await em.insert(Organisation, { id: orgIds[key], ...fields, kind: 'company', region: key === 'bouw' ? 'Drenthe' : 'Groningen' });
      await em.insert(Participation, { id: randomUUID(), partnerId, organisationId: orgIds[key], step: 'chain' });
    }

    // The insulation chain, in its redesign phase.
    const projectId = randomUUID();
    await em.insert(ProgrammeGroup, {
      id: projectId, partnerId, step: 'chain', name: `Hennep to House Noord-Nederland ${year}`, startsOn: `${year}-01-15`, endsOn: `${year + 1}-06-30`,
      coordinatorUserId: ids.users.coordinator, status: 'running',
      phasePlan: { material_map: `${year}-04-01`, redesign: `${year}-09-01`, research: `${year}-12-01`, business_case: `${year + 1}-02-01`, implementation: `${year + 1}-05-01` },
    });
    await em.insert(ChainProject, {
      groupId: projectId, partnerId, subject: 'Isolatie van regionale hennep', origin: 'direct', proposalId: null, sectorProgrammeId: null, theme: null,
      goal: 'Een gesloten keten voor biobased isolatieplaten: hennep uit Oost-Groningen, productie in de regio, snijresten terug naar de fabriek.',
      phasesReached: { exploration: `${year}-01-15`, material_map: `${year}-03-20`, redesign: `${year}-06-10` },
    });
    const enrolments: Record<string, string> = {};
    for (const c of DEMO_CHAIN_COMPANIES) {
      enrolments[c.key] = randomUUID();
      await em.insert(Enrolment, { id: enrolments[c.key], partnerId, groupId: projectId, role: c.key === 'isolatie' ? 'lead' : 'chain_partner', organisationId: orgIds[c.key], phase: 'redesign', adviserUserId: null });
      await em.insert(ChainMember, { enrolmentId: enrolments[c.key], partnerId, groupId: projectId, chainRole: c.chainRole });
    }
    const staff = { partnerId, groupId: projectId, role: 'specialist' as const, userId: null, trainee: false, mentorUserId: null, organisationId: null, externalEmail: null };
    const specialists = [
      { name: 'dr. Ineke Smit', organisation: 'Hanzehogeschool Groningen', kind: 'university_of_applied_sciences', contribution: 'Brandveiligheid en bouwfysica van hennepisolatie' },
      { name: 'Ruud Verbeek', organisation: 'TNO Bouw en Ondergrond', kind: 'research_institute', contribution: 'Levenscyclusanalyse van de plaat tegenover steenwol' },
      { name: 'Lotte Hazelhoff', organisation: 'Studio Vezel', kind: 'designer', contribution: 'Ontwerp van een demontabele plaat met een klikverbinding' },
    ] as const;
    for (const s of specialists) {
      const staffId = randomUUID();
      await em.insert(GroupStaff, { id: staffId, ...staff, externalName: s.name, externalOrganisation: s.organisation, contribution: s.contribution });
      await em.insert(ChainSpecialist, { staffId, partnerId, groupId: projectId, kind: s.kind });
    }
    const sessions = [
      { title: 'Ontwerpsessie 1: de materiaalkaart', at: `${year}-02-20T13:00:00+01:00`, held: true, items: [['decision', 'De kaart begint bij de teler en eindigt bij storten of verbranden', ''], ['action', 'Hoeveelheden steenwol en snijresten van 2025 aanleveren', 'Bouwbedrijf Kooistra']] },
      { title: 'Ontwerpsessie 2: herontwerp van de plaat', at: `${year}-05-14T13:00:00+02:00`, held: true, items: [['decision', 'Snijresten gaan terug naar Hempvast in plaats van naar de stort', ''], ['action', 'Brandproef van de hennepplaat aanvragen', 'Hanzehogeschool Groningen']] },
      { title: 'Ontwerpsessie 3: onderzoek en proefplaten', at: `${year}-10-08T13:00:00+02:00`, held: false, items: [] },
    ] as const;
    for (const s of sessions) {
      const sessionId = randomUUID();
      await em.insert(ProgrammeSession, { id: sessionId, partnerId, groupId: projectId, kind: 'design_session', title: s.title, startsAt: new Date(s.at), endsAt: null, location: 'Hempvast Isolatie, Winschoten', agenda: '' });
      if (s.held) {
        await em.insert(SessionAttendance, DEMO_CHAIN_COMPANIES.map((c) => ({ partnerId, sessionId, enrolmentId: enrolments[c.key], organisationId: orgIds[c.key], present: true })));
      }
      for (const [kind, text, owner] of s.items) {
        await em.insert(SessionItem, { id: randomUUID(), partnerId, groupId: projectId, sessionId, kind, text, owner, dueOn: kind === 'action' ? `${year}-06-30` : null, doneAt: null });
      }
    }
    const mapId = randomUUID();
    await em.insert(FlowMap, { id: mapId, partnerId, groupId: projectId, subject: 'Isolatieplaat voor woningbouw' });
    for (const [variant, scenario] of [['as_is', AS_IS], ['redesign', REDESIGN]] as const) {
      await storeScenario(em, { partnerId, groupId: projectId, mapId }, variant, scenario);
      await storeInput(em, partnerId, orgIds.isolatie, 'circularity.cti', year, circularityInput(scenario), `flow-map:${mapId}:${variant}`);
    }
    const optionId = randomUUID();
    await em.insert(BusinessCaseOption, {
      id: optionId, partnerId, groupId: projectId, name: 'Hennepplaat met teruggenomen snijresten', discountRatePct: '4', horizonYears: 10, chosen: true,
      description: 'Hempvast investeert in een persstraat; Kooistra stapt over en levert snijresten terug; de recycler maalt ze tot vezel.',
    });
    const lines = [
      { key: 'isolatie', investmentEur: 450_000, yearlySavingsEur: 0, extraRevenueEur: 95_000, fteChange: 3 },
      { key: 'teler', investmentEur: 40_000, yearlySavingsEur: 0, extraRevenueEur: 18_000, fteChange: 0.5 },
      { key: 'bouw', investmentEur: 0, yearlySavingsEur: 12_500, extraRevenueEur: 0, fteChange: 0 },
      { key: 'recycler', investmentEur: 25_000, yearlySavingsEur: 0, extraRevenueEur: 6_000, fteChange: 0.5 },
    ];
    for (const l of lines) {
      await em.insert(BusinessCaseLineRow, {
        optionId, enrolmentId: enrolments[l.key], partnerId, groupId: projectId, investmentEur: String(l.investmentEur), yearlySavingsEur: String(l.yearlySavingsEur), extraRevenueEur: String(l.extraRevenueEur), fteChange: String(l.fteChange),
      });
    }
    const names = Object.fromEntries(DEMO_CHAIN_COMPANIES.map((c) => [c.key, c.name]));
    await storeInput(
      em, partnerId, orgIds.isolatie, 'chain.impact', year,
      chainImpactInput(year, { asIs: [AS_IS], redesign: [REDESIGN] }, lines.map(({ key, ...l }) => ({ name: names[key], ...l })), { discountRatePct: 4, horizonYears: 10 }),
      `chain-project:${projectId}`,
    );

    // The care sector programme with its opening conference and three chain groups.
    const programmeId = randomUUID();
    await em.insert(SectorProgramme, { id: programmeId, partnerId, name: `Zorggebouwen en faciliteiten Drenthe ${year}`, sector: 'Zorg', region: 'Drenthe', startsOn: `${year}-02-01`, endsOn: `${year + 1}-01-31` });
    await em.insert(SectorConference, {
      id: randomUUID(), partnerId, programmeId, kind: 'opening', heldOn: `${year}-02-12`, location: 'Zorggroep Drentse Aa, Assen',
      notes: 'Acht zorginstellingen en hun leveranciers brachten de ketens en hun vragen in kaart; zes thema\'s, drie ketengroepen starten dit jaar.',
    });
    const questions = [
      ['Duurzaam vastgoed', 'Hoe renoveren we verpleeghuizen zonder dat de zorg stilvalt?', 'Zorggroep Drentse Aa'],
      ['Energie en CO2', 'Kunnen we samen zonnepanelen en warmte inkopen?', 'Gemeente Assen'],
      ['Minder afval', 'Hoe krijgen we incontinentiemateriaal uit het restafval?', 'Zorggroep Drentse Aa'],
      ['Textielreiniging met minder water', 'Kan de wasserij met de helft van het water toe?', 'Wasserij Noord'],
      ['Gezonde voeding', 'Regionaal en seizoensgebonden koken voor 1.200 bewoners', 'Keukenbrigade Zorg'],
      ['Slimme mobiliteit', 'Minder autoritten van wijkverpleging', 'Zorggroep Drentse Aa'],
    ] as const;
    for (const [theme, question, raisedBy] of questions) await em.insert(SectorQuestion, { id: randomUUID(), partnerId, programmeId, theme, question, raisedBy });
    const groups = [
      { theme: 'Minder afval', name: 'Ketengroep minder afval in de zorg', members: ['zorg', 'recycler', 'installateur'] },
      { theme: 'Textielreiniging met minder water', name: 'Ketengroep textiel en water', members: ['zorg', 'bouw', 'installateur'] },
      { theme: 'Energie en CO2', name: 'Ketengroep energie en CO2', members: ['zorg', 'gemeente', 'installateur'] },
    ];
    const known: Record<string, string> = { ...orgIds, zorg: ids.organisations.zorg, gemeente: ids.organisations.gemeente, installateur: ids.organisations.installateur };
    for (const g of groups) {
      const groupId = randomUUID();
      await em.insert(ProgrammeGroup, {
        id: groupId, partnerId, step: 'chain', name: g.name, startsOn: `${year}-03-01`, endsOn: `${year + 1}-01-31`, coordinatorUserId: ids.users.coordinator, status: 'running', phasePlan: {},
      });
      await em.insert(ChainProject, { groupId, partnerId, subject: g.theme, goal: '', origin: 'direct', proposalId: null, sectorProgrammeId: programmeId, theme: g.theme, phasesReached: { exploration: `${year}-03-01` } });
      for (const [i, key] of g.members.entries()) {
        const enrolmentId = randomUUID();
        if (!(await em.exists(Participation, { where: { partnerId, organisationId: known[key], step: 'chain' } }))) await em.insert(Participation, { id: randomUUID(), partnerId, organisationId: known[key], step: 'chain' });
        await em.insert(Enrolment, { id: enrolmentId, partnerId, groupId, role: i === 0 ? 'lead' : 'chain_partner', organisationId: known[key], phase: 'exploration', adviserUserId: null });
        await em.insert(ChainMember, { enrolmentId, partnerId, groupId, chainRole: i === 0 ? 'user' : key === 'recycler' ? 'recycler' : 'supplier' });
      }
    }
    return { projectId, programmeId };
  });
}

async function storeScenario(em: EntityManager, ids: { partnerId: string; groupId: string; mapId: string }, variant: 'as_is' | 'redesign', s: StoredScenario) {
  const nodeIds = new Map(s.nodes.map((n: FlowNode) => [n.name, randomUUID()]));
  await em.insert(FlowNodeRow, s.nodes.map((n, position) => ({ id: nodeIds.get(n.name) as string, ...ids, variant, position, name: n.name, kind: n.kind, stockChangeKg: String(n.stockChangeKg) })));
  await em.insert(MaterialFlowRow, s.flows.map((f, position) => ({
    id: randomUUID(), ...ids, variant, position, fromNodeId: nodeIds.get(f.from) as string, toNodeId: nodeIds.get(f.to) as string, material: f.material, kgPerYear: String(f.kgPerYear),
    recycledPct: String(f.recycledPct), renewablePct: String(f.renewablePct), recoveryRoute: f.recoveryRoute, recoveryPotentialPct: f.recoveryPotentialPct === null ? null : String(f.recoveryPotentialPct),
  })));
  const str = (v: number | null) => (v === null ? null : String(v));
  await em.insert(FlowVariant, {
    mapId: ids.mapId, variant, partnerId: ids.partnerId, groupId: ids.groupId, energyTotalKwh: str(s.energy.totalKwh), energyRenewableKwh: str(s.energy.renewableKwh), electricityKwh: str(s.energy.electricityKwh),
    naturalGasM3: str(s.energy.naturalGasM3), waterIntakeM3: str(s.water.intakeM3), waterCircularM3: str(s.water.circularM3),
  });
}

/** A calculation input as the API stores it; the worker computes it at the first start (a new calculator release recomputes every input). */
async function storeInput(em: EntityManager, partnerId: string, organisationId: string, pluginId: string, year: number, input: unknown, subject: string) {
  await em.query(
    `insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, subject) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [randomUUID(), partnerId, organisationId, pluginId, year, JSON.stringify(input), stableHash(input), subject],
  );
}
