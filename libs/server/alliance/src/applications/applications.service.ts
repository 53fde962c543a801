import { Injectable } from '@nestjs/common';
import { APPLICATION_STATUS_LABELS, PARTNER_KIND_LABELS, slugFromName } from '@koers/domain';
import { hashPassword } from '@koers/server-auth';
import { AllianceApplication, BadInputError, ConflictError, CsrPlatform, Db, ForbiddenError, Membership, nameEntity, Partner, User } from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AllianceAccess } from '../access';
import { ApplicationThrottle } from './application-throttle';
import type {
  AcceptAllianceApplicationDto, AllianceApplicationListView, AllianceApplicationQueryDto, AllianceApplicationReceiptView, AllianceApplicationView, DeclineAllianceApplicationDto, JoinApplicationDto, PublicPlatformListView,
} from './applications.dto';

nameEntity('AllianceApplication', { nl: 'Aanmelding', en: 'Application' });

export const applicationMailJobId = (id: string) => `alliance-application-${id}`;

/**
 * Applications to join the alliance as a partner: made on a public page
 * without an account (validated, rate-limited), read and decided by the
 * secretariat's administrator. Accepting makes, in one transaction, the partner
 * (its alliance partner row comes with it, of the kind applied for), the
 * applicant's administrator membership (a new account; an existing account is
 * invited instead, docs/security.md section 6) and the membership of the
 * platform applied for. The outcome is mailed by the worker (job
 * alliance.application-mail), once.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly db: Db,
    private readonly access: AllianceAccess,
    private readonly throttle: ApplicationThrottle,
    private readonly jobs: JobQueue,
  ) {}

  /** The platforms an applicant can choose from (names and regions only). */
  async publicPlatforms(): Promise<PublicPlatformListView> {
    const rows = await this.db.system((em) => em.find(CsrPlatform, { order: { name: 'ASC' }, select: { id: true, name: true, region: true, municipality: true } }));
    return { items: rows.map((p) => ({ id: p.id, name: p.name, region: p.region, municipality: p.municipality })) };
  }

  async apply(dto: JoinApplicationDto, client: string): Promise<AllianceApplicationReceiptView> {
    const email = dto.email.trim().toLowerCase();
    await this.throttle.count(email, client);
    await this.db.system(async (em) => {
      if (dto.platformId && !(await em.exists(CsrPlatform, { where: { id: dto.platformId } }))) {
        throw new BadInputError('platformId', { nl: 'Kies een MVO-platform uit de lijst', en: 'Choose a CSR platform from the list' }, { code: 'alliance.platform_unknown' });
      }
      await em.insert(AllianceApplication, {
        id: this.db.newId(), organisationName: dto.organisationName.trim(), kind: dto.kind, website: dto.website ?? null, contactName: dto.contactName.trim(), email,
        phone: dto.phone?.trim() ?? null, motivation: dto.motivation.trim(), platformId: dto.platformId ?? null,
      });
    });
    return {
      received: true,
      text: {
        nl: 'Dank u wel. Het secretariaat van de alliantie bekijkt uw aanmelding en mailt u de uitkomst.',
        en: 'Thank you. The alliance secretariat will review your application and mail you the outcome.',
      },
    };
  }

  private async assertSecretariat(): Promise<void> {
    if (await this.access.isSecretariat()) return;
    throw new ForbiddenError(
      { nl: 'Alleen het secretariaat van de alliantie behandelt aanmeldingen', en: 'Only the alliance secretariat handles applications' },
      { code: 'alliance.not_secretariat' },
    );
  }

  async list(query: AllianceApplicationQueryDto): Promise<AllianceApplicationListView> {
    await this.assertSecretariat();
    const rows = await this.db.em.find(AllianceApplication, { where: query.status ? { status: query.status } : {}, order: { createdAt: 'DESC' } });
    const order = { pending: 0, accepted: 1, declined: 1 } as const;
    rows.sort((a, b) => order[a.status] - order[b.status]);
    return { items: await this.views(rows) };
  }

  async accept(id: string, dto: AcceptAllianceApplicationDto): Promise<AllianceApplicationView> {
    await this.assertSecretariat();
    const app = await this.db.findOwned(AllianceApplication, id);
    const actor = this.db.tenant.userId;
    // A real password hash of a secret nobody knows: the applicant sets a password through the mailed link.
    const unusable = await hashPassword(randomBytes(32).toString('base64url'));
    await this.db.system(async (em) => {
      const [locked]: { status: string }[] = await em.query('select status from alliance_application where id = $1 for update', [app.id]);
      if (locked?.status !== 'pending') throw decided();
      const partnerId = this.db.newId();
      await em.insert(Partner, { id: partnerId, slug: await freeSlug(em, app.organisationName), name: app.organisationName, settings: {} });
      // The trigger made its alliance partner row; the kind is the one applied for.
      await em.query('update alliance_partner set kind = $2, updated_at = now() where partner_id = $1', [partnerId, app.kind]);
      const existing = await em.findOne(User, { where: { email: app.email } });
      let userId: string;
      if (existing) {
        userId = existing.id;
      } else {
        userId = this.db.newId();
        await em.insert(User, { id: userId, email: app.email, name: app.contactName, passwordHash: unusable, locale: 'nl' });
        await em.insert(Membership, { id: this.db.newId(), userId, partnerId, organisationId: null, role: 'administrator' });
      }
      if (app.platformId) {
        const platform = await em.findOne(CsrPlatform, { where: { id: app.platformId } });
        if (platform) {
          await em.query(
            `insert into csr_platform_member (id, partner_id, platform_id, name, kind, member_partner_id, joined_on) values ($1, $2, $3, $4, 'partner', $5, current_date)
             on conflict (platform_id, name) do update set kind = 'partner', member_partner_id = excluded.member_partner_id`,
            [this.db.newId(), platform.partnerId, platform.id, app.organisationName, partnerId],
          );
        }
      }
      await em.update(AllianceApplication, { id: app.id }, {
        status: 'accepted', reason: dto.note?.trim() || null, decidedBy: actor, decidedAt: new Date(), partnerId, accountUserId: userId, accountCreated: !existing,
      });
    }, actor);
    await this.jobs.add('alliance.application-mail', { applicationId: app.id }, { jobId: applicationMailJobId(app.id) });
    return this.view(app.id);
  }

  async decline(id: string, dto: DeclineAllianceApplicationDto): Promise<AllianceApplicationView> {
    await this.assertSecretariat();
    const app = await this.db.findOwned(AllianceApplication, id);
    const actor = this.db.tenant.userId;
    // Committed before the mail is enqueued (the worker must see the decision).
    const [, changed]: [unknown, number] = await this.db.system(
      (em) =>
        em.query(`update alliance_application set status = 'declined', reason = $2, decided_by = $3, decided_at = now() where id = $1 and status = 'pending'`, [app.id, dto.reason.trim(), actor]),
      actor,
    );
    if (!changed) throw decided();
    await this.jobs.add('alliance.application-mail', { applicationId: app.id }, { jobId: applicationMailJobId(app.id) });
    return this.view(app.id);
  }

  private async view(id: string): Promise<AllianceApplicationView> {
    return (await this.views([await this.db.em.findOneByOrFail(AllianceApplication, { id })]))[0];
  }

  private async views(rows: AllianceApplication[]): Promise<AllianceApplicationView[]> {
    const partners = await this.access.partners();
    const platforms = await this.db.em.find(CsrPlatform, { select: { id: true, name: true } });
    return rows.map((a) => ({
      id: a.id, organisationName: a.organisationName, kind: a.kind, kindLabel: PARTNER_KIND_LABELS[a.kind], website: a.website, contactName: a.contactName, email: a.email, phone: a.phone,
      motivation: a.motivation, platformId: a.platformId, platformName: platforms.find((p) => p.id === a.platformId)?.name ?? null, status: a.status, statusLabel: APPLICATION_STATUS_LABELS[a.status],
      reason: a.reason, createdAt: a.createdAt.toISOString(), decidedAt: a.decidedAt?.toISOString() ?? null, partnerSlug: partners.find((p) => p.id === a.partnerId)?.slug ?? null,
      mailedAt: a.mailedAt?.toISOString() ?? null,
    }));
  }
}

function decided(): ConflictError {
  return new ConflictError({ nl: 'Over deze aanmelding is al beslist', en: 'This application has already been decided' }, { code: 'alliance.application_decided' });
}

/** The name's slug, with -2, -3, ... when a partner has it already. */
async function freeSlug(em: EntityManager, name: string): Promise<string> {
  const base = slugFromName(name);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await em.exists(Partner, { where: { slug } }))) return slug;
  }
}
