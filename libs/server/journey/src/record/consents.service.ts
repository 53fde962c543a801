import { Injectable } from '@nestjs/common';
import { CONSENT_PART_LABELS, CONSENT_PARTS, isConsentPart, JOURNEY_PART_LABELS, type ConsentPart, type JourneyPart } from '@koers/domain';
import { BadInputError, Db, Partner, User } from '@koers/server-db';
import { In } from 'typeorm';
import { JourneyService } from './journey.service';
import type { AccessLogView, ConsentsView } from './record.dto';

interface ConsentRow { id: string; partner_id: string; part: ConsentPart; granted_by_user_id: string | null; granted_at: Date; revoked_at: Date | null }

/**
 * The consent a company gives per partner and part, and the log of who read
 * what. Only the company's own users change consent (row-level security
 * enforces it too); a partner's staff see the consents their partner holds.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: Db,
    private readonly journey: JourneyService,
  ) {}

  async list(organisationId: string): Promise<ConsentsView> {
    await this.journey.organisation(organisationId);
    // Row-level security: the company sees all its consents, a partner's staff only those their partner holds.
    const rows: ConsentRow[] = await this.db.em.query(
      `select id, partner_id, part, granted_by_user_id, granted_at, revoked_at from consent where organisation_id = $1 order by granted_at desc, id`,
      [organisationId],
    );
    const partners = new Map((await this.journey.partners()).map((p) => [p.id, p]));
    const users = await this.userNames(rows.map((r) => r.granted_by_user_id));
    const holders = new Map<string, ConsentsView['holders'][number]>();
    for (const r of rows.filter((c) => c.revoked_at === null)) {
      const partner = partners.get(r.partner_id);
      if (!partner) continue;
      const h = holders.get(r.partner_id) ?? { partner, parts: [] };
      h.parts.push({ part: r.part, label: CONSENT_PART_LABELS[r.part], grantedAt: r.granted_at.toISOString(), grantedBy: (r.granted_by_user_id && users.get(r.granted_by_user_id)) ?? null });
      holders.set(r.partner_id, h);
    }
    const order = (p: ConsentPart) => CONSENT_PARTS.indexOf(p);
    for (const h of holders.values()) h.parts.sort((a, b) => order(a.part) - order(b.part));
    return {
      holders: [...holders.values()].sort((a, b) => a.partner.name.localeCompare(b.partner.name, 'nl')),
      history: rows.map((r) => ({ partnerName: partners.get(r.partner_id)?.name ?? '', part: r.part, grantedAt: r.granted_at.toISOString(), revokedAt: r.revoked_at?.toISOString() ?? null })),
    };
  }

  /** Makes exactly `parts` active for the partner: grants what is missing, withdraws the rest. */
  async set(organisationId: string, partnerSlug: string, parts: unknown[]): Promise<ConsentsView> {
    await this.journey.organisation(organisationId);
    const bad = parts.map((p, i) => ({ p, i })).filter(({ p }) => !isConsentPart(p));
    if (bad.length) {
      throw BadInputError.many(
        bad.map(({ p, i }) => ({
          field: `parts.${i}`,
          code: 'consent.unknown_part',
          params: { part: String(p), values: [...CONSENT_PARTS] },
          text: { nl: `Onbekend onderdeel ${String(p)}; kies uit ${CONSENT_PARTS.join(', ')}`, en: `Unknown part ${String(p)}; choose from ${CONSENT_PARTS.join(', ')}` },
        })),
        'consent.unknown_part',
      );
    }
    const partner = await this.partnerBySlug(partnerSlug);
    const wanted = new Set(parts as ConsentPart[]);
    const active: ConsentRow[] = await this.db.em.query(
      `select id, part from consent where organisation_id = $1 and partner_id = $2 and revoked_at is null`,
      [organisationId, partner.id],
    );
    const withdraw = active.filter((c) => !wanted.has(c.part)).map((c) => c.id);
    if (withdraw.length) {
      await this.db.em.query(`update consent set revoked_at = now(), revoked_by_user_id = koers_user_id() where id = any($1::uuid[])`, [withdraw]);
    }
    const have = new Set(active.map((c) => c.part));
    const grant = [...wanted].filter((p) => !have.has(p));
    if (grant.length) {
      await this.db.em.query(
        `insert into consent (id, organisation_id, partner_id, part, granted_by_user_id) select v.id, $2, $3, v.part, koers_user_id() from unnest($1::uuid[], $4::varchar[]) as v(id, part)`,
        [grant.map(() => this.db.newId()), organisationId, partner.id, grant],
      );
    }
    return this.list(organisationId);
  }

  async withdrawAll(organisationId: string, partnerSlug: string): Promise<void> {
    await this.set(organisationId, partnerSlug, []);
  }

  /** Who read which part of the company's journey, newest first ("wie heeft mijn gegevens ingezien"). */
  async accessLog(organisationId: string): Promise<AccessLogView> {
    await this.journey.organisation(organisationId);
    const rows: { read_at: Date; reader_partner_id: string; reader_user_id: string | null; owner_partner_id: string; part: JourneyPart }[] = await this.db.em.query(
      `select read_at, reader_partner_id, reader_user_id, owner_partner_id, part from journey_access where organisation_id = $1 order by read_at desc, id`,
      [organisationId],
    );
    const names = await this.journey.partnerNames();
    const users = await this.userNames(rows.map((r) => r.reader_user_id));
    return {
      entries: rows.map((r) => ({
        readAt: r.read_at.toISOString(), readerPartnerName: names.get(r.reader_partner_id) ?? '', readerName: (r.reader_user_id && users.get(r.reader_user_id)) ?? null,
        part: r.part, partLabel: JOURNEY_PART_LABELS[r.part], ownerPartnerName: names.get(r.owner_partner_id) ?? '',
      })),
    };
  }

  /** A partner by its public slug, or 400 naming partnerSlug. */
  async partnerBySlug(slug: string): Promise<Partner> {
    const partner = await this.db.system((em) => em.findOne(Partner, { where: { slug } }));
    if (!partner) throw new BadInputError('partnerSlug', { nl: `Onbekende partner: ${slug}`, en: `Unknown partner: ${slug}` }, { code: 'consent.unknown_partner', params: { partnerSlug: slug } });
    return partner;
  }

  /**
   * Names of the users these rows name. Another partner's users are hidden by
   * row-level security on app_user; the ids come from rows the reader may see
   * (its own consents, its own access log), so their names are read directly.
   */
  private async userNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    if (!wanted.length) return new Map();
    const users = await this.db.system((em) => em.find(User, { where: { id: In(wanted) }, select: { id: true, name: true } }));
    return new Map(users.map((u) => [u.id, u.name]));
  }
}
