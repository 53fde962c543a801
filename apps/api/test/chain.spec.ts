/**
 * Chain projects (step 3) as a coordinator runs them: the 6-24 month rule, a
 * project taken up from a masterclass proposal, partners with their chain roles
 * and specialists, the four-sessions rule before closing (naming the count),
 * decisions and actions of a session, the flow map's balance check and its
 * import with bad rows named, the business case's payback and NPV, and the
 * worker computing circularity.cti and chain.impact.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let counter = 0;

beforeAll(async () => {
  h = await startHarness({ worker: true });
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
});
afterAll(() => h?.close());

async function newOrganisation(name = `Ketenbedrijf ${++counter}`): Promise<string> {
  const res = await h.call('POST', '/api/organisations', { cookie: coordinator, body: { name, kind: 'company', step: 'chain' } });
  expect(res.status).toBe(201);
  return res.body.id;
}

const base = { name: 'Hennep to House', subject: 'Isolatie van hennepvezel', startsOn: '2026-03-01', endsOn: '2027-02-28' };

async function project(partners = 2) {
  const lead = await newOrganisation();
  const others = [];
  for (let i = 0; i < partners; i++) others.push({ organisationId: await newOrganisation(), chainRole: i === 0 ? 'supplier' : 'user' });
  const res = await h.call('POST', '/api/chain/projects', { cookie: coordinator, body: { ...base, lead: { organisationId: lead, chainRole: 'producer' }, partners: others } });
  expect(res.status).toBe(201);
  return res.body;
}

async function upload(mapId: string, variant: string, name: string, content: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${h.url}/api/chain/flow-maps/${mapId}/variants/${variant}/import`, { method: 'POST', headers: { cookie: coordinator }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

async function waitFor<T>(read: () => Promise<T>, done: (t: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const t = await read();
    if (done(t)) return t;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting for the worker');
}

describe('a chain project', () => {
  it('runs 6 to 24 months: 5 months and 25 months are refused naming the months, nothing written', async () => {
    const lead = await newOrganisation();
    const before = await writeFingerprint(h.sql);
    const short = await h.call('POST', '/api/chain/projects', { cookie: coordinator, body: { ...base, endsOn: '2026-07-31', lead: { organisationId: lead, chainRole: 'producer' } } });
    expect(short.status).toBe(400);
    expect(short.body.errors[0]).toMatchObject({ field: 'endsOn', code: 'group.duration', params: { min: 6, max: 24, months: 4 } });
    expect(short.body.text.nl).toContain('6 tot 24 maanden');
    const long = await h.call('POST', '/api/chain/projects', { cookie: coordinator, body: { ...base, endsOn: '2028-04-01', lead: { organisationId: lead, chainRole: 'producer' } } });
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ field: 'endsOn', params: { months: 25 } });
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const blank = await h.call('POST', '/api/chain/projects', { cookie: coordinator, body: { ...base, name: '   ', lead: { organisationId: lead, chainRole: 'producer' } } });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0]).toMatchObject({ field: 'name', code: 'validation.blank' });
    // Exactly six months is allowed; a later change to 30 months is refused the same way.
    const ok = await h.call('POST', '/api/chain/projects', { cookie: coordinator, body: { ...base, endsOn: '2026-09-01', lead: { organisationId: lead, chainRole: 'producer' } } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ step: 'chain', durationMonths: 6, origin: 'direct', members: [expect.objectContaining({ role: 'lead', chainRole: 'producer' })] });
    const stretched = await h.call('PATCH', `/api/chain/projects/${ok.body.id}`, { cookie: coordinator, body: { endsOn: '2028-09-01' } });
    expect(stretched.status).toBe(400);
    expect(stretched.body.errors[0]).toMatchObject({ field: 'endsOn', code: 'group.duration' });
  });

  it('is taken up from a masterclass proposal once: its candidates come along and the proposal is picked up', async () => {
    const mc = await h.call('POST', '/api/masterclass/masterclasses', { cookie: coordinator, body: { name: 'CE-masterclass', audience: 'sme', goals: 'x', startsOn: '2026-01-01', endsOn: '2026-02-28' } });
    const orgs = [await newOrganisation(), await newOrganisation()];
    const proposalId = randomUUID();
    await h.sql.query(
      `insert into chain_proposal (id, partner_id, group_id, title, description, candidate_partners) select $1, partner_id, id, 'Hennepketen', 'Biobased isolatie', $3 from programme_group where id = $2`,
      [proposalId, mc.body.id, JSON.stringify(orgs.map((organisationId) => ({ enrolmentId: null, organisationId, name: 'x' })))],
    );
    const body = { ...base, proposalId, lead: { organisationId: orgs[0], chainRole: 'producer' }, partners: [{ organisationId: orgs[1], chainRole: 'supplier' }] };
    const made = await h.call('POST', '/api/chain/projects', { cookie: coordinator, body });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ origin: 'proposal', proposalId, goal: 'Biobased isolatie' });
    expect((await h.sql.query(`select status from chain_proposal where id = $1`, [proposalId]))[0].status).toBe('picked_up');
    const again = await h.call('POST', '/api/chain/projects', { cookie: coordinator, body });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'chain.proposal_picked_up' });
    // Only the coordination makes projects.
    expect((await h.call('POST', '/api/chain/projects', { cookie: adviser, body })).status).toBe(403);
  });

  it('has specialists of a kind with their contribution, and partners whose chain role can change', async () => {
    const p = await project();
    const added = await h.call('POST', `/api/chain/projects/${p.id}/specialists`, {
      cookie: coordinator, body: { kind: 'university_of_applied_sciences', externalName: 'dr. Ineke Smit', externalOrganisation: 'Hanzehogeschool', contribution: 'Brandveiligheid van hennepisolatie' },
    });
    expect(added.status).toBe(201);
    expect(added.body.specialists).toEqual([expect.objectContaining({ name: 'dr. Ineke Smit', kind: 'university_of_applied_sciences', kindLabel: { nl: 'Hogeschool', en: 'University of applied sciences' } })]);
    const wrongKind = await h.call('POST', `/api/chain/projects/${p.id}/specialists`, { cookie: coordinator, body: { kind: 'wizard', externalName: 'x', contribution: 'y' } });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors[0]).toMatchObject({ field: 'kind', code: 'chain.specialist_kind' });
    const partner = p.members.find((m: { role: string }) => m.role === 'chain_partner');
    const changed = await h.call('PATCH', `/api/chain/members/${partner.participantId}`, { cookie: coordinator, body: { chainRole: 'recycler' } });
    expect(changed.status).toBe(200);
    expect(changed.body.members.find((m: { participantId: string }) => m.participantId === partner.participantId).chainRole).toBe('recycler');
  });
});

describe('closing', () => {
  it('is refused before four sessions took place, naming the count, and allowed after the fourth', async () => {
    const p = await project();
    expect((await h.call('POST', `/api/programme/groups/${p.id}/start`, { cookie: coordinator })).status).toBe(200);
    for (const phase of ['material_map', 'redesign', 'research', 'business_case', 'implementation']) {
      const moved = await h.call('POST', `/api/chain/projects/${p.id}/phase`, { cookie: coordinator, body: { phase } });
      expect(moved.status).toBe(200);
    }
    const sessionIds: string[] = [];
    const hold = async (i: number) => {
      const s = await h.call('POST', `/api/programme/groups/${p.id}/sessions`, { cookie: coordinator, body: { kind: 'design_session', title: `Ontwerpsessie ${i}`, startsAt: `2026-0${i + 3}-10T09:00:00Z`, location: 'Hempflax, Oude Pekela', agenda: 'Materiaalkaart' } });
      expect([s.status, s.body]).toEqual([201, expect.anything()]);
      sessionIds.push(s.body.id);
      const att = await h.call('PUT', `/api/programme/sessions/${s.body.id}/attendance`, { cookie: coordinator, body: { attendance: p.members.map((m: { participantId: string }) => ({ participantId: m.participantId, present: true })) } });
      expect(att.status).toBe(200);
    };
    for (let i = 1; i <= 3; i++) await hold(i);
    // A planned session without attendance has not taken place.
    await h.call('POST', `/api/programme/groups/${p.id}/sessions`, { cookie: coordinator, body: { kind: 'work_conference', title: 'Nog te houden', startsAt: '2026-12-10T09:00:00Z', location: '', agenda: '' } });
    const before = await writeFingerprint(h.sql);
    const refused = await h.call('POST', `/api/programme/groups/${p.id}/close`, { cookie: coordinator });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'group.too_few_sessions', params: { min: 4, held: 3 } });
    expect(refused.body.text.nl).toContain('er zijn er 3 gehouden');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    await hold(4);
    const detail = await h.call('GET', `/api/chain/projects/${p.id}`, { cookie: coordinator });
    expect(detail.body).toMatchObject({ sessionsHeld: 4, sessionsRequired: 4 });
    const closed = await h.call('POST', `/api/programme/groups/${p.id}/close`, { cookie: coordinator });
    expect(closed.status).toBe(200);
    const after = await h.call('GET', `/api/chain/projects/${p.id}`, { cookie: coordinator });
    expect(after.body.status).toBe('closed');
    expect(after.body.phases.map((x: { phase: string; reachedOn: string | null }) => [x.phase, x.reachedOn !== null])).toEqual([
      ['exploration', true], ['material_map', true], ['redesign', true], ['research', true], ['business_case', true], ['implementation', true], ['results', true],
    ]);
  });

  it('sessions keep their decisions and actions; an action is marked done, a decision has no due date', async () => {
    const p = await project();
    const s = await h.call('POST', `/api/programme/groups/${p.id}/sessions`, { cookie: coordinator, body: { kind: 'design_session', title: 'Ontwerpsessie 1', startsAt: '2026-04-10T09:00:00Z', location: '', agenda: '' } });
    const decision = await h.call('POST', `/api/programme/sessions/${s.body.id}/items`, { cookie: adviser, body: { kind: 'decision', text: 'We testen hennepvezel in de plaat' } });
    expect(decision.status).toBe(201);
    const action = await h.call('POST', `/api/programme/sessions/${s.body.id}/items`, { cookie: adviser, body: { kind: 'action', text: 'Brandproef aanvragen', owner: 'Hanzehogeschool', dueOn: '2026-05-01' } });
    const done = await h.call('PATCH', `/api/programme/session-items/${action.body.id}`, { cookie: adviser, body: { done: true } });
    expect(done.status).toBe(200);
    expect(done.body.doneAt).not.toBeNull();
    const wrong = await h.call('POST', `/api/programme/sessions/${s.body.id}/items`, { cookie: adviser, body: { kind: 'decision', text: 'x', dueOn: '2026-05-01' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ field: 'dueOn', code: 'session_item.due_decision' });
    const view = await h.call('GET', `/api/chain/projects/${p.id}`, { cookie: coordinator });
    expect(view.body.sessions[0].items.map((i: { kind: string; text: string }) => i.kind)).toEqual(['decision', 'action']);
    expect((await h.call('POST', `/api/programme/sessions/${s.body.id}/items`, { cookie: participant, body: { kind: 'decision', text: 'x' } })).status).toBe(403);
  });
});

const AS_IS = {
  nodes: [
    { name: 'Akkerbouwer', kind: 'supplier' }, { name: 'Fabriek', kind: 'production' }, { name: 'Bouw', kind: 'use' }, { name: 'Stort', kind: 'landfill' }, { name: 'Verbranding', kind: 'incineration' },
  ],
  flows: [
    { from: 'Akkerbouwer', to: 'Fabriek', material: 'Minerale wol', kgPerYear: 1000, recycledPct: 0, renewablePct: 0 },
    { from: 'Fabriek', to: 'Bouw', material: 'Isolatieplaat', kgPerYear: 1000 },
    { from: 'Bouw', to: 'Stort', material: 'Sloopafval', kgPerYear: 600, recoveryRoute: 'landfill' },
    { from: 'Bouw', to: 'Verbranding', material: 'Sloopafval', kgPerYear: 400, recoveryRoute: 'incineration' },
  ],
  energy: { totalKwh: 10000, renewableKwh: 1000, electricityKwh: 8000, naturalGasM3: 500 },
  water: { intakeM3: 100, circularM3: 0 },
};
const REDESIGN = {
  nodes: [
    { name: 'Hennepteler', kind: 'supplier' }, { name: 'Fabriek', kind: 'production' }, { name: 'Bouw', kind: 'use' }, { name: 'Recycler', kind: 'recycling' },
  ],
  flows: [
    { from: 'Hennepteler', to: 'Fabriek', material: 'Hennepvezel', kgPerYear: 700, recycledPct: 0, renewablePct: 100 },
    { from: 'Recycler', to: 'Fabriek', material: 'Snijresten', kgPerYear: 300, recycledPct: 100 },
    { from: 'Fabriek', to: 'Bouw', material: 'Hennepplaat', kgPerYear: 1000 },
    { from: 'Bouw', to: 'Recycler', material: 'Snijresten', kgPerYear: 300, recoveryRoute: 'recycling', recoveryPotentialPct: 100 },
  ],
  energy: { totalKwh: 8000, renewableKwh: 4000, electricityKwh: 6000, naturalGasM3: 200 },
  water: { intakeM3: 80, circularM3: 20 },
};

describe('the material-flow map', () => {
  it('flags a node that lets out more than comes in, and a stated stock change balances it', async () => {
    const p = await project();
    const map = await h.call('POST', `/api/chain/projects/${p.id}/flow-maps`, { cookie: adviser, body: { subject: 'Isolatieplaat' } });
    expect(map.status).toBe(201);
    const unbalanced = { ...AS_IS, flows: AS_IS.flows.map((f, i) => (i === 1 ? { ...f, kgPerYear: 1500 } : f)) };
    const put = await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/as_is`, { cookie: adviser, body: unbalanced });
    expect(put.status).toBe(200);
    // Fabriek: 1.000 in, 1.500 out. Bouw: 1.500 in, 1.000 out (500 unaccounted).
    expect(put.body.asIs.imbalances).toEqual([
      { node: 'Fabriek', inKg: 1000, outKg: 1500, stockChangeKg: 0, differenceKg: -500 },
      { node: 'Bouw', inKg: 1500, outKg: 1000, stockChangeKg: 0, differenceKg: 500 },
    ]);
    const stocked = { ...AS_IS, nodes: AS_IS.nodes.map((n) => (n.name === 'Bouw' ? { ...n, stockChangeKg: 0 } : n)) };
    const fixed = await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/as_is`, { cookie: adviser, body: stocked });
    expect(fixed.body.asIs.imbalances).toEqual([]);
    // A building that keeps 200 kg a year balances an inflow of 1.000 against 800 out.
    const kept = {
      ...AS_IS,
      nodes: AS_IS.nodes.map((n) => (n.name === 'Bouw' ? { ...n, stockChangeKg: 200 } : n)),
      flows: AS_IS.flows.map((f, i) => (i === 2 ? { ...f, kgPerYear: 400 } : f)),
    };
    expect((await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/as_is`, { cookie: adviser, body: kept })).body.asIs.imbalances).toEqual([]);
  });

  it('refuses flows to unknown nodes and shares above 100% naming each field, and keeps what was there', async () => {
    const p = await project();
    const map = await h.call('POST', `/api/chain/projects/${p.id}/flow-maps`, { cookie: adviser, body: { subject: 'Isolatieplaat' } });
    await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/as_is`, { cookie: adviser, body: AS_IS });
    const before = await writeFingerprint(h.sql);
    const bad = { ...AS_IS, flows: [{ ...AS_IS.flows[0], to: 'Nergens' }, { ...AS_IS.flows[1], recycledPct: 70, renewablePct: 40 }] };
    const res = await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/as_is`, { cookie: adviser, body: bad });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['flows.0.to', 'flows.1.renewablePct']);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    const wrongVariant = await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/tomorrow`, { cookie: adviser, body: AS_IS });
    expect(wrongVariant.status).toBe(400);
    expect(wrongVariant.body.errors[0]).toMatchObject({ field: 'variant', code: 'flow_map.variant' });
  });

  it('imports a Dutch CSV, and a file with bad rows is refused naming each row, nothing stored', async () => {
    const p = await project();
    const map = await h.call('POST', `/api/chain/projects/${p.id}/flow-maps`, { cookie: adviser, body: { subject: 'Isolatieplaat' } });
    const good = [
      'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;hernieuwbaar_pct;route;herwinbaar_pct',
      'Hennepteler;leverancier;Fabriek;productie;Hennepvezel;12.500;0;100;;',
      'Fabriek;productie;Bouw;gebruik;Hennepplaat;12.500;0;100;;',
      'Bouw;gebruik;Recycler;recycling;Snijresten;4.500,5;0;100;recycling;90',
    ].join('\n');
    const ok = await upload(map.body.id, 'redesign', 'stromen.csv', good);
    expect(ok.status).toBe(200);
    expect(ok.body.redesign.nodes.map((n: { name: string; kind: string }) => `${n.name}:${n.kind}`)).toEqual(['Hennepteler:supplier', 'Fabriek:production', 'Bouw:use', 'Recycler:recycling']);
    expect(ok.body.redesign.flows.map((f: { kgPerYear: number }) => f.kgPerYear)).toEqual([12500, 12500, 4500.5]);
    expect(ok.body.redesign.flows[2]).toMatchObject({ recoveryRoute: 'recycling', recoveryPotentialPct: 90 });
    const before = await writeFingerprint(h.sql);
    const bad = [
      'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar;gerecycled_pct;hernieuwbaar_pct;route',
      'Hennepteler;leverancier;Fabriek;productie;Hennepvezel;12.500;0;100;',
      'Fabriek;fabriek;Bouw;gebruik;Hennepplaat;veel;0;0;',
      'Bouw;gebruik;Recycler;recycling;Snijresten;100;60;60;teleportatie',
    ].join('\n');
    const refused = await upload(map.body.id, 'redesign', 'stromen.csv', bad);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('flow_import.rows');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 3', 'line 4']);
    expect(refused.body.errors[0].text.nl).toContain('soort "fabriek" is onbekend');
    expect(refused.body.errors[0].text.nl).toContain('kg per jaar "veel" is geen getal');
    expect(refused.body.errors[1].text.nl).toContain('route "teleportatie" is onbekend');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    // A number the column cannot hold (after rounding to grams) is a bad row, not a database error.
    const huge = await upload(map.body.id, 'redesign', 'stromen.csv', 'van;soort_van;naar;soort_naar;materiaal;kg_per_jaar\nA;leverancier;B;productie;M;99999999999,9999');
    expect(huge.status).toBe(400);
    expect(huge.body.errors.map((e: { field: string }) => e.field)).toEqual(['line 2']);
    const noHeader = await upload(map.body.id, 'redesign', 'stromen.csv', 'naam;kg\nx;1');
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors[0]).toMatchObject({ field: 'file', code: 'flow_import.file' });
  });
});

describe('the business case and the computed figures', () => {
  it('gives payback and NPV per partner; the worker computes circularity for both variants and the impact of the chosen option', async () => {
    const p = await project(1);
    // The demo participant's bakery joins as a chain partner (not the lead, under which the inputs are filed).
    expect((await h.call('POST', `/api/chain/projects/${p.id}/members`, { cookie: coordinator, body: { organisationId: h.ids.organisations.bakkerij, chainRole: 'user' } })).status).toBe(201);
    const map = await h.call('POST', `/api/chain/projects/${p.id}/flow-maps`, { cookie: adviser, body: { subject: 'Isolatieplaat' } });
    await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/as_is`, { cookie: adviser, body: AS_IS });
    await h.call('PUT', `/api/chain/flow-maps/${map.body.id}/variants/redesign`, { cookie: adviser, body: REDESIGN });
    const lead = p.members.find((m: { role: string }) => m.role === 'lead');
    const partner = p.members.find((m: { role: string }) => m.role === 'chain_partner');
    const option = await h.call('POST', `/api/chain/projects/${p.id}/business-cases`, {
      cookie: adviser,
      body: {
        name: 'Hennepplaat', discountRatePct: 4, horizonYears: 10,
        lines: [
          { participantId: lead.participantId, investmentEur: 10000, yearlySavingsEur: 1500, extraRevenueEur: 1000, fteChange: 1 },
          { participantId: partner.participantId, investmentEur: 0, yearlySavingsEur: 500, extraRevenueEur: 0, fteChange: 0.5 },
        ],
      },
    });
    expect(option.status).toBe(201);
    // Lead: 10.000 / 2.500 = 4 years; NPV = 2.500 × (1 - 1,04^-10) / 0,04 - 10.000 = 2.500 × 8,110896 - 10.000 = 10.277,24.
    expect(option.body.lines[0].figures).toEqual({ investmentEur: 10000, yearlyBenefitEur: 2500, paybackYears: 4, npvEur: 10277.24 });
    expect(option.body.total).toMatchObject({ investmentEur: 10000, yearlyBenefitEur: 3000, paybackYears: 3.33 });
    const dup = await h.call('POST', `/api/chain/projects/${p.id}/business-cases`, {
      cookie: adviser, body: { name: 'x', discountRatePct: 4, horizonYears: 10, lines: [0, 1].map(() => ({ participantId: lead.participantId, investmentEur: 1, yearlySavingsEur: 1, extraRevenueEur: 0 })) },
    });
    expect(dup.status).toBe(400);
    expect(dup.body.errors[0]).toMatchObject({ field: 'lines.1.participantId', code: 'business_case.duplicate' });
    const chosen = await h.call('POST', `/api/chain/business-cases/${option.body.id}/choose`, { cookie: adviser });
    expect(chosen.body.chosen).toBe(true);

    const mapView = await waitFor(
      async () => (await h.call('GET', `/api/chain/flow-maps/${map.body.id}`, { cookie: coordinator })).body,
      (m) => m.asIs.circularity.status === 'succeeded' && m.redesign.circularity.status === 'succeeded',
    );
    // As is: nothing circular in or out. Redesign: inflow 700 renewable + 300 recycled of 1.000; outflow 300 recycled of 300.
    expect(mapView.asIs.circularity.output.materialCircularityPct).toBe(0);
    expect(mapView.redesign.circularity.output.materialCircularityPct).toBe(100);
    const detail = await waitFor(async () => (await h.call('GET', `/api/chain/projects/${p.id}`, { cookie: coordinator })).body, (d) => d.impact?.status === 'succeeded');
    expect(detail.impact.pluginId).toBe('chain.impact');
    expect(detail.impact.referenceVersion).toBeTruthy();
    // A chain partner sees the project's figures too; a participant of no chain project sees the project not at all.
    const asPartner = (await h.call('GET', `/api/chain/flow-maps/${map.body.id}`, { cookie: participant })).body;
    expect(asPartner.redesign.circularity).toMatchObject({ status: 'succeeded', output: expect.objectContaining({ materialCircularityPct: 100 }) });
    expect((await h.call('GET', `/api/chain/projects/${p.id}`, { cookie: participant })).body.impact.status).toBe('succeeded');

    // The results report is rendered on the worker: a PDF with both Sankey diagrams, the indicators and the business case.
    expect((await h.call('POST', `/api/chain/projects/${p.id}/report`, { cookie: participant })).status).toBe(403);
    const asked = await h.call('POST', `/api/chain/projects/${p.id}/report`, { cookie: adviser });
    expect(asked.status).toBe(202);
    const rendered = await waitFor(async () => (await h.call('GET', `/api/chain/projects/${p.id}`, { cookie: coordinator })).body, (d) => d.reportFileId !== null);
    const pdf = await fetch(`${h.url}/api/files/${rendered.reportFileId}`, { headers: { cookie: coordinator } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
