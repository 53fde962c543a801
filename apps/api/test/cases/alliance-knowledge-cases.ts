/**
 * Knowledge sharing, the showcase and the join applications (issue 13 item 8):
 * the isolation cases and bad-input rows of their operations, and the rows they
 * name. isolation-cases.ts and bad-input-cases.ts spread the lists into theirs
 * and call seedKnowledgeFixtures from their seeding.
 *
 * A platform's knowledge space and showcase are its members' only: MVO Noord
 * keeps the own platform; the foreign one is Groningen's, of which MVO Noord is
 * no member, so its space answers 404 like a foreign row. The test alliance has
 * no secretariat, so the applications answer 403 (alliance.not_secretariat) to
 * every role; alliance-knowledge.spec.ts shows the secretariat deciding.
 *
 * Only types come from those files: they import this one.
 */
import type { Role } from '@koers/domain';
import { createHash, randomUUID } from 'node:crypto';
import type { Harness } from '../../../../tools/testing/api-harness';
import type { BadCase } from './bad-input-cases';
import type { IsolationCase } from './isolation-cases';

const ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'];
const ONLY = (roles: Role[], ok: number): Record<Role, number> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r) ? ok : 403])) as Record<Role, number>;
const ALL = (s: number): Record<Role, number> => ({ administrator: s, coordinator: s, adviser: s, analyst: s, participant: s });
const STAFF: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];
const WRITERS: Role[] = ['administrator', 'coordinator', 'adviser'];
/** Removed by the first role that may; for the next ones it is gone (404). */
const REMOVED_ONCE = (roles: Role[]): Record<Role, number> => ({ ...ONLY(roles, 404), [roles[0]]: 204 });

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const A = '/api/alliance';
const P = '/api/public/alliance';

export const knowledgeFx = {} as {
  admin: string;
  platform: string;
  foreignPlatform: string;
  item: string;
  itemWithoutFile: string;
  doomedItem: string;
  foreignItem: string;
  showcase: string;
  doomedShowcase: string;
  foreignShowcase: string;
  application: string;
};
const fx = knowledgeFx;

