import { Injectable } from '@nestjs/common';
import { CommunicationSubmission, ConflictError, Db, StoredFile, type Enrolment } from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Files } from '@koers/server-files';
import { Participants } from '../shared/participants';
import { allowedTypes, checkContent, readUpload, shortenFilename } from '@koers/server-files';
import { submissionFileView, type SubmissionView } from './communication.dto';
import { PARTICIPATION_CERTIFICATE } from '../documents/kinds';

const MB = 1024 * 1024;
export const MAX_COMMUNICATION_FILE_BYTES = 10 * MB;
export const MAX_COMMUNICATION_FILES = 10;
/** What a communicatieopdracht may include; the content must match the extension. */
const ALLOWED = allowedTypes(['pdf', 'png', 'jpg', 'jpeg', 'docx', 'pptx', 'mp4']);

/** Phases from which a participant has earned its certificate of participation. */
const CERTIFIED_PHASES: readonly string[] = ['symposium', 'alumni'];

/**
 * The communicatieopdracht: a text and files a participant (or its adviser)
 * prepares as a draft and then submits to the jury; once submitted it stays as
 * the jury scores it. Also the certificaat van deelname, which the worker renders.
 */
@Injectable()
export class CommunicationService {
  constructor(
    private readonly db: Db,
    private readonly participants: Participants,
    private readonly files: Files,
    private readonly jobs: JobQueue,
  ) {}

  /** The participant's submission, or null before it has started one (for the track overview). */
  async forParticipant(participantId: string): Promise<SubmissionView | null> {
    const submission = await this.find(participantId);
    return submission ? this.view(submission) : null;
  }

  async putText(participantId: string, text: string): Promise<SubmissionView> {
    const { participant } = await this.participants.loadActive(participantId);
    const existing = await this.find(participantId);
    if (existing) {
      refuseSubmitted(existing);
      await this.db.em.update(CommunicationSubmission, { id: existing.id }, { text, updatedAt: new Date() });
      return this.view(await this.mustFind(participantId));
    }
    return this.view(await this.create(participant, text));
  }

  /** One file (pdf, png, jpeg, docx, pptx, mp4; max 10 MB, at most 10 per submission). */
  async addFile(participantId: string, req: FastifyRequest): Promise<SubmissionView> {
    // Whose submission first: another company's upload is a 404 before its file is even read.
    const { participant } = await this.participants.loadActive(participantId);
    const existing = await this.find(participantId);
    if (existing) {
      refuseSubmitted(existing);
      const count = await this.db.em.count(StoredFile, { where: { ownerId: existing.id, purpose: 'communication' } });
      if (count >= MAX_COMMUNICATION_FILES) {
        throw new ConflictError({ nl: `Er zijn al ${count} bestanden; meer dan ${MAX_COMMUNICATION_FILES} kan niet`, en: `There are ${count} files already; no more than ${MAX_COMMUNICATION_FILES} are allowed` }, { code: 'communication.too_many_files', field: 'file' });
      }
    }
    const file = await readUpload(req, { maxBytes: MAX_COMMUNICATION_FILE_BYTES, allowed: ALLOWED });
    checkContent(file);
    const submission = existing ?? (await this.create(participant, ''));
    await this.files.store({ organisationId: participant.organisationId, purpose: 'communication', ownerId: submission.id, filename: shortenFilename(file.filename), contentType: file.contentType, content: file.content });
    await this.db.em.update(CommunicationSubmission, { id: submission.id }, { updatedAt: new Date() });
    return this.view(await this.mustFind(participantId));
  }

  /** Hands the assignment to the jury; it needs a text. Submitting again changes nothing. */
  async submit(participantId: string): Promise<SubmissionView> {
    await this.participants.loadActive(participantId);
    const submission = await this.find(participantId);
    if (!submission || !submission.text.trim()) {
      throw new ConflictError({ nl: 'Schrijf eerst de tekst van de communicatieopdracht', en: 'Write the text of the communication assignment first' }, { code: 'communication.text_missing', field: 'text' });
    }
    if (submission.status !== 'submitted') {
      const now = new Date();
      await this.db.em.update(CommunicationSubmission, { id: submission.id }, { status: 'submitted', submittedAt: now, updatedAt: now });
    }
    return this.view(await this.mustFind(participantId));
  }

  /** Whether the certificate of participation can be downloaded (the participant reached the symposium). */
  static participationCertificateAvailable(participant: Pick<Enrolment, 'phase'>): boolean {
    return CERTIFIED_PHASES.includes(participant.phase);
  }

  /**
   * The certificaat van deelname once the participant has reached the symposium.
   * The worker renders it; the first request asks for it (closing the cohort does
   * too) and answers 409 "not ready yet" until it is stored.
   */
  async participationCertificate(participantId: string, reply: FastifyReply) {
    const { participant } = await this.participants.load(participantId);
    if (!CommunicationService.participationCertificateAvailable(participant)) {
      throw new ConflictError({ nl: 'Het certificaat van deelname komt er zodra het Koplopersymposium is bereikt', en: 'The certificate of participation is available once the symposium has been reached' }, { code: 'participation_certificate.not_yet' });
    }
    const stored = await this.db.em.findOne(StoredFile, { where: { ownerId: participantId, purpose: 'participation_certificate' }, order: { createdAt: 'DESC' } });
    if (!stored) {
      // Job ids may not contain ':'; the same id as when the cohort closes, so it is rendered once.
      await this.jobs.add('document.render', { kind: PARTICIPATION_CERTIFICATE, ownerId: participantId, partnerId: participant.partnerId }, { jobId: `participation-certificate-${participantId}` });
      throw new ConflictError({ nl: 'Het certificaat wordt nog gemaakt; probeer het zo opnieuw', en: 'The certificate is not ready yet; try again shortly' }, { code: 'participation_certificate.rendering' });
    }
    return Files.send(reply, await this.files.read(stored.id));
  }

  private find(participantId: string): Promise<CommunicationSubmission | null> {
    return this.db.em.findOne(CommunicationSubmission, { where: { participantId } });
  }

  private async mustFind(participantId: string): Promise<CommunicationSubmission> {
    return this.db.em.findOneOrFail(CommunicationSubmission, { where: { participantId } });
  }

  private async create(participant: Enrolment, text: string): Promise<CommunicationSubmission> {
    const id = this.db.newId();
    await this.db.em.insert(CommunicationSubmission, { id, partnerId: participant.partnerId, participantId: participant.id, organisationId: participant.organisationId, text, status: 'draft' });
    return this.mustFind(participant.id);
  }

  private async view(s: CommunicationSubmission): Promise<SubmissionView> {
    const files = await this.files.list(s.id, 'communication');
    return {
      id: s.id,
      participantId: s.participantId,
      text: s.text,
      status: s.status,
      submittedAt: s.submittedAt,
      files: files.map(submissionFileView),
    };
  }
}

function refuseSubmitted(s: CommunicationSubmission) {
  if (s.status === 'submitted') {
    throw new ConflictError({ nl: 'De communicatieopdracht is al ingediend en blijft zoals de jury hem ziet', en: 'The communication assignment has been submitted and stays as the jury sees it' }, { code: 'communication.submitted_final' });
  }
}
