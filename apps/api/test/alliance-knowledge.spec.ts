/**
 * Knowledge sharing and the showcase (issue 13 item 8) on the real database:
 * a CSR platform's knowledge space is its members' only (searched by words,
 * tag and kind; documents through the files library); an example project is
 * public only while the company's consent (part showcase, the journey's consent
 * model) is active, and gone at once when withdrawn; a visitor applies to join
 * the alliance (validated, rate-limited), the secretariat's administrator
 * accepts (partner, administrator and platform membership in one transaction)
 * or declines with a reason, and the worker mails the outcome.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let admin: string;
let coordinator: string;
let adviser: string;
let participant: string;
let gAdmin: string;
let gAdviser: string;
let platform: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const A = '/api/alliance';
const PUBLIC = '/api/public/alliance';

function mailsTo(email: string): string[] {
  return readdirSync(h.mailDir)
    .filter((f) => f.includes(email.replace(/[^a-z0-9@.-]/gi, '_')))
    .sort()
    .map((f) => readFileSync(join(h.mailDir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '='));
}

/** The fields a problem document names, each once, sorted. */
const fieldsOf = (res: { body: { errors?: { field: string }[] } }) => [...new Set((res.body.errors ?? []).map((e) => e.field))].sort();

beforeAll(async () => {
  h = await startHarness({ worker: true });
  admin = await h.signIn(DEMO_EMAILS.administrator);
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  gAdmin = await h.signIn(FOREIGN_EMAILS.administrator);
  gAdviser = await h.signIn('adviseur@groningen-duurzaam.test');
  const res = await h.call('POST', `${A}/platforms`, { cookie: coordinator, body: { name: 'MVO-platform Assen', region: 'Drenthe', municipality: 'Assen' } });
  expect(res.status).toBe(201);
  platform = res.body.id;
});
afterAll(() => h?.close());

