/**
 * The demo alliance: two partners, a user for every role, a few companies.
 * Used by `npm start` on first run, by the API tests and by the browser tests.
 */
import type { Role } from '@koers/domain';
import { hashPassword } from '@koers/server-auth';
import { Enrolment, GroupStaff, KoploperCohort, Membership, Organisation, Participation, Partner, ProgrammeGroup, ProgrammeSession, User } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export const DEMO_PASSWORD = 'koers-demo-2026';

export interface DemoIds {
  partners: Record<'noord' | 'groningen', string>;
  organisations: Record<string, string>;
  users: Record<string, string>;
}

const ORGANISATIONS = [
  { key: 'bakkerij', partner: 'noord', name: 'Bakkerij De Vries', kind: 'company', kvkNumber: '40012345', sbiCode: '10.71', sizeClass: 'small', municipality: 'Assen', region: 'Drenthe' },
  { key: 'installateur', partner: 'noord', name: 'Installatiebedrijf Bos', kind: 'company', kvkNumber: '40023456', sbiCode: '43.22', sizeClass: 'small', municipality: 'Assen', region: 'Drenthe' },
  { key: 'zorg', partner: 'noord', name: 'Zorggroep Drentse Aa', kind: 'care_institution', kvkNumber: '40034567', sbiCode: '87.10', sizeClass: 'medium', municipality: 'Assen', region: 'Drenthe' },
  { key: 'gemeente', partner: 'noord', name: 'Gemeente Assen', kind: 'municipality', kvkNumber: '40045678', sbiCode: '84.11', sizeClass: 'large', municipality: 'Assen', region: 'Drenthe' },
  { key: 'metaal', partner: 'groningen', name: 'Metaalbewerking Hoekstra', kind: 'company', kvkNumber: '02056789', sbiCode: '25.62', sizeClass: 'small', municipality: 'Westerkwartier', region: 'Groningen' },
  { key: 'drukkerij', partner: 'groningen', name: 'Drukkerij Zuidhorn', kind: 'company', kvkNumber: '02067890', sbiCode: '18.12', sizeClass: 'micro', municipality: 'Westerkwartier', region: 'Groningen' },
] as const;

const USERS: { key: string; email: string; name: string; operator?: boolean; memberships: { partner: 'noord' | 'groningen'; role: Role; organisation?: string }[] }[] = [
  { key: 'admin', email: 'beheer@mvo-noord.test', name: 'Anna Beheer', memberships: [{ partner: 'noord', role: 'administrator' }] },
  { key: 'coordinator', email: 'coordinator@mvo-noord.test', name: 'Cor Dijkstra', memberships: [{ partner: 'noord', role: 'coordinator' }] },
  { key: 'adviser', email: 'adviseur@mvo-noord.test', name: 'Ada Veenstra', memberships: [{ partner: 'noord', role: 'adviser' }] },
  // A local professional learning the adviser's work on the job (a trainee with Ada as mentor).
  { key: 'trainee', email: 'adviseur-io@mvo-noord.test', name: 'Jelle Bakker', memberships: [{ partner: 'noord', role: 'adviser' }] },
  { key: 'analyst', email: 'analist@mvo-noord.test', name: 'Arjen Mulder', memberships: [{ partner: 'noord', role: 'analyst' }] },
  { key: 'participant', email: 'deelnemer@bakkerij-devries.test', name: 'Petra de Vries', memberships: [{ partner: 'noord', role: 'participant', organisation: 'bakkerij' }] },
  { key: 'gAdmin', email: 'beheer@groningen-duurzaam.test', name: 'Gerrit Beheer', memberships: [{ partner: 'groningen', role: 'administrator' }] },
  { key: 'gCoordinator', email: 'coordinator@groningen-duurzaam.test', name: 'Grietje Coördinator', memberships: [{ partner: 'groningen', role: 'coordinator' }] },
  { key: 'gAdviser', email: 'adviseur@groningen-duurzaam.test', name: 'Gijs Adviseur', memberships: [{ partner: 'groningen', role: 'adviser' }] },
  { key: 'gAnalyst', email: 'analist@groningen-duurzaam.test', name: 'Gea Analist', memberships: [{ partner: 'groningen', role: 'analyst' }] },
  { key: 'gParticipant', email: 'deelnemer@metaal-hoekstra.test', name: 'Henk Hoekstra', memberships: [{ partner: 'groningen', role: 'participant', organisation: 'metaal' }] },
  // The platform's operator (queue dashboard, metrics; app_user.operator): above every partner. Signing in needs a
  // membership, so it holds an analyst's in MVO Noord; the operator flag itself opens no partner's data.
  { key: 'operator', email: 'operator@koers.test', name: 'Olga Operator', operator: true, memberships: [{ partner: 'noord', role: 'analyst' }] },
  {
    key: 'multi',
    email: 'multi@koers.test',
    name: 'Marieke Multi',
    memberships: [
      { partner: 'noord', role: 'coordinator' },
      { partner: 'groningen', role: 'coordinator' },
    ],
  },
];

