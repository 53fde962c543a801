import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { DocumentRenderer, dutchToday, fileNamePart, isoDate, visibleOrRetry, type DocumentRequest, type RenderedDocument } from '@koers/server-documents';
import { CsrCertificate, Enrolment, KoploperCohort, Organisation, Partner, ProgrammeGroup, SustainabilityProfile, User } from '@koers/server-db';
import type { EntityManager } from 'typeorm';
import { CSR_CERTIFICATE, PARTICIPATION_CERTIFICATE, PROFILE_PDF } from './kinds';
import type { ProfilePdfData } from './profile-pdf';
import { registerLink } from '../certificates/register-link';

/** The layouts (and pdfkit with them) are loaded on the first document, not when the worker starts. */
const layouts = async () => ({ ...(await import('./profile-pdf')), ...(await import('./certificates-pdf')) });

/** What the documents print about a participant, its Koplopergroep, company and partner. */
interface ParticipantFacts {
  partnerId: string;
  organisationId: string;
  phase: string;
  adviserUserId: string | null;
  groupName: string;
  startsOn: string;
  endsOn: string;
  /** The cohort's municipality (koploper_cohort). */
  cohortMunicipality: string;
  organisationName: string;
  organisationMunicipality: string | null;
  partnerName: string;
}

/**
 * The one place the track's documents read the programme tables (enrolment,
 * group, koploper cohort): an entity rename is a fix here only.
 */
async function participantFacts(em: EntityManager, enrolmentId: string): Promise<ParticipantFacts> {
  const enrolment = await visibleOrRetry(em.findOne(Enrolment, { where: { id: enrolmentId } }), `participant ${enrolmentId}`);
  const group = await em.findOneOrFail(ProgrammeGroup, { where: { id: enrolment.groupId } });
  const cohort = await em.findOneOrFail(KoploperCohort, { where: { groupId: enrolment.groupId } });
  const organisation = await em.findOneOrFail(Organisation, { where: { id: enrolment.organisationId } });
  const partner = await em.findOneOrFail(Partner, { where: { id: enrolment.partnerId } });
  return {
    partnerId: enrolment.partnerId,
    organisationId: enrolment.organisationId,
    phase: enrolment.phase,
    adviserUserId: enrolment.adviserUserId,
    groupName: group.name,
    startsOn: group.startsOn,
    endsOn: group.endsOn,
    cohortMunicipality: cohort.municipality,
    organisationName: organisation.name,
    organisationMunicipality: organisation.municipality,
    partnerName: partner.name,
  };
}

/**
 * The Koploper track's PDFs: the duurzaamheidsprofiel, the certificaat van
 * deelname and the MVO-certificaat. The documents library's `document.render`
 * job calls these and stores what they return.
 */
@Injectable()
export class KoploperDocuments {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @DocumentRenderer(PROFILE_PDF)
  async profile({ em, ownerId }: DocumentRequest): Promise<RenderedDocument> {
    const profile = await visibleOrRetry(em.findOne(SustainabilityProfile, { where: { id: ownerId, status: 'published' } }), `published profile ${ownerId}`);
    const p = await participantFacts(em, profile.participantId);
    const adviserId = p.adviserUserId ?? profile.publishedBy;
    const adviser = adviserId ? await em.findOne(User, { where: { id: adviserId } }) : null;
    const content = profile.content as unknown as Pick<ProfilePdfData, 'footprint' | 'iso26000' | 'goingWell' | 'canImprove' | 'recommendations' | 'comparison' | 'energySavingDuty' | 'yearOnYear' | 'ratios' | 'benchmark'>;
    const pdf = await (await layouts()).renderProfilePdf({
      organisationName: p.organisationName,
      municipality: p.organisationMunicipality ?? p.cohortMunicipality,
      cohortName: p.groupName,
      partnerName: p.partnerName,
      adviserName: adviser?.name ?? null,
      version: profile.version ?? 1,
      publishedOn: isoDate(profile.publishedAt ?? new Date()),
      year: profile.year,
      footprint: content.footprint,
      iso26000: content.iso26000 ?? null,
      goingWell: content.goingWell ?? [],
      canImprove: content.canImprove ?? [],
      recommendations: content.recommendations ?? [],
      energySavingDuty: content.energySavingDuty ?? null,
      adviserComment: profile.adviserComment,
      comparison: content.comparison ?? null,
      yearOnYear: content.yearOnYear ?? null,
      ratios: content.ratios ?? null,
      benchmark: content.benchmark ?? null,
    });
    return {
      partnerId: profile.partnerId,
      organisationId: profile.organisationId,
      filename: `Duurzaamheidsprofiel-${fileNamePart(p.organisationName)}-v${profile.version}.pdf`,
      content: pdf,
      stored: async (tx, fileId) => {
        await tx.update(SustainabilityProfile, { id: ownerId }, { pdfFileId: fileId });
      },
    };
  }

  @DocumentRenderer(PARTICIPATION_CERTIFICATE)
  async participation({ em, ownerId }: DocumentRequest): Promise<RenderedDocument> {
    const p = await participantFacts(em, ownerId);
    if (!['symposium', 'alumni'].includes(p.phase)) throw new Error(`participant ${ownerId} has not reached the symposium`);
    const pdf = await (await layouts()).renderParticipationCertificatePdf({
      organisationName: p.organisationName,
      cohortName: p.groupName,
      municipality: p.cohortMunicipality,
      partnerName: p.partnerName,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      issuedOn: dutchToday(),
    });
    return { partnerId: p.partnerId, organisationId: p.organisationId, filename: `Certificaat-van-deelname-${fileNamePart(p.organisationName)}.pdf`, content: pdf };
  }

  @DocumentRenderer(CSR_CERTIFICATE)
  async csr({ em, ownerId }: DocumentRequest): Promise<RenderedDocument> {
    const certificate = await visibleOrRetry(em.findOne(CsrCertificate, { where: { id: ownerId, status: 'awarded' } }), `awarded certificate ${ownerId}`);
    const { number, awardedOn, validUntil } = certificate;
    if (!number || !awardedOn || !validUntil) throw new Error(`certificate ${ownerId} is awarded without number or dates`);
    const p = await participantFacts(em, certificate.participantId);
    const pdf = await (await layouts()).renderCsrCertificatePdf({
      organisationName: p.organisationName,
      municipality: p.organisationMunicipality ?? p.cohortMunicipality,
      number,
      awardedOn,
      validUntil,
      partnerName: p.partnerName,
      conditions: certificate.conditions,
      registerUrl: registerLink(this.config.PUBLIC_WEB_URL, number),
    });
    return { partnerId: certificate.partnerId, organisationId: certificate.organisationId, filename: `MVO-certificaat-${number}.pdf`, content: pdf };
  }
}
