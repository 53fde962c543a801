/**
 * The alliance (issue 13 items 1-4) on the real database: partners and their
 * contracts with commitments and fulfilment over time, CSR platforms with
 * members and agenda (a cohort's symposium as one of its events), programme
 * lines with pilots, budgets with actuals against plan, and every group's
 * programme line. Who may see and write what: every partner's staff read the
 * shared alliance; a partner writes its own, the secretariat every partner's;
 * budgets stay with their partner and the secretariat; row-level security
 * holds even for raw SQL.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;
let coordinator: string;
let adviser: string;
let participant: string;
let gAdmin: string;
let gCoordinator: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

beforeAll(async () => {
  h = await startHarness();
  admin = await h.signIn(DEMO_EMAILS.administrator);
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  gAdmin = await h.signIn(FOREIGN_EMAILS.administrator);
  gCoordinator = await h.signIn('coordinator@groningen-duurzaam.test');
});
afterAll(() => h?.close());

const contractOf = (slug: string) => `/api/alliance/partners/${slug}/contract`;

async function upload(path: string, name: string, content: Buffer, cookie: string) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${h.url}${path}`, { method: 'POST', headers: { cookie }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

describe('partners and their contracts', () => {
  it('every partner is an alliance partner: the overview lists both, without a contract yet; participants do not see it', async () => {
    const res = await h.call('GET', '/api/alliance/partners', { cookie: adviser });
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { slug: string; kind: string; contract: unknown; own: boolean }) => [p.slug, p.kind, p.contract, p.own])).toEqual([
      ['groningen-duurzaam', 'other', null, false],
      ['mvo-noord', 'other', null, true],
    ]);
    expect(res.body.secretariat).toBe(false);
    expect((await h.call('GET', '/api/alliance/partners', { cookie: participant })).status).toBe(403);
  });

  it('the administrator sets its kind; another partner\'s kind is not its to set (403, nothing written)', async () => {
    const res = await h.call('PATCH', '/api/alliance/partners/mvo-noord', { cookie: admin, body: { kind: 'csr_platform', description: 'Regionaal netwerk' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ slug: 'mvo-noord', kind: 'csr_platform', kindLabel: { nl: 'MVO-platform', en: 'CSR platform' }, description: 'Regionaal netwerk' });
    const before = await writeFingerprint(h.sql);
    const foreign = await h.call('PATCH', '/api/alliance/partners/groningen-duurzaam', { cookie: admin, body: { kind: 'bank' } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe('alliance.not_keeper');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await h.call('PATCH', '/api/alliance/partners/mvo-noord', { cookie: coordinator, body: { kind: 'bank' } })).status).toBe(403);
  });

  it('records a contract with two commitments and marks one met: the overview shows 1 of 2 met, the other partner sees the same', async () => {
    expect((await h.call('GET', contractOf('mvo-noord'), { cookie: admin })).status).toBe(404);
    // No commitment before the contract is recorded.
    const early = await h.call('POST', `${contractOf('mvo-noord')}/commitments`, { cookie: admin, body: { point: 'goals', description: 'Wij onderschrijven de doelen' } });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('alliance.no_contract');

    const contract = await h.call('PUT', contractOf('mvo-noord'), { cookie: admin, body: { signedOn: '2016-01-15', signedBy: 'Toine Straatman, bestuurder' } });
    expect(contract.status).toBe(200);
    expect(contract.body).toMatchObject({ partner: { slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland' }, signedOn: '2016-01-15', signedBy: 'Toine Straatman, bestuurder', commitments: [], canEdit: true });

    const money = await h.call('POST', `${contractOf('mvo-noord')}/commitments`, { cookie: admin, body: { point: 'contribution', description: 'Een bijdrage aan het secretariaat', contributionForm: 'money', amountEur: 5000.5 } });
    expect(money.status).toBe(201);
    expect(money.body).toMatchObject({ point: 'contribution', contributionForm: 'money', amountEur: 5000.5, status: 'not_yet', statusOn: null, fulfilments: [] });
    const goals = await h.call('POST', `${contractOf('mvo-noord')}/commitments`, { cookie: admin, body: { point: 'goals', description: 'Wij onderschrijven de doelen en ambities voor 2020' } });
    expect(goals.status).toBe(201);

    const partly = await h.call('POST', `/api/alliance/commitments/${goals.body.id}/fulfilments`, { cookie: admin, body: { recordedOn: '2016-03-01', status: 'partly', note: 'Besproken in het bestuur' } });
    expect(partly.status).toBe(201);
    const met = await h.call('POST', `/api/alliance/commitments/${goals.body.id}/fulfilments`, {
      cookie: admin,
      body: { recordedOn: '2016-06-30', status: 'met', note: 'Op onze website', evidenceUrl: 'https://www.example.nl/mvo-alliantie' },
    });
    expect(met.status).toBe(201);
    expect(met.body).toMatchObject({ recordedOn: '2016-06-30', status: 'met', statusLabel: { nl: 'Nagekomen', en: 'Met' }, evidenceUrl: 'https://www.example.nl/mvo-alliantie', evidenceFile: null });

    const view = await h.call('GET', contractOf('mvo-noord'), { cookie: gCoordinator });
    expect(view.status).toBe(200);
    // In the contract's order of points: goals before the contribution; the newest entry first.
    expect(view.body.commitments.map((c: { point: string; status: string; statusOn: string | null }) => [c.point, c.status, c.statusOn])).toEqual([
      ['goals', 'met', '2016-06-30'],
      ['contribution', 'not_yet', null],
    ]);
    expect(view.body.commitments[0].fulfilments.map((f: { status: string }) => f.status)).toEqual(['met', 'partly']);
    expect(view.body.summary).toEqual({ total: 2, met: 1, partly: 0, notYet: 1, allMet: false });
    expect(view.body.canEdit).toBe(false);

    const overview = await h.call('GET', '/api/alliance/partners', { cookie: gCoordinator });
    const noord = overview.body.items.find((p: { slug: string }) => p.slug === 'mvo-noord');
    expect(noord.contract).toEqual({ id: contract.body.id, signedOn: '2016-01-15', signedBy: 'Toine Straatman, bestuurder' });
    expect(noord.commitments.map((c: { point: string; status: string }) => [c.point, c.status])).toEqual([['goals', 'met'], ['contribution', 'not_yet']]);
    expect(noord.summary).toEqual({ total: 2, met: 1, partly: 0, notYet: 1, allMet: false });
    expect(overview.body.summary).toEqual({ total: 2, met: 1, partly: 0, notYet: 1, allMet: false });
  });

  it('evidence as a stored file: attached by the partner, downloaded by another partner\'s staff', async () => {
    const view = await h.call('GET', contractOf('mvo-noord'), { cookie: admin });
    const entry = view.body.commitments[0].fulfilments[0];
    const attached = await upload(`/api/alliance/fulfilments/${entry.id}/evidence`, 'verslag-2016.pdf', PDF, admin);
    expect(attached.status).toBe(200);
    expect(attached.body.evidenceFile).toEqual({ id: expect.any(String), filename: 'verslag-2016.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    const file = await fetch(`${h.url}/api/alliance/fulfilments/${entry.id}/evidence`, { headers: { cookie: gCoordinator } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    // A renamed file is refused by its content; the other partner may not attach.
    expect((await upload(`/api/alliance/fulfilments/${entry.id}/evidence`, 'verslag.pdf', Buffer.from('MZ not a pdf'), admin)).status).toBe(400);
    expect((await upload(`/api/alliance/fulfilments/${entry.id}/evidence`, 'verslag.pdf', PDF, gAdmin)).status).toBe(403);
    // A new file replaces the earlier one, which is not kept.
    const replaced = await upload(`/api/alliance/fulfilments/${entry.id}/evidence`, 'verslag-definitief.pdf', PDF, admin);
    expect(replaced.body.evidenceFile.filename).toBe('verslag-definitief.pdf');
    const files = await h.sql.query(`select filename from stored_file where owner_id = $1`, [entry.id]);
    expect(files).toEqual([{ filename: 'verslag-definitief.pdf' }]);
  });

  it('each point takes its own fields: an ambition for the own contribution, form and amount for the contribution, a platform for platform participation', async () => {
    const path = `${contractOf('mvo-noord')}/commitments`;
    const noAmbition = await h.call('POST', path, { cookie: admin, body: { point: 'own_contribution', description: 'Koplopergroepen in Drenthe' } });
    expect(noAmbition.status).toBe(400);
    expect(noAmbition.body.errors.map((e: { field: string }) => e.field)).toEqual(['ambition']);
    const noAmount = await h.call('POST', path, { cookie: admin, body: { point: 'contribution', description: 'Zaalhuur', ambition: 'circular' } });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.errors.map((e: { field: string }) => e.field)).toEqual(['ambition', 'contributionForm', 'amountEur']);
    const unknownPlatform = await h.call('POST', path, { cookie: admin, body: { point: 'platform', description: 'MVO-platform Assen', platformId: randomUUID() } });
    expect(unknownPlatform.status).toBe(400);
    expect(unknownPlatform.body.errors.map((e: { field: string }) => e.field)).toEqual(['platformId']);
    const own = await h.call('POST', path, { cookie: admin, body: { point: 'own_contribution', description: 'Koplopergroepen in Drenthe', ambition: 'circular' } });
    expect(own.status).toBe(201);
    const changed = await h.call('PATCH', `/api/alliance/commitments/${own.body.id}`, { cookie: admin, body: { ambition: 'inclusive' } });
    expect(changed.body.ambition).toBe('inclusive');
    const entry = await h.call('POST', `/api/alliance/commitments/${own.body.id}/fulfilments`, { cookie: admin, body: { recordedOn: '2016-05-01', status: 'partly' } });
    expect((await upload(`/api/alliance/fulfilments/${entry.body.id}/evidence`, 'foto.pdf', PDF, admin)).status).toBe(200);
    expect((await h.call('DELETE', `/api/alliance/commitments/${own.body.id}`, { cookie: admin })).status).toBe(204);
    // Its entries and their evidence files go with it.
    expect(await h.sql.query(`select id from commitment_fulfilment where commitment_id = $1 union all select id from stored_file where owner_id = $2`, [own.body.id, entry.body.id])).toEqual([]);
    expect((await h.call('GET', contractOf('mvo-noord'), { cookie: admin })).body.commitments).toHaveLength(2);
  });

  it('an entry is not dated before the contract or in the future', async () => {
    const view = await h.call('GET', contractOf('mvo-noord'), { cookie: admin });
    const id = view.body.commitments[1].id;
    const before = await h.call('POST', `/api/alliance/commitments/${id}/fulfilments`, { cookie: admin, body: { recordedOn: '2015-12-31', status: 'met' } });
    expect(before.status).toBe(400);
    expect(before.body.errors[0]).toMatchObject({ field: 'recordedOn', code: 'alliance.before_contract' });
    expect(before.body.errors[0].text.nl).toContain('15 januari 2016');
    const future = await h.call('POST', `/api/alliance/commitments/${id}/fulfilments`, { cookie: admin, body: { recordedOn: '2099-01-01', status: 'met' } });
    expect(future.status).toBe(400);
    expect(future.body.errors[0].field).toBe('recordedOn');
  });

  it("another partner's administrator may not write MVO Noord's contract; the secretariat's may", async () => {
    const view = await h.call('GET', contractOf('mvo-noord'), { cookie: admin });
    const commitment = view.body.commitments[1].id;
    const before = await writeFingerprint(h.sql);
    expect((await h.call('PUT', contractOf('mvo-noord'), { cookie: gAdmin, body: { signedOn: '2016-02-01', signedBy: 'Iemand anders' } })).status).toBe(403);
    expect((await h.call('POST', `/api/alliance/commitments/${commitment}/fulfilments`, { cookie: gAdmin, body: { recordedOn: '2016-07-01', status: 'met' } })).status).toBe(403);
    expect((await h.call('DELETE', `/api/alliance/commitments/${commitment}`, { cookie: gAdmin })).status).toBe(403);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    await h.sql.query(`update alliance_partner set secretariat = true where partner_id = $1`, [h.ids.partners.groningen]);
    try {
      const paid = await h.call('POST', `/api/alliance/commitments/${commitment}/fulfilments`, { cookie: gAdmin, body: { recordedOn: '2016-12-01', status: 'met', note: 'Overgemaakt' } });
      expect(paid.status).toBe(201);
      const after = await h.call('GET', contractOf('mvo-noord'), { cookie: gAdmin });
      expect(after.body.canEdit).toBe(true);
      expect(after.body.summary.allMet).toBe(true);
      expect((await h.call('GET', '/api/alliance/partners', { cookie: gAdmin })).body.secretariat).toBe(true);
    } finally {
      await h.sql.query(`update alliance_partner set secretariat = false where partner_id = $1`, [h.ids.partners.groningen]);
    }
  });

  it('row-level security is the second wall: as Groningen, raw SQL changes no MVO Noord row and cannot add one', async () => {
    const asGroningen = <T>(fn: (q: (sql: string, p?: unknown[]) => Promise<any>) => Promise<T>) =>
      h.sql.transaction(async (em) => {
        await em.query(`select set_config('app.partner_id', $1, true)`, [h.ids.partners.groningen]);
        await em.query('set local role koers_tenant');
        return fn((sql, p) => em.query(sql, p));
      });
    const seen = await asGroningen((q) => q(`select signed_by from partner_contract`));
    expect(seen).toEqual([{ signed_by: 'Toine Straatman, bestuurder' }]);
    const [, changed] = await asGroningen((q) => q(`update partner_contract set signed_by = 'x'`));
    expect(changed).toBe(0);
    await expect(
      asGroningen((q) => q(`insert into partner_contract (id, partner_id, signed_on, signed_by) values ($1, $2, '2016-01-01', 'x')`, [randomUUID(), h.ids.partners.noord])),
    ).rejects.toThrow(/row-level security/);
    await expect(asGroningen((q) => q(`update alliance_partner set secretariat = true`))).rejects.toThrow(/permission denied/);
  });
});

describe('CSR platforms', () => {
  let platform: string;

  it('a coordinator adds a platform with members (an alliance partner by slug) and an agenda; every partner sees it', async () => {
    const created = await h.call('POST', '/api/alliance/platforms', { cookie: coordinator, body: { name: 'MVO-platform Assen', region: 'Drenthe', municipality: 'Assen' } });
    expect(created.status).toBe(201);
    platform = created.body.id;
    expect(created.body).toMatchObject({ name: 'MVO-platform Assen', keeper: { slug: 'mvo-noord' }, members: [], agenda: [], canEdit: true });
    const dup = await h.call('POST', '/api/alliance/platforms', { cookie: coordinator, body: { name: 'MVO-platform Assen', region: 'Drenthe' } });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].field).toBe('name');

    const partner = await h.call('POST', `/api/alliance/platforms/${platform}/members`, { cookie: coordinator, body: { kind: 'partner', partnerSlug: 'groningen-duurzaam', joinedOn: '2016-02-01' } });
    expect(partner.status).toBe(201);
    expect(partner.body).toMatchObject({ name: 'Koploperproject Groningen', kind: 'partner', partner: { slug: 'groningen-duurzaam' }, joinedOn: '2016-02-01' });
    const company = await h.call('POST', `/api/alliance/platforms/${platform}/members`, { cookie: coordinator, body: { kind: 'company', name: 'Bakkerij De Vries' } });
    expect(company.status).toBe(201);
    const event = await h.call('POST', `/api/alliance/platforms/${platform}/events`, { cookie: coordinator, body: { eventOn: '2099-03-12', title: 'Netwerkbijeenkomst circulair bouwen', location: 'TT Hall, Assen' } });
    expect(event.status).toBe(201);

    const seen = await h.call('GET', `/api/alliance/platforms/${platform}`, { cookie: gCoordinator });
    expect(seen.status).toBe(200);
    expect(seen.body.members.map((m: { name: string }) => m.name)).toEqual(['Bakkerij De Vries', 'Koploperproject Groningen']);
    expect(seen.body.agenda.map((e: { title: string }) => e.title)).toEqual(['Netwerkbijeenkomst circulair bouwen']);
    expect(seen.body.canEdit).toBe(false);
    const list = await h.call('GET', '/api/alliance/platforms', { cookie: gCoordinator });
    expect(list.body.items).toEqual([expect.objectContaining({ id: platform, members: 2, nextEvent: expect.objectContaining({ eventOn: '2099-03-12' }) })]);
    expect((await h.call('POST', `/api/alliance/platforms/${platform}/members`, { cookie: gCoordinator, body: { kind: 'company', name: 'Metaalbewerking Hoekstra' } })).status).toBe(403);
  });

  it("a cohort's Koplopersymposium becomes one of its events, with its date, title and location", async () => {
    const group = randomUUID();
    const session = randomUUID();
    await h.sql.query(`insert into programme_group (id, partner_id, step, name, starts_on, ends_on, status, phase_plan) values ($1, $2, 'koploper', 'Koplopergroep Assen 2026', '2026-01-15', '2026-12-15', 'running', '{}')`, [group, h.ids.partners.noord]);
    await h.sql.query(`insert into koploper_cohort (group_id, partner_id, municipality) values ($1, $2, 'Assen')`, [group, h.ids.partners.noord]);
    await h.sql.query(`insert into programme_session (id, partner_id, group_id, kind, title, starts_at, location) values ($1, $2, $3, 'symposium', 'Koplopersymposium Assen', '2026-12-10T14:00:00+01:00', 'Gemeentehuis Assen')`, [session, h.ids.partners.noord, group]);
    const linked = await h.call('POST', `/api/alliance/platforms/${platform}/events`, { cookie: coordinator, body: { symposiumSessionId: session } });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ eventOn: '2026-12-10', title: 'Koplopersymposium Assen', location: 'Gemeentehuis Assen', symposium: { sessionId: session, groupId: group } });
    const again = await h.call('POST', `/api/alliance/platforms/${platform}/events`, { cookie: coordinator, body: { symposiumSessionId: session } });
    expect(again.status).toBe(409);
    // Groningen's staff see it on the agenda (not the cohort itself).
    const seen = await h.call('GET', `/api/alliance/platforms/${platform}`, { cookie: gCoordinator });
    expect(seen.body.agenda.map((e: { title: string; symposium: unknown }) => [e.title, !!e.symposium])).toEqual([
      ['Koplopersymposium Assen', true],
      ['Netwerkbijeenkomst circulair bouwen', false],
    ]);
    // Groningen cannot link MVO Noord's symposium to a platform of its own.
    const own = await h.call('POST', '/api/alliance/platforms', { cookie: gCoordinator, body: { name: 'Groningen 3P0', region: 'Groningen' } });
    const foreign = await h.call('POST', `/api/alliance/platforms/${own.body.id}/events`, { cookie: gCoordinator, body: { symposiumSessionId: session } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe('symposiumSessionId');
  });
});

describe('programme lines and pilots', () => {
  it('the five lines in order; a pilot with its lead organisation, status and impact figures with their source', async () => {
    const lines = await h.call('GET', '/api/alliance/programme-lines', { cookie: adviser });
    expect(lines.body.items.map((l: { code: string; name: { nl: string } }) => l.name.nl)).toEqual([
      'Sociaal ondernemerschap', 'Duurzaam ondernemerschap', 'Slimme mobiliteit', 'Schone energie', 'Onderwijs en ontwikkeling',
    ]);
    const pilot = await h.call('POST', '/api/alliance/pilots', {
      cookie: coordinator,
      body: { programmeLine: 'education_development', title: 'De Groene Golf: MVO-scan bij stagebedrijven', leadOrganisation: 'Drenthe College', status: 'running', startsOn: '2016-01-01', endsOn: '2016-12-31' },
    });
    expect(pilot.status).toBe(201);
    const evaluated = await h.call('PATCH', `/api/alliance/pilots/${pilot.body.id}`, {
      cookie: coordinator,
      body: {
        status: 'evaluated', evaluatedOn: '2016-07-01', impactSummary: 'Bedrijven kregen een MVO-certificaat; jongeren werden junior MVO-ambassadeur.',
        impactFigures: [
          { label: 'Stagebedrijven gescand', value: 24, unit: 'bedrijven', source: 'Evaluatie Drenthe College, juni 2016' },
          { label: 'Junior MVO-ambassadeurs', value: 9, unit: 'personen', source: 'Evaluatie Drenthe College, juni 2016', measuredOn: '2016-06-30' },
        ],
      },
    });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body).toMatchObject({ programmeLine: 'education_development', programmeLineLabel: { nl: 'Onderwijs en ontwikkeling' }, status: 'evaluated', keeper: { slug: 'mvo-noord' } });
    expect(evaluated.body.impactFigures).toEqual([
      { label: 'Stagebedrijven gescand', value: 24, unit: 'bedrijven', source: 'Evaluatie Drenthe College, juni 2016', measuredOn: null },
      { label: 'Junior MVO-ambassadeurs', value: 9, unit: 'personen', source: 'Evaluatie Drenthe College, juni 2016', measuredOn: '2016-06-30' },
    ]);
    const noSource = await h.call('PATCH', `/api/alliance/pilots/${pilot.body.id}`, { cookie: coordinator, body: { impactFigures: [{ label: 'x', value: 1, source: ' ' }] } });
    expect(noSource.status).toBe(400);
    expect(noSource.body.errors[0].field).toBe('impactFigures.0.source');

    const ofLine = await h.call('GET', '/api/alliance/pilots?line=education_development', { cookie: gCoordinator });
    expect(ofLine.body.items.map((p: { title: string }) => p.title)).toEqual(['De Groene Golf: MVO-scan bij stagebedrijven']);
    expect((await h.call('GET', '/api/alliance/pilots?line=clean_energy', { cookie: gCoordinator })).body.items).toEqual([]);
    expect((await h.call('PATCH', `/api/alliance/pilots/${pilot.body.id}`, { cookie: gCoordinator, body: { status: 'stopped' } })).status).toBe(403);
    const after = await h.call('GET', '/api/alliance/programme-lines', { cookie: adviser });
    expect(after.body.items.find((l: { code: string }) => l.code === 'education_development').pilots).toBe(1);
  });

  it('every group belongs to a line: the step\'s default when created, another when chosen, and it can move', async () => {
    const plain = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Emmen 2027', municipality: 'Emmen', startsOn: '2027-01-15', endsOn: '2027-11-15' } });
    expect(plain.status).toBe(201);
    expect(plain.body.programmeLine).toBe('sustainable_entrepreneurship');
    const energy = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Energie 2027', municipality: 'Assen', startsOn: '2027-01-15', endsOn: '2027-11-15', programmeLine: 'clean_energy' } });
    expect(energy.status).toBe(201);
    expect(energy.body.programmeLine).toBe('clean_energy');
    const moved = await h.call('PATCH', `/api/programme/groups/${plain.body.id}`, { cookie: coordinator, body: { programmeLine: 'smart_mobility' } });
    expect(moved.status).toBe(200);
    expect((await h.call('GET', `/api/programme/groups/${plain.body.id}`, { cookie: coordinator })).body.programmeLine).toBe('smart_mobility');
    const wrong = await h.call('PATCH', `/api/programme/groups/${plain.body.id}`, { cookie: coordinator, body: { programmeLine: 'tourism' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe('programmeLine');
    // Step 2 the same way: on create and on its own update.
    const mc = await h.call('POST', '/api/masterclass/masterclasses', {
      cookie: coordinator,
      body: { name: 'CE-masterclass Energie 2027', audience: 'sme', goals: 'Energie besparen in de keten', startsOn: '2027-03-01', endsOn: '2027-06-30', programmeLine: 'clean_energy' },
    });
    expect(mc.status).toBe(201);
    expect(mc.body.programmeLine).toBe('clean_energy');
    const mcMoved = await h.call('PATCH', `/api/masterclass/masterclasses/${mc.body.id}`, { cookie: coordinator, body: { programmeLine: 'social_entrepreneurship' } });
    expect(mcMoved.body.programmeLine).toBe('social_entrepreneurship');
    const lines = await h.call('GET', '/api/alliance/programme-lines', { cookie: coordinator });
    const count = (code: string) => lines.body.items.find((l: { code: string }) => l.code === code).ownGroups;
    expect([count('smart_mobility'), count('clean_energy'), count('social_entrepreneurship')]).toEqual([1, 1, 1]);
  });
});

describe('budgets', () => {
  let stepBudget: string;

  it("a step's budget over two years: income and cost lines, actuals against plan and the totals, exactly to the cent", async () => {
    const created = await h.call('POST', '/api/alliance/budgets', { cookie: coordinator, body: { scope: 'step', step: 'koploper', periodStart: '2016-01-01', periodEnd: '2017-12-31' } });
    expect(created.status).toBe(201);
    stepBudget = created.body.id;
    expect(created.body).toMatchObject({ scope: 'step', step: 'koploper', title: 'Koplopertraject 2016', keeper: { slug: 'mvo-noord' }, lines: [] });
    const lines = await h.call('PUT', `/api/alliance/budgets/${stepBudget}/lines`, {
      cookie: coordinator,
      body: {
        lines: [
          { category: 'participant_contribution', description: 'Eigen bijdrage 30 deelnemers', plannedEur: 59500, actualEur: 61000.1 },
          { category: 'subsidy', description: 'Provincie Drenthe', plannedEur: 120000, actualEur: 100000.2 },
          { category: 'partner_in_kind', description: 'Uren van de partners', plannedEur: 30000 },
          { category: 'advice', plannedEur: 150000, actualEur: 140000.05 },
          { category: 'meetings', plannedEur: 59500, actualEur: 0.25 },
        ],
      },
    });
    expect(lines.status).toBe(200);
    expect(lines.body.totals.income).toEqual({ planned: 209500, actual: 161000.3 });
    expect(lines.body.totals.cost).toEqual({ planned: 209500, actual: 140000.3 });
    expect(lines.body.totals.balance).toEqual({ planned: 0, actual: 21000 });
    expect(lines.body.lines.map((l: { category: string; direction: string; actualEur: number | null }) => [l.category, l.direction, l.actualEur])).toEqual([
      ['participant_contribution', 'income', 61000.1],
      ['subsidy', 'income', 100000.2],
      ['partner_in_kind', 'income', null],
      ['advice', 'cost', 140000.05],
      ['meetings', 'cost', 0.25],
    ]);
    const again = await h.call('POST', '/api/alliance/budgets', { cookie: coordinator, body: { scope: 'step', step: 'koploper', periodStart: '2016-01-01', periodEnd: '2016-12-31' } });
    expect(again.status).toBe(409);
  });

  it("a group's budget takes the group's name and dates; a pilot's needs dates when the pilot has none", async () => {
    const group = (await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Meppel 2027', municipality: 'Meppel', startsOn: '2027-02-01', endsOn: '2027-12-01' } })).body.id;
    const budget = await h.call('POST', '/api/alliance/budgets', { cookie: coordinator, body: { scope: 'group', groupId: group } });
    expect(budget.status).toBe(201);
    expect(budget.body).toMatchObject({ scope: 'group', step: 'koploper', title: 'Koplopergroep Meppel 2027', periodStart: '2027-02-01', periodEnd: '2027-12-01', subject: { groupId: group, name: 'Koplopergroep Meppel 2027' } });
    const pilot = (await h.call('POST', '/api/alliance/pilots', { cookie: coordinator, body: { programmeLine: 'smart_mobility', title: 'Slim bereikbaar Assen', leadOrganisation: 'Gemeente Assen' } })).body.id;
    const noDates = await h.call('POST', '/api/alliance/budgets', { cookie: coordinator, body: { scope: 'pilot', pilotId: pilot } });
    expect(noDates.status).toBe(400);
    expect(noDates.body.errors.map((e: { field: string }) => e.field)).toEqual(['periodStart', 'periodEnd']);
    const withDates = await h.call('POST', '/api/alliance/budgets', { cookie: coordinator, body: { scope: 'pilot', pilotId: pilot, periodStart: '2016-01-01', periodEnd: '2016-12-31' } });
    expect(withDates.status).toBe(201);
    const list = await h.call('GET', '/api/alliance/budgets?step=koploper', { cookie: adviser });
    expect(list.body.items.map((b: { title: string }) => b.title).sort()).toEqual(['Koplopergroep Meppel 2027', 'Koplopertraject 2016']);
    expect(list.body.totals.income.planned).toBe(209500);
  });

  it("budgets stay with their partner: another partner's staff do not see them (404), the secretariat does", async () => {
    expect((await h.call('GET', `/api/alliance/budgets/${stepBudget}`, { cookie: gCoordinator })).status).toBe(404);
    expect((await h.call('GET', '/api/alliance/budgets', { cookie: gCoordinator })).body.items).toEqual([]);
    expect((await h.call('PUT', `/api/alliance/budgets/${stepBudget}/lines`, { cookie: gCoordinator, body: { lines: [] } })).status).toBe(404);
    await h.sql.query(`update alliance_partner set secretariat = true where partner_id = $1`, [h.ids.partners.groningen]);
    try {
      const seen = await h.call('GET', `/api/alliance/budgets/${stepBudget}`, { cookie: gCoordinator });
      expect(seen.status).toBe(200);
      expect(seen.body.keeper.slug).toBe('mvo-noord');
      const list = await h.call('GET', '/api/alliance/budgets', { cookie: gCoordinator });
      expect(list.body.items.map((b: { subject: { name: string | null } }) => b.subject.name)).toContain('Koplopergroep Meppel 2027');
    } finally {
      await h.sql.query(`update alliance_partner set secretariat = false where partner_id = $1`, [h.ids.partners.groningen]);
    }
  });
});