export const KNOWLEDGE_ISOLATION_CASES: IsolationCase[] = [
  { name: "a platform's knowledge space", op: 'GET /api/alliance/platforms/{id}/knowledge', own: () => `${A}/platforms/${fx.platform}/knowledge`, foreign: () => `${A}/platforms/${fx.foreignPlatform}/knowledge`, expect: ONLY(STAFF, 200) },
  {
    name: 'share a knowledge item',
    op: 'POST /api/alliance/platforms/{id}/knowledge',
    own: () => `${A}/platforms/${fx.platform}/knowledge`,
    foreign: () => `${A}/platforms/${fx.foreignPlatform}/knowledge`,
    body: (role) => ({ kind: 'document', title: `Verslag (${role})`, tags: ['verslag'] }),
    expect: ONLY(STAFF, 201),
  },
  { name: 'remove a knowledge item', op: 'DELETE /api/alliance/knowledge/{id}', own: () => `${A}/knowledge/${fx.doomedItem}`, foreign: () => `${A}/knowledge/${fx.foreignItem}`, expect: REMOVED_ONCE(STAFF) },
  // A JSON body is not an upload: staff get the 400 naming the file.
  { name: "upload a knowledge item's document", op: 'POST /api/alliance/knowledge/{id}/document', own: () => `${A}/knowledge/${fx.item}/document`, foreign: () => `${A}/knowledge/${fx.foreignItem}/document`, body: () => ({}), expect: ONLY(STAFF, 400) },
  { name: "download a knowledge item's document", op: 'GET /api/alliance/knowledge/{id}/document', own: () => `${A}/knowledge/${fx.item}/document`, foreign: () => `${A}/knowledge/${fx.foreignItem}/document`, expect: ONLY(STAFF, 200) },
  { name: "a platform's showcase", op: 'GET /api/alliance/platforms/{id}/showcases', own: () => `${A}/platforms/${fx.platform}/showcases`, foreign: () => `${A}/platforms/${fx.foreignPlatform}/showcases`, expect: ONLY(STAFF, 200) },
  {
    name: 'add an example project',
    op: 'POST /api/alliance/platforms/{id}/showcases',
    own: () => `${A}/platforms/${fx.platform}/showcases`,
    foreign: () => `${A}/platforms/${fx.foreignPlatform}/showcases`,
    body: (role) => ({ organisationId: bakery(), title: `Zonnepanelen (${role})`, measure: 'Zonnepanelen op het dak', contactName: 'Jan de Vries' }),
    expect: ONLY(WRITERS, 201),
  },
  { name: 'change an example project', op: 'PATCH /api/alliance/showcases/{id}', own: () => `${A}/showcases/${fx.showcase}`, foreign: () => `${A}/showcases/${fx.foreignShowcase}`, body: () => ({ effect: 'De helft minder gas' }), expect: ONLY(WRITERS, 200) },
  { name: 'remove an example project', op: 'DELETE /api/alliance/showcases/{id}', own: () => `${A}/showcases/${fx.doomedShowcase}`, foreign: () => `${A}/showcases/${fx.foreignShowcase}`, expect: REMOVED_ONCE(WRITERS) },
  // No secretariat in the test alliance: the administrator is refused by the service, the others by their role.
  { name: 'applications to join', op: 'GET /api/alliance/applications', own: () => `${A}/applications`, expect: ONLY([], 403) },
  { name: 'accept an application', op: 'POST /api/alliance/applications/{id}/accept', own: () => `${A}/applications/${fx.application}/accept`, body: () => ({}), expect: ONLY([], 403) },
  { name: 'decline an application', op: 'POST /api/alliance/applications/{id}/decline', own: () => `${A}/applications/${fx.application}/decline`, body: () => ({ reason: 'Geen regionale organisatie' }), expect: ONLY([], 403) },
  // The public pages need no session; a session changes nothing.
  { name: 'the public showcase', op: 'GET /api/public/alliance/showcases', own: () => `${P}/showcases`, expect: ALL(200), signedOut: 200 },
  { name: 'the platforms to apply for', op: 'GET /api/public/alliance/platforms', own: () => `${P}/platforms`, expect: ALL(200), signedOut: 200 },
  {
    name: 'apply to join the alliance',
    op: 'POST /api/public/alliance/applications',
    own: () => `${P}/applications`,
    body: (role) => ({ organisationName: `Stichting Groen ${role}`, kind: 'other', contactName: 'Sanne Bakker', email: `isolatie-${role}@groen.test`, motivation: 'Wij willen kennis delen in de regio.' }),
    expect: ALL(201),
    signedOut: 201,
  },
];

const admin = () => fx.admin;
const nobody = () => undefined;
const long = (n: number) => 'x'.repeat(n);
let harness: Harness | undefined;
const bakery = () => harness?.ids.organisations.bakkerij ?? '';

