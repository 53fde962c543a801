import { Injectable } from '@nestjs/common';
import { AuditLog, BadInputError, ChainApplication, ConflictError, Db, nameEntity, Organisation, type ApplicationMember } from '@koers/server-db';
import { EntityManager, In } from 'typeorm';
import type { ApplicationListView, ApplicationQuery, ApplicationView, CreateApplicationDto, DeclineApplicationDto } from './applications.dto';

nameEntity('ChainApplication', { nl: 'Aanvraag', en: 'Application' });

/** The audit entry of a decline carries its reason (chain_application has no column for it). */
const DECLINE_ACTION = 'decline';

/**
 * Joint applications: a chain of companies signs up together. One company's
 * user submits one application naming the others (a coordinator may submit on
 * an organisation's behalf); staff see every application of the partner, a
 * company its own (row-level security). Coordination declines it, or accepts
 * it by starting a chain project from it (the projects service).
 */
@Injectable()
export class ChainApplicationsService {
  constructor(private readonly db: Db) {}

  async list(q: ApplicationQuery): Promise<ApplicationListView> {
    const rows = await this.db.em.find(ChainApplication, { where: q.status ? { status: q.status } : {}, order: { createdAt: 'DESC', id: 'ASC' } });
    const items = await this.views(rows);
    return { items, total: items.length };
  }

  async create(dto: CreateApplicationDto): Promise<ApplicationView> {
    const tenant = this.db.tenant;
    const em = this.db.em;
    let applicantOrganisationId: string;
    if (tenant.role === 'participant') {
      if (!tenant.organisationId) throw new BadInputError('applicantOrganisationId', { nl: 'U handelt niet namens een organisatie', en: 'You do not act for an organisation' }, { code: 'chain.application_no_organisation' });
      if (dto.applicantOrganisationId && dto.applicantOrganisationId !== tenant.organisationId) {
        throw new BadInputError(
          'applicantOrganisationId',
          { nl: 'Een bedrijf dient een aanvraag in voor de eigen organisatie', en: 'A company applies for its own organisation' },
          { code: 'chain.application_own_organisation', params: { applicantOrganisationId: dto.applicantOrganisationId } },
        );
      }
      applicantOrganisationId = tenant.organisationId;
    } else {
      if (!dto.applicantOrganisationId) {
        throw new BadInputError(
          'applicantOrganisationId',
          { nl: 'Noem de organisatie namens wie u de aanvraag indient', en: 'Name the organisation on whose behalf you apply' },
          { code: 'chain.application_applicant_required' },
        );
      }
      if (!(await em.exists(Organisation, { where: { id: dto.applicantOrganisationId } }))) {
        throw new BadInputError(
          'applicantOrganisationId',
          { nl: `Onbekende organisatie ${dto.applicantOrganisationId}`, en: `Unknown organisation ${dto.applicantOrganisationId}` },
          { code: 'chain.application_applicant_unknown', params: { applicantOrganisationId: dto.applicantOrganisationId } },
        );
      }
      applicantOrganisationId = dto.applicantOrganisationId;
    }
    const members: ApplicationMember[] = dto.members.map((m) => ({ name: m.name.trim(), email: m.email?.trim().toLowerCase() || null, chainRole: m.chainRole }));
    const seen = new Set<string>();
    const doubles: { field: string; text: { nl: string; en: string }; code: string; params: Record<string, string> }[] = [];
    members.forEach((m, i) => {
      const key = m.name.toLocaleLowerCase('nl').replace(/\s+/g, ' ');
      if (seen.has(key)) doubles.push({ field: `members.${i}.name`, code: 'chain.application_member_twice', params: { name: m.name }, text: { nl: `${m.name} staat twee keer in de aanvraag`, en: `${m.name} is named twice in the application` } });
      seen.add(key);
    });
    if (doubles.length) throw BadInputError.many(doubles, 'chain.application_member_twice');
    const id = this.db.newId();
    await em.insert(ChainApplication, {
      id, partnerId: tenant.partnerId, applicantOrganisationId, title: dto.title.trim(), description: dto.description.trim(), members, status: 'submitted', groupId: null, submittedBy: tenant.userId,
    });
    const [view] = await this.views([await em.findOneByOrFail(ChainApplication, { id })]);
    return view;
  }

  /** Declines a submitted application with its reason (kept in the audit log). */
  async decline(id: string, dto: DeclineApplicationDto): Promise<ApplicationView> {
    const em = this.db.em;
    const application = await this.db.findOwned(ChainApplication, id);
    assertSubmitted(application);
    const tenant = this.db.tenant;
    const reason = dto.reason.trim();
    const updated = await em.update(ChainApplication, { id, status: 'submitted' }, { status: 'declined' });
    if (!updated.affected) assertSubmitted(await em.findOneByOrFail(ChainApplication, { id }));
    await em.insert(AuditLog, { partnerId: tenant.partnerId, actorUserId: tenant.userId, action: DECLINE_ACTION, entity: 'ChainApplication', entityId: id, changes: { status: 'declined', reason } });
    const [view] = await this.views([await em.findOneByOrFail(ChainApplication, { id })]);
    return view;
  }

  private async views(rows: ChainApplication[]): Promise<ApplicationView[]> {
    if (!rows.length) return [];
    const em = this.db.em;
    const orgs = await em.find(Organisation, { where: { id: In([...new Set(rows.map((r) => r.applicantOrganisationId))]) } });
    const declined = rows.filter((r) => r.status === 'declined').map((r) => r.id);
    const declines = declined.length ? await em.find(AuditLog, { where: { entity: 'ChainApplication', action: DECLINE_ACTION, entityId: In(declined) }, order: { id: 'DESC' } }) : [];
    return rows.map((r) => {
      const decline = declines.find((d) => d.entityId === r.id);
      const reason = decline?.changes?.['reason'];
      return {
        id: r.id, applicantOrganisationId: r.applicantOrganisationId, applicantName: orgs.find((o) => o.id === r.applicantOrganisationId)?.name ?? null, title: r.title, description: r.description,
        members: r.members.map((m) => ({ name: m.name, email: m.email ?? null, chainRole: m.chainRole })), status: r.status, projectId: r.groupId,
        declineReason: typeof reason === 'string' ? reason : null, declinedAt: decline?.at ?? null, submittedBy: r.submittedBy, createdAt: r.createdAt,
      };
    });
  }
}

function assertSubmitted(application: ChainApplication): void {
  if (application.status !== 'submitted') {
    throw new ConflictError(
      {
        nl: `Over deze aanvraag is al besloten (${application.status === 'accepted' ? 'aangenomen' : 'afgewezen'})`,
        en: `This application has already been decided (${application.status})`,
      },
      { code: 'chain.application_decided', params: { status: application.status } },
    );
  }
}

/**
 * Marks a submitted application accepted as the chain project `groupId` (for
 * the projects service, in its transaction); 409 when it was decided already.
 */
export async function markAccepted(em: EntityManager, applicationId: string, groupId: string): Promise<void> {
  const application = await em.findOne(ChainApplication, { where: { id: applicationId } });
  if (!application) throw new BadInputError('applicationId', { nl: 'Onbekende aanvraag', en: 'Unknown application' }, { code: 'chain.application_unknown', params: { applicationId } });
  assertSubmitted(application);
  await em.update(ChainApplication, { id: applicationId, status: 'submitted' }, { status: 'accepted', groupId });
}