describe('the knowledge space of a platform', () => {
  it('a member shares a link with tags; a link without an address is refused naming the field', async () => {
    const bad = await h.call('POST', `${A}/platforms/${platform}/knowledge`, { cookie: adviser, body: { kind: 'link', title: 'Verslag', tags: ['Energie!'] } });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['tags']);
    const noUrl = await h.call('POST', `${A}/platforms/${platform}/knowledge`, { cookie: adviser, body: { kind: 'link', title: 'Verslag' } });
    expect([noUrl.status, noUrl.body.errors[0].field, noUrl.body.errors[0].text.nl]).toEqual([400, 'url', 'Een link heeft een adres (https://...)']);
    const ok = await h.call('POST', `${A}/platforms/${platform}/knowledge`, {
      cookie: adviser,
      body: { kind: 'link', title: 'Verslag Green Drinks Assen', summary: 'Zonnepanelen op bedrijfsdaken', url: 'https://mvo-noord.test/verslag', tags: ['energie', 'zon', 'energie'] },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'link', kindLabel: { nl: 'Link', en: 'Link' }, tags: ['energie', 'zon'], authorName: expect.any(String), partnerName: 'MVO Alliantie Noord-Nederland', canRemove: true });
    expect(ok.body.authorName.length).toBeGreaterThan(0);
  });

  it('another partner that is no member does not find the space (404) and writes nothing; a participant is refused (403)', async () => {
    expect((await h.call('GET', `${A}/platforms/${platform}/knowledge`, { cookie: gAdmin })).status).toBe(404);
    const before = await writeFingerprint(h.sql);
    expect((await h.call('POST', `${A}/platforms/${platform}/knowledge`, { cookie: gAdmin, body: { kind: 'document', title: 'Van buiten' } })).status).toBe(404);
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await h.call('GET', `${A}/platforms/${platform}/knowledge`, { cookie: participant })).status).toBe(403);
  });

  it('row-level security: Groningen reads no item of the platform by raw SQL, nor inserts one', async () => {
    const asGroningen = async <T>(fn: (q: (sql: string, p?: unknown[]) => Promise<any>) => Promise<T>) => {
      const runner = h.sql.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(`select set_config('app.partner_id', $1, true), set_config('app.user_id', $2, true), set_config('app.organisation_id', '', true)`, [h.ids.partners.groningen, h.ids.users.gAdmin]);
        await runner.query('set local role koers_tenant');
        return await fn((sql, p) => runner.query(sql, p));
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    };
    expect(await asGroningen((q) => q('select count(*)::int as n from knowledge_item'))).toEqual([{ n: 0 }]);
    await expect(
      asGroningen((q) => q(`insert into knowledge_item (id, partner_id, platform_id, kind, title, author_name, published_on) values (gen_random_uuid(), $1, $2, 'document', 'x', 'x', current_date)`, [h.ids.partners.groningen, platform])),
    ).rejects.toThrow(/row-level security/);
  });

  it('once Groningen is a member it reads the space and shares a document; search, tag and kind narrow the list', async () => {
    expect((await h.call('POST', `${A}/platforms/${platform}/members`, { cookie: coordinator, body: { kind: 'partner', partnerSlug: 'groningen-duurzaam' } })).status).toBe(201);
    const item = await h.call('POST', `${A}/platforms/${platform}/knowledge`, { cookie: gAdviser, body: { kind: 'masterclass_material', title: 'Hand-out masterclass circulair inkopen', tags: ['circulair'] } });
    expect(item.status).toBe(201);
    expect(item.body.canRemove).toBe(true);
    const form = new FormData();
    form.append('file', new Blob([PDF]), 'hand-out.pdf');
    const up = await fetch(`${h.url}${A}/knowledge/${item.body.id}/document`, { method: 'POST', headers: { cookie: gAdviser }, body: form });
    expect(up.status).toBe(200);
    expect(((await up.json()) as { file: unknown }).file).toEqual({ filename: 'hand-out.pdf', contentType: 'application/pdf', sizeBytes: PDF.length });
    // MVO Noord (the keeper) downloads Groningen's document; a fake PDF is refused.
    const down = await fetch(`${h.url}${A}/knowledge/${item.body.id}/document`, { headers: { cookie: adviser } });
    expect([down.status, Buffer.from(await down.arrayBuffer()).equals(PDF)]).toEqual([200, true]);
    const fake = new FormData();
    fake.append('file', new Blob([Buffer.from('not a pdf')]), 'x.pdf');
    expect((await fetch(`${h.url}${A}/knowledge/${item.body.id}/document`, { method: 'POST', headers: { cookie: gAdviser }, body: fake })).status).toBe(400);

    const all = await h.call('GET', `${A}/platforms/${platform}/knowledge`, { cookie: gAdmin });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.tags).toEqual([{ tag: 'circulair', count: 1 }, { tag: 'energie', count: 1 }, { tag: 'zon', count: 1 }]);
    // Groningen may not remove Noord's item.
    const noords = all.body.items.find((i: { title: string }) => i.title.startsWith('Verslag'));
    expect(noords.canRemove).toBe(false);
    expect((await h.call('DELETE', `${A}/knowledge/${noords.id}`, { cookie: gAdmin })).status).toBe(403);
    const titles = async (query: string) => (await h.call('GET', `${A}/platforms/${platform}/knowledge?${query}`, { cookie: adviser })).body.items.map((i: { title: string }) => i.title);
    expect(await titles('q=zonnepanelen')).toEqual(['Verslag Green Drinks Assen']);
    expect(await titles('q=hand-out%20circulair')).toEqual(['Hand-out masterclass circulair inkopen']);
    expect(await titles('tag=circulair')).toEqual(['Hand-out masterclass circulair inkopen']);
    expect(await titles('kind=link')).toEqual(['Verslag Green Drinks Assen']);
    expect(await titles('q=fietsen')).toEqual([]);
    const badQuery = await h.call('GET', `${A}/platforms/${platform}/knowledge?kind=film&tag=Hoofd%20Letters`, { cookie: adviser });
    expect([badQuery.status, fieldsOf(badQuery)]).toEqual([400, ['kind', 'tag']]);
  });
});