export const KNOWLEDGE_BAD_INPUT_CASES: BadCase[] = [
  { name: 'knowledge of an unknown kind with a tag in capitals', op: 'GET /api/alliance/platforms/{id}/knowledge', path: () => `${A}/platforms/${fx.platform}/knowledge?kind=film&tag=Energie`, as: admin, status: 400, fields: ['kind', 'tag'] },
  { name: 'the knowledge of an unknown platform', op: 'GET /api/alliance/platforms/{id}/knowledge', path: () => `${A}/platforms/${randomUUID()}/knowledge`, as: admin, status: 404 },
  { name: 'a knowledge item without kind and title', op: 'POST /api/alliance/platforms/{id}/knowledge', path: () => `${A}/platforms/${fx.platform}/knowledge`, as: admin, body: {}, status: 400, fields: ['kind', 'title'] },
  {
    name: 'a knowledge item with a link that is no link and eleven tags',
    op: 'POST /api/alliance/platforms/{id}/knowledge',
    path: () => `${A}/platforms/${fx.platform}/knowledge`,
    as: admin,
    body: { kind: 'document', title: 'x', url: 'javascript:alert(1)', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) },
    status: 400,
    fields: ['url', 'tags'],
  },
  { name: 'a link without its address', op: 'POST /api/alliance/platforms/{id}/knowledge', path: () => `${A}/platforms/${fx.platform}/knowledge`, as: admin, body: { kind: 'link', title: 'Verslag' }, status: 400, fields: ['url'] },
  { name: 'removing an unknown knowledge item', op: 'DELETE /api/alliance/knowledge/{id}', path: () => `${A}/knowledge/${randomUUID()}`, as: admin, status: 404 },
  { name: 'a document that is no upload', op: 'POST /api/alliance/knowledge/{id}/document', path: () => `${A}/knowledge/${fx.item}/document`, as: admin, body: {}, status: 400, fields: ['file'] },
  { name: 'a document for an unknown item', op: 'POST /api/alliance/knowledge/{id}/document', path: () => `${A}/knowledge/niet-een-id/document`, as: admin, body: {}, status: 400, fields: ['id'] },
  { name: 'the document of an item without one', op: 'GET /api/alliance/knowledge/{id}/document', path: () => `${A}/knowledge/${fx.itemWithoutFile}/document`, as: admin, status: 404 },
  { name: 'the showcase of an unknown platform', op: 'GET /api/alliance/platforms/{id}/showcases', path: () => `${A}/platforms/${randomUUID()}/showcases`, as: admin, status: 404 },
  { name: 'an example project without fields', op: 'POST /api/alliance/platforms/{id}/showcases', path: () => `${A}/platforms/${fx.platform}/showcases`, as: admin, body: {}, status: 400, fields: ['organisationId', 'title', 'measure', 'contactName'] },
  {
    name: 'an example project with a figure without source, a bad e-mail and phone',
    op: 'POST /api/alliance/platforms/{id}/showcases',
    path: () => `${A}/platforms/${fx.platform}/showcases`,
    as: admin,
    body: { organisationId: randomUUID(), title: 'x', measure: 'y', contactName: 'z', contactEmail: 'geen', contactPhone: 'bel me', figures: [{ label: 'CO2', value: 'veel' }] },
    status: 400,
    fields: ['contactEmail', 'contactPhone', 'figures.0.value', 'figures.0.source'],
  },
  { name: 'an example project of a company the partner does not see', op: 'POST /api/alliance/platforms/{id}/showcases', path: () => `${A}/platforms/${fx.platform}/showcases`, as: admin, body: { organisationId: randomUUID(), title: 'x', measure: 'y', contactName: 'z' }, status: 400, fields: ['organisationId'] },
  { name: 'an example project renamed to nothing', op: 'PATCH /api/alliance/showcases/{id}', path: () => `${A}/showcases/${fx.showcase}`, as: admin, body: { title: ' ', figures: [{ label: 'x', value: 1, source: long(501) }] }, status: 400, fields: ['title', 'figures.0.source'] },
  { name: 'an unknown example project', op: 'PATCH /api/alliance/showcases/{id}', path: () => `${A}/showcases/${randomUUID()}`, as: admin, body: { title: 'x' }, status: 404 },
  { name: 'removing an unknown example project', op: 'DELETE /api/alliance/showcases/{id}', path: () => `${A}/showcases/${randomUUID()}`, as: admin, status: 404 },
  { name: 'applications of an unknown status', op: 'GET /api/alliance/applications', path: () => `${A}/applications?status=maybe`, as: admin, status: 400, fields: ['status'] },
  { name: 'accepting with an oversized note', op: 'POST /api/alliance/applications/{id}/accept', path: () => `${A}/applications/${fx.application}/accept`, as: admin, body: { note: long(2001) }, status: 400, fields: ['note'] },
  { name: 'declining without a reason', op: 'POST /api/alliance/applications/{id}/decline', path: () => `${A}/applications/${fx.application}/decline`, as: admin, body: { reason: '  ' }, status: 400, fields: ['reason'] },
  { name: 'an empty application', op: 'POST /api/public/alliance/applications', path: () => `${P}/applications`, as: nobody, body: {}, status: 400, fields: ['organisationName', 'kind', 'contactName', 'email', 'motivation'] },
  {
    name: 'an application of an unknown kind, a bad e-mail address, a short motivation and an unknown platform',
    op: 'POST /api/public/alliance/applications',
    path: () => `${P}/applications`,
    as: nobody,
    body: { organisationName: 'Groen', kind: 'club', contactName: 'Sanne', email: 'sanne@', motivation: 'kort', website: 'ftp://groen.test', platformId: 'nergens' },
    status: 400,
    fields: ['kind', 'email', 'motivation', 'website', 'platformId'],
  },
];

