import { Injectable, Logger } from '@nestjs/common';
import type { ProfilePdfData } from '@koers/server-documents';
import { Cohort, CohortParticipant, CsrCertificate, Db, Organisation, Partner, StoredFile, SustainabilityProfile, User, type StoredFilePurpose } from '@koers/server-db';
import { JobHandler, type JobOf } from '@koers/server-queue';
import type { EntityManager } from 'typeorm';
import { Files } from '../shared/files';
import { today } from '../shared/participants';

const isoDate = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : today(d));
/** The renderer (pdfkit and its fonts) is loaded on the first document, not when the worker starts. */
const renderer = () => import('@koers/server-documents');
const safeName = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80);

/**
 * Renders the track's PDFs on the worker (never in a request) and stores them
 * with the same tenancy as their owner. Idempotent: a retried or duplicated job
 * finds the file already stored and stops.
 */
@Injectable()
export class DocumentHandlers {
  private readonly logger = new Logger('documents');

  constructor(private readonly db: Db) {}

  @JobHandler('document.render')
  async render(job: JobOf<'document.render'>) {
    const { kind, ownerId } = job.data;
    return this.db.system(async (em) => {
      const done = await em.findOne(StoredFile, { where: { ownerId, purpose: kind } });
      if (done) return { fileId: done.id, rendered: false };
      const file = kind === 'profile_pdf' ? await this.profile(em, ownerId) : kind === 'participation_certificate' ? await this.participation(em, ownerId) : await this.csr(em, ownerId);
      const id = this.db.newId();
      await Files.store(em, { ...file, purpose: kind as StoredFilePurpose, ownerId, contentType: 'application/pdf', createdBy: null }, id);
      if (kind === 'profile_pdf') await em.update(SustainabilityProfile, { id: ownerId }, { pdfFileId: id });
      this.logger.log(`${kind} ${ownerId}: ${file.content.length} bytes`);
      return { fileId: id, rendered: true };
    });
  }

  /** The api enqueues inside its transaction; until that commits the owner is not visible yet, so throw and let BullMQ retry. */
  private async must<T>(found: Promise<T | null>, what: string): Promise<T> {
    const value = await found;
    if (!value) throw new Error(`${what} not (yet) visible`);
    return value;
  }

  private async context(em: EntityManager, participantId: string) {
    const participant = await this.must(em.findOne(CohortParticipant, { where: { id: participantId } }), `participant ${participantId}`);
    const cohort = await em.findOneOrFail(Cohort, { where: { id: participant.cohortId } });
    const organisation = await em.findOneOrFail(Organisation, { where: { id: participant.organisationId } });
    const partner = await em.findOneOrFail(Partner, { where: { id: participant.partnerId } });
    return { participant, cohort, organisation, partner };
  }

  private async profile(em: EntityManager, profileId: string) {
    const profile = await this.must(em.findOne(SustainabilityProfile, { where: { id: profileId, status: 'published' } }), `published profile ${profileId}`);
    const { participant, cohort, organisation, partner } = await this.context(em, profile.participantId);
    const adviserId = participant.adviserUserId ?? profile.publishedBy;
    const adviser = adviserId ? await em.findOne(User, { where: { id: adviserId } }) : null;
    const content = profile.content as unknown as Pick<ProfilePdfData, 'footprint' | 'iso26000' | 'goingWell' | 'canImprove' | 'recommendations' | 'comparison'>;
    const content_ = await (await renderer()).renderProfilePdf({
      organisationName: organisation.name,
      municipality: organisation.municipality ?? cohort.municipality,
      cohortName: cohort.name,
      partnerName: partner.name,
      adviserName: adviser?.name ?? null,
      version: profile.version ?? 1,
      publishedOn: isoDate(profile.publishedAt ?? new Date()),
      year: profile.year,
      footprint: content.footprint,
      iso26000: content.iso26000 ?? null,
      goingWell: content.goingWell ?? [],
      canImprove: content.canImprove ?? [],
      recommendations: content.recommendations ?? [],
      adviserComment: profile.adviserComment,
      comparison: content.comparison ?? null,
    });
    return { partnerId: profile.partnerId, organisationId: profile.organisationId, filename: `Duurzaamheidsprofiel-${safeName(organisation.name)}-v${profile.version}.pdf`, content: content_ };
  }

  private async participation(em: EntityManager, participantId: string) {
    const { participant, cohort, organisation, partner } = await this.context(em, participantId);
    if (!['symposium', 'alumni'].includes(participant.phase)) throw new Error(`participant ${participantId} has not reached the symposium`);
    const content = await (await renderer()).renderParticipationCertificatePdf({
      organisationName: organisation.name,
      cohortName: cohort.name,
      municipality: cohort.municipality,
      partnerName: partner.name,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      issuedOn: today(),
    });
    return { partnerId: participant.partnerId, organisationId: participant.organisationId, filename: `Certificaat-van-deelname-${safeName(organisation.name)}.pdf`, content };
  }

  private async csr(em: EntityManager, certificateId: string) {
    const certificate = await this.must(em.findOne(CsrCertificate, { where: { id: certificateId, status: 'awarded' } }), `awarded certificate ${certificateId}`);
    const { organisation, partner, cohort } = await this.context(em, certificate.participantId);
    const { number, awardedOn, validUntil } = certificate;
    if (!number || !awardedOn || !validUntil) throw new Error(`certificate ${certificateId} is awarded without number or dates`);
    const content = await (await renderer()).renderCsrCertificatePdf({
      organisationName: organisation.name,
      municipality: organisation.municipality ?? cohort.municipality,
      number,
      awardedOn,
      validUntil,
      partnerName: partner.name,
      conditions: certificate.conditions,
    });
    return { partnerId: certificate.partnerId, organisationId: certificate.organisationId, filename: `MVO-certificaat-${certificate.number}.pdf`, content };
  }
}