describe('the showcase', () => {
  let showcase: string;
  const publicIds = async () => {
    const res = await h.call('GET', `${PUBLIC}/showcases`);
    expect(res.status).toBe(200);
    return res.body.items.map((s: { id: string }) => s.id);
  };

  it('a figure without its source is refused naming it; a company the partner does not see is refused', async () => {
    const bad = await h.call('POST', `${A}/platforms/${platform}/showcases`, {
      cookie: adviser,
      body: { organisationId: h.ids.organisations.bakkerij, title: 'Zon op het dak', measure: 'Zonnepanelen', contactName: 'Jan', figures: [{ label: 'Minder CO2', value: 4.5 }], contactEmail: 'geen-adres' },
    });
    expect([bad.status, fieldsOf(bad)]).toEqual([400, ['contactEmail', 'figures.0.source']]);
    // Groningen, a member now, does not work with the bakery.
    const foreign = await h.call('POST', `${A}/platforms/${platform}/showcases`, {
      cookie: gAdviser,
      body: { organisationId: h.ids.organisations.bakkerij, title: 'Zon op het dak', measure: 'Zonnepanelen', contactName: 'Jan' },
    });
    expect([foreign.status, foreign.body.errors?.[0]?.field]).toEqual([400, 'organisationId']);
  });

  it('is shown publicly only while the company consents, and is gone at once when it withdraws', async () => {
    const made = await h.call('POST', `${A}/platforms/${platform}/showcases`, {
      cookie: adviser,
      body: {
        organisationId: h.ids.organisations.bakkerij, title: 'Zonnepanelen op het dak van de bakkerij', measure: '48 zonnepanelen en een warmtepomp voor de ovens', effect: 'De helft minder gas',
        figures: [{ label: 'Minder CO2-uitstoot', value: 12.5, unit: 't CO2e per jaar', source: 'CO2-footprint 2025 en 2026 (footprint.ghg)' }], contactName: 'Jan de Vries', contactEmail: 'Jan@Bakkerij-DeVries.test',
      },
    });
    expect(made.status).toBe(201);
    showcase = made.body.id;
    expect(made.body).toMatchObject({ organisationName: 'Bakkerij De Vries', public: false, canEdit: true, contact: { name: 'Jan de Vries', email: 'jan@bakkerij-devries.test', phone: null } });
    expect(await publicIds()).not.toContain(showcase);

    // The company's own user grants the consent (the journey's consent model, part showcase) to MVO Noord.
    const consent = `/api/journey/organisations/${h.ids.organisations.bakkerij}/consents/mvo-noord`;
    const granted = await h.call('PUT', consent, { cookie: participant, body: { parts: ['showcase'] } });
    expect(granted.status).toBe(200);
    expect(granted.body.holders[0].parts[0]).toMatchObject({ part: 'showcase', label: { nl: 'Voorbeeldproject openbaar tonen', en: 'Show the example project publicly' } });
    // Staff cannot grant it for the company.
    expect((await h.call('PUT', consent, { cookie: admin, body: { parts: ['showcase'] } })).status).toBe(403);

    const shown = await h.call('GET', `${PUBLIC}/showcases`);
    expect(shown.body.items).toEqual([
      {
        id: showcase, organisationName: 'Bakkerij De Vries', municipality: 'Assen', platformName: 'MVO-platform Assen', region: 'Drenthe', title: 'Zonnepanelen op het dak van de bakkerij',
        measure: '48 zonnepanelen en een warmtepomp voor de ovens', effect: 'De helft minder gas',
        figures: [{ label: 'Minder CO2-uitstoot', value: 12.5, unit: 't CO2e per jaar', source: 'CO2-footprint 2025 en 2026 (footprint.ghg)' }],
        contact: { name: 'Jan de Vries', email: 'jan@bakkerij-devries.test', phone: null }, partnerName: 'MVO Alliantie Noord-Nederland',
      },
    ]);
    expect((await h.call('GET', `${A}/platforms/${platform}/showcases`, { cookie: gAdviser })).body.items[0]).toMatchObject({ id: showcase, public: true, canEdit: false });
    expect((await h.call('PATCH', `${A}/showcases/${showcase}`, { cookie: gAdviser, body: { title: 'Overgenomen' } })).status).toBe(403);

    // Withdrawn: off the public page in the very next read.
    expect((await h.call('PUT', consent, { cookie: participant, body: { parts: [] } })).status).toBe(200);
    expect(await publicIds()).not.toContain(showcase);
    expect((await h.call('GET', `${A}/platforms/${platform}/showcases`, { cookie: adviser })).body.items[0].public).toBe(false);
  });
});

