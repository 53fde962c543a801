/**
 * Demo data for the CE-masterclasses of step 2 (npm start only; the tests build
 * their own): one masterclass for SMEs of MVO Noord under way, with Petra's
 * bakery, the installer and four Drenthe companies, two workshops with modules
 * of the library, a staff speaker and an entrepreneur who speaks for her
 * company, attendance of the first workshop and the bakery's intake. Names and
 * KvK numbers are made up.
 */
import {
  Enrolment, GroupStaff, Masterclass, MasterclassOutcome, Organisation, Participation, ProgrammeGroup, ProgrammeSession, SessionAttendance, SessionModule,
} from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { DemoIds } from './seed-demo';

export const DEMO_MASTERCLASS_COMPANIES = [
  { key: 'houtbouw', name: 'Houtbouw Westerveld', kvkNumber: '41011223', sbiCode: '16.23', sizeClass: 'small', municipality: 'Westerveld' },
  { key: 'zuivel', name: 'Zuivelboerderij De Eshof', kvkNumber: '41022334', sbiCode: '10.51', sizeClass: 'micro', municipality: 'Tynaarlo' },
  { key: 'kunststof', name: 'Kunststofspuitgieterij Hoogeveen', kvkNumber: '41033445', sbiCode: '22.29', sizeClass: 'medium', municipality: 'Hoogeveen' },
  { key: 'textiel', name: 'Textielatelier Meppel', kvkNumber: '41044556', sbiCode: '13.92', sizeClass: 'micro', municipality: 'Meppel' },
  // Leads in a CE field and speaks at the masterclass; not a participant.
  { key: 'kringloop', name: 'Kringloopbedrijf De Wissel', kvkNumber: '41055667', sbiCode: '47.79', sizeClass: 'small', municipality: 'Assen' },
] as const;

export async function seedDemoMasterclass(ds: DataSource, ids: DemoIds): Promise<{ groupId: string }> {
  return ds.transaction(async (em) => {
    const partnerId = ids.partners.noord;
    const year = new Date().getFullYear();
    const orgIds: Record<string, string> = { bakkerij: ids.organisations.bakkerij, installateur: ids.organisations.installateur };
    for (const { key, ...fields } of DEMO_MASTERCLASS_COMPANIES) {
      orgIds[key] = randomUUID();
      await em.insert(Participation, { id: randomUUID(), partnerId, organisationId: orgIds[key], step: 'masterclass' });
      await em.insert(Organisation, { id: orgIds[key], ...fields, kind: 'company', region: 'Drenthe' });
    }
    const groupId = randomUUID();
    await em.insert(ProgrammeGroup, {
      id: groupId, partnerId, step: 'masterclass', name: `CE-masterclass MKB Drenthe ${year}`, startsOn: `${year}-02-01`, endsOn: `${year}-12-15`,
      coordinatorUserId: ids.users.coordinator, status: 'running', phasePlan: { intake: `${year}-03-01`, workshops: `${year}-10-01`, outcome: `${year}-12-01` },
    });
    await em.insert(Masterclass, {
      groupId, partnerId, audience: 'sme', region: 'Drenthe',
      goals: 'Verkennen wat de circulaire economie betekent voor het Drentse mkb en voor elk bedrijf: waar ontwikkeling en innovatie nodig is en met welke ketenpartners dat kan.',
      coOrganisers: ['Rabobank Assen en Noord-Drenthe', 'MVO Platform Assen'],
    });
    const participants = ['bakkerij', 'installateur', 'houtbouw', 'zuivel', 'kunststof', 'textiel'];
    const enrolments: Record<string, string> = {};
    for (const key of participants) {
      enrolments[key] = randomUUID();
      if (key === 'bakkerij' || key === 'installateur') await em.insert(Participation, { id: randomUUID(), partnerId, organisationId: orgIds[key], step: 'masterclass' });
      await em.insert(Enrolment, { id: enrolments[key], partnerId, groupId, role: 'participant', organisationId: orgIds[key], phase: 'workshops', adviserUserId: null });
    }
    const staff = { partnerId, groupId, role: 'speaker' as const, trainee: false, mentorUserId: null, externalOrganisation: null, externalEmail: null };
    await em.insert(GroupStaff, [
      { id: randomUUID(), ...staff, userId: ids.users.adviser, externalName: null, organisationId: null, contribution: 'De R-ladder in de praktijk van het mkb' },
      { id: randomUUID(), ...staff, userId: null, externalName: 'Mieke Hofstra', organisationId: orgIds.kringloop, contribution: 'Hoe een kringloopbedrijf reststromen van anderen tot product maakt' },
    ]);
    const sessions = [
      { title: 'Workshop 1: circulaire economie en de R-ladder', startsAt: `${year}-03-12T15:00:00+01:00`, endsAt: `${year}-03-12T18:00:00+01:00`, location: 'Rabobank Assen, Brink 9', modules: ['ce-basics', 'r-ladder', 'first-steps-sme'] },
      { title: 'Workshop 2: verdienmodellen en retourlogistiek', startsAt: `${year}-04-16T15:00:00+02:00`, endsAt: `${year}-04-16T18:00:00+02:00`, location: 'Kringloopbedrijf De Wissel, Assen', modules: ['business-models', 'return-logistics'] },
    ];
    const sessionIds: string[] = [];
    for (const s of sessions) {
      const id = randomUUID();
      sessionIds.push(id);
      await em.insert(ProgrammeSession, { id, partnerId, groupId, kind: 'workshop', title: s.title, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt), location: s.location, agenda: '' });
      await em.insert(SessionModule, s.modules.map((moduleId, position) => ({ sessionId: id, moduleId, partnerId, groupId, position })));
    }
    await em.insert(
      SessionAttendance,
      participants.map((key) => ({ partnerId, sessionId: sessionIds[0], enrolmentId: enrolments[key], organisationId: orgIds[key], present: key !== 'textiel' })),
    );
    await em.insert(MasterclassOutcome, {
      enrolmentId: enrolments.bakkerij, partnerId, groupId, organisationId: orgIds.bakkerij,
      ambition: 'In 2030 geen brood meer weggooien en alle verpakkingen herbruikbaar', rLadder: 'R2', hopes: 'Partners die ons oude brood en onze kratten een tweede leven geven', intakeAt: new Date(),
      fields: [], chainPartners: [], opportunities: [],
    });
    return { groupId };
  });
}