/** The platforms, items, showcases and application the cases name, written through the privileged connection. */
export async function seedKnowledgeFixtures(x: Harness): Promise<void> {
  harness = x;
  fx.admin = await x.signIn('beheer@mvo-noord.test');
  const noord = x.ids.partners.noord;
  const groningen = x.ids.partners.groningen;
  const sql = (text: string, params: unknown[]) => x.sql.query(text, params);
  Object.assign(fx, {
    platform: randomUUID(), foreignPlatform: randomUUID(), item: randomUUID(), itemWithoutFile: randomUUID(), doomedItem: randomUUID(), foreignItem: randomUUID(),
    showcase: randomUUID(), doomedShowcase: randomUUID(), foreignShowcase: randomUUID(), application: randomUUID(),
  });
  await sql(
    `insert into csr_platform (id, partner_id, name, region, municipality) values ($1, $2, 'MVO-platform Hoogeveen (kennis)', 'Drenthe', 'Hoogeveen'), ($3, $4, 'MVO-platform Westerkwartier (kennis)', 'Groningen', 'Westerkwartier')`,
    [fx.platform, noord, fx.foreignPlatform, groningen],
  );
  const file = randomUUID();
  await sql(
    `insert into stored_file (id, partner_id, purpose, owner_id, filename, content_type, size_bytes, sha256, content) values ($1, $2, 'alliance_knowledge', $3, 'verslag.pdf', 'application/pdf', $4, $5, $6)`,
    [file, noord, fx.item, PDF.length, createHash('sha256').update(PDF).digest('hex'), PDF],
  );
  await sql(
    `insert into knowledge_item (id, partner_id, platform_id, kind, title, file_id, tags, author_name, published_on) values
       ($1, $2, $3, 'meeting_material', 'Verslag startbijeenkomst', $4, '["verslag"]', 'Ada Veenstra', '2026-03-01'),
       ($5, $2, $3, 'document', 'Zonder bestand', null, '[]', 'Ada Veenstra', '2026-03-02'),
       ($6, $2, $3, 'document', 'Weg ermee', null, '[]', 'Ada Veenstra', '2026-03-03'),
       ($7, $8, $9, 'document', 'Van Groningen', null, '[]', 'Gerrit Beheer', '2026-03-04')`,
    [fx.item, noord, fx.platform, file, fx.itemWithoutFile, fx.doomedItem, fx.foreignItem, groningen, fx.foreignPlatform],
  );
  await sql(
    `insert into showcase (id, partner_id, platform_id, organisation_id, title, measure, contact_name) values
       ($1, $2, $3, $4, 'Zonnepanelen op het dak', '48 zonnepanelen', 'Jan de Vries'),
       ($5, $2, $3, $4, 'LED-verlichting', 'Alle lampen vervangen', 'Jan de Vries'),
       ($6, $7, $8, $9, 'Restwarmte', 'Warmte van de ovens hergebruikt', 'Henk Hoekstra')`,
    [fx.showcase, noord, fx.platform, x.ids.organisations.bakkerij, fx.doomedShowcase, fx.foreignShowcase, groningen, fx.foreignPlatform, x.ids.organisations.metaal],
  );
  await sql(
    `insert into alliance_application (id, organisation_name, kind, contact_name, email, motivation) values ($1, 'Stichting Groen Assen', 'other', 'Sanne Bakker', 'sanne@groen-assen.test', 'Wij willen kennis delen in de regio.')`,
    [fx.application],
  );
}