describe('applying to join the alliance', () => {
  const good = { organisationName: 'Stichting Duurzaam Emmen', kind: 'environmental_federation', contactName: 'Sanne Bakker', email: 'Sanne@Duurzaam-Emmen.test', motivation: 'Wij organiseren Green Drinks in Emmen en willen kennis delen.' };
  let application: string;

  it('a visitor without an account gets Dutch refusals naming each field, then applies', async () => {
    const bad = await h.call('POST', `${PUBLIC}/applications`, { body: { kind: 'club', email: 'geen-adres', motivation: 'kort', website: 'ftp://x' } });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad)).toEqual(['contactName', 'email', 'kind', 'motivation', 'organisationName', 'website']);
    expect(bad.body.errors.find((f: { field: string }) => f.field === 'motivation').text.nl).toBe('Vertel in minstens 20 tekens waarom u mee wilt doen');
    const unknownPlatform = await h.call('POST', `${PUBLIC}/applications`, { body: { ...good, platformId: '00000000-0000-4000-8000-000000000000' } });
    expect([unknownPlatform.status, unknownPlatform.body.errors[0].field]).toEqual([400, 'platformId']);
    const ok = await h.call('POST', `${PUBLIC}/applications`, { body: { ...good, platformId: platform } });
    expect(ok.status).toBe(201);
    expect(ok.body.text.nl).toContain('Het secretariaat van de alliantie bekijkt uw aanmelding');
    const [row] = await h.sql.query(`select id, email, status from alliance_application where organisation_name = $1`, [good.organisationName]);
    expect(row).toMatchObject({ email: 'sanne@duurzaam-emmen.test', status: 'pending' });
    application = row.id;
  });

  it('is rate-limited per e-mail address: after 3 in an hour the 4th is 429 with Retry-After, and stored nowhere', async () => {
    const body = { ...good, organisationName: 'Herhaling BV', email: 'herhaal@example.test' };
    for (let i = 0; i < 3; i++) expect((await h.call('POST', `${PUBLIC}/applications`, { body })).status).toBe(201);
    const refused = await h.call('POST', `${PUBLIC}/applications`, { body });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('alliance.too_many_applications');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const [{ n }] = await h.sql.query(`select count(*)::int as n from alliance_application where email = 'herhaal@example.test'`);
    expect(n).toBe(3);
  });

  it('only the secretariat handles applications: without it 403, for another partner 403', async () => {
    const res = await h.call('GET', `${A}/applications`, { cookie: admin });
    expect([res.status, res.body.code]).toEqual([403, 'alliance.not_secretariat']);
    await h.sql.query(`update alliance_partner set secretariat = (partner_id = $1)`, [h.ids.partners.noord]);
    expect((await h.call('GET', `${A}/applications`, { cookie: gAdmin })).status).toBe(403);
    expect((await h.call('GET', `${A}/applications`, { cookie: coordinator })).status).toBe(403);
    const list = await h.call('GET', `${A}/applications?status=pending`, { cookie: admin });
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { organisationName: string }) => a.organisationName)).toContain('Stichting Duurzaam Emmen');
  });

  it('accepting makes the partner of its kind, its administrator and the platform membership; the mail lets the applicant set a password and sign in', async () => {
    const res = await h.call('POST', `${A}/applications/${application}/accept`, { cookie: admin, body: { note: 'Welkom in Drenthe!' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', statusLabel: { nl: 'Aangenomen', en: 'Accepted' }, partnerSlug: 'stichting-duurzaam-emmen', platformName: 'MVO-platform Assen' });
    const [partner] = await h.sql.query(
      `select p.id, p.name, a.kind, a.secretariat from partner p join alliance_partner a on a.partner_id = p.id where p.slug = 'stichting-duurzaam-emmen'`,
    );
    expect(partner).toMatchObject({ name: 'Stichting Duurzaam Emmen', kind: 'environmental_federation', secretariat: false });
    const members = await h.sql.query(`select m.role from membership m join app_user u on u.id = m.user_id where u.email = 'sanne@duurzaam-emmen.test' and m.partner_id = $1`, [partner.id]);
    expect(members).toEqual([{ role: 'administrator' }]);
    const platformMember = await h.sql.query(`select kind, member_partner_id from csr_platform_member where platform_id = $1 and name = 'Stichting Duurzaam Emmen'`, [platform]);
    expect(platformMember).toEqual([{ kind: 'partner', member_partner_id: partner.id }]);
    // Decided once.
    expect((await h.call('POST', `${A}/applications/${application}/accept`, { cookie: admin, body: {} })).status).toBe(409);

    const mail = await waitFor(async () => mailsTo('sanne@duurzaam-emmen.test')[0], 20_000, 'acceptance mail');
    expect(mail).toContain('Stichting Duurzaam Emmen is aangenomen als partner van de MVO-Alliantie.');
    expect(mail).toContain('Welkom in Drenthe!');
    const token = /wachtwoord-herstellen\?token=([A-Za-z0-9_-]+)/.exec(mail)?.[1];
    expect(token).toBeTruthy();
    expect((await h.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'duurzaam-emmen-2026' } })).status).toBe(204);
    const signedIn = await h.signIn('sanne@duurzaam-emmen.test', 'duurzaam-emmen-2026');
    // The new partner is a member of the platform: its knowledge space is open to it.
    expect((await h.call('GET', `${A}/platforms/${platform}/knowledge`, { cookie: signedIn })).status).toBe(200);
    await waitFor(async () => (await h.sql.query(`select mailed_at from alliance_application where id = $1`, [application]))[0].mailed_at, 5000, 'mailed_at');
  });

  it('declining needs a reason; the applicant is mailed it', async () => {
    const [other] = await h.sql.query(`select id from alliance_application where email = 'herhaal@example.test' limit 1`);
    const noReason = await h.call('POST', `${A}/applications/${other.id}/decline`, { cookie: admin, body: { reason: '  ' } });
    expect([noReason.status, noReason.body.errors[0].field]).toEqual([400, 'reason']);
    const res = await h.call('POST', `${A}/applications/${other.id}/decline`, { cookie: admin, body: { reason: 'Wij kennen deze organisatie niet.' } });
    expect(res.body).toMatchObject({ status: 'declined', reason: 'Wij kennen deze organisatie niet.', partnerSlug: null });
    const mail = await waitFor(async () => mailsTo('herhaal@example.test')[0], 20_000, 'decline mail');
    expect(mail).toContain('Wij kennen deze organisatie niet.');
    expect((await h.call('POST', `${A}/applications/${other.id}/accept`, { cookie: admin, body: {} })).status).toBe(409);
  });
});