/** Seeds the demo alliance unless it exists; returns its ids either way. */
export async function seedDemoAlliance(ds: DataSource): Promise<{ created: boolean; ids: DemoIds }> {
  return ds.transaction(async (em) => {
    const existing = await em.findOne(Partner, { where: { slug: 'mvo-noord' } });
    if (existing) return { created: false, ids: await readIds(ds) };
    const noord = em.create(Partner, { slug: 'mvo-noord', name: 'MVO Alliantie Noord-Nederland', settings: { cohortSize: { min: 3, max: 15 } } });
    const groningen = em.create(Partner, { slug: 'groningen-duurzaam', name: 'Koploperproject Groningen', settings: { cohortSize: { min: 8, max: 15 } } });
    await em.save([noord, groningen]);
    const partnerIds = { noord: noord.id, groningen: groningen.id };
    const orgIds: Record<string, string> = {};
    for (const o of ORGANISATIONS) {
      const { key, partner, ...fields } = o;
      orgIds[key] = randomUUID();
      await em.insert(Organisation, { id: orgIds[key], ...fields });
      await em.insert(Participation, { id: randomUUID(), partnerId: partnerIds[partner], organisationId: orgIds[key], step: 'koploper' });
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const userIds: Record<string, string> = {};
    for (const u of USERS) {
      userIds[u.key] = randomUUID();
      await em.insert(User, { id: userIds[u.key], email: u.email, name: u.name, passwordHash, locale: 'nl' });
      // Never written through the entity (koers_tenant may not write it either): as the operator CLI does.
      if (u.operator) await em.query('update app_user set operator = true where id = $1', [userIds[u.key]]);
      for (const m of u.memberships) {
        await em.insert(Membership, { id: randomUUID(), userId: userIds[u.key], partnerId: partnerIds[m.partner], role: m.role, organisationId: m.organisation ? orgIds[m.organisation] : null });
      }
    }
    return { created: true, ids: { partners: partnerIds, organisations: orgIds, users: userIds } };
  });
}

async function readIds(ds: DataSource): Promise<DemoIds> {
  const partners = await ds.getRepository(Partner).find();
  const orgs = await ds.getRepository(Organisation).find();
  const users = await ds.getRepository(User).find();
  const bySlug = (slug: string) => partners.find((p) => p.slug === slug)!.id;
  return {
    partners: { noord: bySlug('mvo-noord'), groningen: bySlug('groningen-duurzaam') },
    organisations: Object.fromEntries(ORGANISATIONS.map((o) => [o.key, orgs.find((x) => x.kvkNumber === o.kvkNumber)!.id])),
    // A demo user added after an installation was seeded (the operator) is simply not there.
    users: Object.fromEntries(USERS.flatMap((u) => users.filter((x) => x.email === u.email).map((x) => [u.key, x.id]))),
  };
}

export const DEMO_SIGN_INS = [
  ...USERS.map((u) => ({ email: u.email, roles: [...(u.operator ? ['operator (platform)'] : []), ...u.memberships.map((m) => `${m.role}@${m.partner}`)].join(', ') })),
  // Seeded by seed-demo-journey.ts (its constant is not imported here: that module imports this one).
  { email: 'deelnemer@schildersbedrijf-vanderveen.test', roles: 'participant@noord, participant@groningen (journey)' },
  // Seeded by seed-demo-education.ts: the school partner of the education line (its students' and companies' links: docs/alliance.md).
  { email: 'coordinator@drenthecollege.test', roles: 'coordinator@drenthe-college (school, education line)' },
];

/**
 * A running Koplopergroep for the demo sign-ins (npm start only; the tests build
 * their own): Petra's bakery and two others with Ada as adviser and Jelle as her
 * trainee, a phase plan and the kickoff meeting, so each role has work waiting.
 */
export async function seedDemoTrack(ds: DataSource, ids: DemoIds): Promise<void> {
  await ds.transaction(async (em) => {
    const partnerId = ids.partners.noord;
    const cohortId = randomUUID();
    const year = new Date().getFullYear();
    await em.insert(ProgrammeGroup, {
      id: cohortId,
      partnerId,
      step: 'koploper',
      name: `Koplopergroep Midden-Drenthe ${year}`,
      startsOn: `${year}-01-15`,
      endsOn: `${year}-12-15`,
      coordinatorUserId: ids.users.coordinator,
      status: 'running',
      phasePlan: { kickoff: `${year}-02-15`, baseline: `${year}-04-15`, profile: `${year}-06-01`, action_plan: `${year}-08-01`, communication: `${year}-10-01`, symposium: `${year}-12-01` },
    });
    await em.insert(KoploperCohort, { groupId: cohortId, partnerId, municipality: 'Assen', prizeWinnerEnrolmentId: null });
    const staff = { partnerId, groupId: cohortId, role: 'adviser' as const, externalName: null, externalOrganisation: null, externalEmail: null, contribution: '' };
    await em.insert(GroupStaff, [
      { id: randomUUID(), ...staff, userId: ids.users.adviser, trainee: false, mentorUserId: null },
      { id: randomUUID(), ...staff, userId: ids.users.trainee, trainee: true, mentorUserId: ids.users.adviser },
    ]);
    for (const key of ['bakkerij', 'installateur', 'zorg']) {
      await em.insert(Enrolment, { id: randomUUID(), partnerId, groupId: cohortId, role: 'participant', organisationId: ids.organisations[key], phase: 'baseline', adviserUserId: key === 'zorg' ? ids.users.trainee : ids.users.adviser });
    }
    await em.insert(ProgrammeSession, { id: randomUUID(), partnerId, groupId: cohortId, kind: 'kickoff', title: 'Startbijeenkomst Koplopers Midden-Drenthe', startsAt: new Date(`${year}-02-03T15:00:00+01:00`), location: 'Gemeentehuis Assen', agenda: '1. Welkom\n2. Het Koplopertraject\n3. Kennismaking in duo’s\n4. Afspraken nulmeting' });
  });
}
