import { Injectable } from '@nestjs/common';
import { PLATFORM_MEMBER_KIND_LABELS } from '@koers/domain';
import { BadInputError, ConflictError, CsrPlatform, CsrPlatformEvent, CsrPlatformMember, Db, nameEntity, ProgrammeGroup, ProgrammeSession } from '@koers/server-db';
import { today } from '@koers/server-programme';
import { In, QueryFailedError } from 'typeorm';
import { AllianceAccess, type PartnerRef } from '../access';
import type { CreatePlatformDto, PlatformEventDto, PlatformEventView, PlatformListView, PlatformMemberDto, PlatformMemberView, PlatformView, UpdatePlatformDto } from './platforms.dto';

nameEntity('CsrPlatform', { nl: 'MVO-platform', en: 'CSR platform' });
nameEntity('CsrPlatformMember', { nl: 'Lid', en: 'Member' });
nameEntity('CsrPlatformEvent', { nl: 'Activiteit', en: 'Event' });

/** Regional CSR platforms: their member organisations and their agenda (a cohort's Koplopersymposium can be one of its events). */
@Injectable()
export class PlatformsService {
  constructor(
    private readonly db: Db,
    private readonly access: AllianceAccess,
  ) {}

  async list(): Promise<PlatformListView> {
    const em = this.db.em;
    const partners = await this.access.partners();
    const platforms = await em.find(CsrPlatform, { order: { name: 'ASC' } });
    const counts: { platform_id: string; n: number }[] = await em.query(`select platform_id, count(*)::int as n from csr_platform_member group by platform_id`);
    const next = await em
      .createQueryBuilder(CsrPlatformEvent, 'e')
      .distinctOn(['e.platform_id'])
      .where('e.event_on >= :today', { today: today() })
      .orderBy('e.platform_id')
      .addOrderBy('e.event_on', 'ASC')
      .addOrderBy('e.created_at', 'ASC')
      .getMany();
    const groups = await this.symposiumGroups(next);
    return {
      items: platforms.map((p) => {
        const n = next.find((e) => e.platformId === p.id);
        return { id: p.id, name: p.name, region: p.region, municipality: p.municipality, keeper: ref(partners, p.partnerId), members: counts.find((c) => c.platform_id === p.id)?.n ?? 0, nextEvent: n ? eventView(n, groups) : null };
      }),
    };
  }

  async create(dto: CreatePlatformDto): Promise<PlatformView> {
    const id = this.db.newId();
    await this.unique('name', () =>
      this.db.em.insert(CsrPlatform, {
        id, partnerId: this.db.tenant.partnerId, name: dto.name.trim(), region: dto.region.trim(), municipality: dto.municipality?.trim() ?? null, description: dto.description?.trim() ?? '', createdBy: this.db.tenant.userId,
      }),
    );
    return this.get(id);
  }

  async get(id: string): Promise<PlatformView> {
    const p = await this.db.findOwned(CsrPlatform, id);
    const em = this.db.em;
    const partners = await this.access.partners();
    const members = await em.find(CsrPlatformMember, { where: { platformId: id }, order: { name: 'ASC' } });
    const agenda = await em.find(CsrPlatformEvent, { where: { platformId: id }, order: { eventOn: 'ASC', createdAt: 'ASC' } });
    const groups = await this.symposiumGroups(agenda);
    return {
      id: p.id, name: p.name, region: p.region, municipality: p.municipality, description: p.description, keeper: ref(partners, p.partnerId),
      members: members.map((m) => memberView(m, partners)), agenda: agenda.map((e) => eventView(e, groups)), canEdit: await this.access.canWrite(p.partnerId),
    };
  }

  async update(id: string, dto: UpdatePlatformDto): Promise<PlatformView> {
    const p = await this.db.findOwned(CsrPlatform, id);
    await this.access.assertKeeper(p.partnerId);
    const changes: Partial<CsrPlatform> = { updatedAt: new Date() };
    if (dto.name !== undefined) changes.name = dto.name.trim();
    if (dto.region !== undefined) changes.region = dto.region.trim();
    if (dto.municipality !== undefined) changes.municipality = dto.municipality?.trim() ?? null;
    if (dto.description !== undefined) changes.description = dto.description.trim();
    await this.unique('name', () => this.db.em.update(CsrPlatform, { id }, changes));
    return this.get(id);
  }

  async addMember(platformId: string, dto: PlatformMemberDto): Promise<PlatformMemberView> {
    const p = await this.db.findOwned(CsrPlatform, platformId);
    await this.access.assertKeeper(p.partnerId);
    const partners = await this.access.partners();
    let memberPartnerId: string | null = null;
    let name = dto.name?.trim();
    if (dto.kind === 'partner') {
      const partner = partners.find((x) => x.slug === dto.partnerSlug);
      if (!partner) throw new BadInputError('partnerSlug', { nl: 'Kies de alliantiepartner die lid is', en: 'Choose the alliance partner that is a member' }, { code: 'alliance.partner_unknown' });
      memberPartnerId = partner.id;
      name ??= partner.name;
    } else if (dto.partnerSlug !== undefined) {
      throw new BadInputError('partnerSlug', { nl: 'Een alliantiepartner is lid als soort partner', en: 'An alliance partner is a member of kind partner' }, { code: 'alliance.partner_not_here' });
    }
    if (!name) throw new BadInputError('name', { nl: 'De naam van de organisatie', en: "The organisation's name" }, { code: 'validation.required' });
    const id = this.db.newId();
    await this.unique('name', () =>
      this.db.em.insert(CsrPlatformMember, { id, partnerId: p.partnerId, platformId, name, kind: dto.kind, memberPartnerId, joinedOn: dto.joinedOn ?? null }),
    );
    return memberView(await this.db.em.findOneByOrFail(CsrPlatformMember, { id }), partners);
  }

  async removeMember(platformId: string, memberId: string): Promise<void> {
    const p = await this.db.findOwned(CsrPlatform, platformId);
    const m = await this.db.findOwned(CsrPlatformMember, memberId, { platformId });
    await this.access.assertKeeper(p.partnerId);
    await this.db.em.delete(CsrPlatformMember, { id: m.id });
  }

  /** An event on the agenda; with symposiumSessionId, the cohort's Koplopersymposium (its date, title and location unless given). */
  async addEvent(platformId: string, dto: PlatformEventDto): Promise<PlatformEventView> {
    const p = await this.db.findOwned(CsrPlatform, platformId);
    await this.access.assertKeeper(p.partnerId);
    let fields = { eventOn: dto.eventOn, title: dto.title?.trim(), location: dto.location?.trim(), sessionId: null as string | null };
    if (dto.symposiumSessionId) {
      const session = await this.db.em.findOne(ProgrammeSession, { where: { id: dto.symposiumSessionId, kind: 'symposium' } });
      const group = session ? await this.db.em.findOne(ProgrammeGroup, { where: { id: session.groupId, step: 'koploper' } }) : null;
      if (!session || !group) {
        throw new BadInputError('symposiumSessionId', { nl: 'Geen Koplopersymposium van een Koplopergroep van uw organisatie', en: "Not a symposium of one of your organisation's Koploper groups" }, { code: 'alliance.symposium_unknown' });
      }
      if (await this.db.em.exists(CsrPlatformEvent, { where: { platformId, sessionId: session.id } })) {
        throw new ConflictError({ nl: 'Dit symposium staat al op de agenda van dit platform', en: "This symposium is already on this platform's agenda" }, { code: 'alliance.symposium_on_agenda', field: 'symposiumSessionId' });
      }
      fields = { eventOn: fields.eventOn ?? dutchDay(session.startsAt), title: fields.title ?? session.title, location: fields.location ?? session.location, sessionId: session.id };
    }
    const missing = [
      ...(fields.eventOn ? [] : [{ field: 'eventOn', text: { nl: 'De datum van de activiteit', en: 'The date of the event' }, code: 'validation.required' }]),
      ...(fields.title ? [] : [{ field: 'title', text: { nl: 'De titel van de activiteit', en: 'The title of the event' }, code: 'validation.required' }]),
    ];
    const { eventOn, title } = fields;
    if (!eventOn || !title) throw BadInputError.many(missing);
    const id = this.db.newId();
    await this.db.em.insert(CsrPlatformEvent, {
      id, partnerId: p.partnerId, platformId, eventOn, title, location: fields.location ?? '', description: dto.description?.trim() ?? '', sessionId: fields.sessionId, createdBy: this.db.tenant.userId,
    });
    const event = await this.db.em.findOneByOrFail(CsrPlatformEvent, { id });
    return eventView(event, await this.symposiumGroups([event]));
  }

  async removeEvent(platformId: string, eventId: string): Promise<void> {
    const p = await this.db.findOwned(CsrPlatform, platformId);
    const e = await this.db.findOwned(CsrPlatformEvent, eventId, { platformId });
    await this.access.assertKeeper(p.partnerId);
    await this.db.em.delete(CsrPlatformEvent, { id: e.id });
  }

  /** The cohort of each linked symposium, read past row-level security (another partner's session): only the ids. */
  private async symposiumGroups(events: CsrPlatformEvent[]): Promise<Map<string, string>> {
    const ids = events.flatMap((e) => (e.sessionId ? [e.sessionId] : []));
    if (!ids.length) return new Map();
    const sessions = await this.db.system((em) => em.find(ProgrammeSession, { where: { id: In(ids) }, select: { id: true, groupId: true } }));
    return new Map(sessions.map((s) => [s.id, s.groupId]));
  }

  /** A unique name taken answers 409 naming the field, not 500; a savepoint keeps the request's transaction usable. */
  private async unique(field: string, write: () => Promise<unknown>): Promise<void> {
    await this.db.em.query('savepoint alliance_unique');
    try {
      await write();
      await this.db.em.query('release savepoint alliance_unique');
    } catch (e) {
      await this.db.em.query('rollback to savepoint alliance_unique');
      if (e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505') {
        throw new ConflictError({ nl: 'Deze naam is al in gebruik', en: 'This name is already taken' }, { code: 'alliance.name_taken', field });
      }
      throw e;
    }
  }
}

function ref(partners: PartnerRef[], id: string): PartnerRef {
  return partners.find((p) => p.id === id) ?? { id, slug: '', name: '' };
}

function memberView(m: CsrPlatformMember, partners: PartnerRef[]): PlatformMemberView {
  return { id: m.id, name: m.name, kind: m.kind, kindLabel: PLATFORM_MEMBER_KIND_LABELS[m.kind], partner: m.memberPartnerId ? ref(partners, m.memberPartnerId) : null, joinedOn: m.joinedOn };
}

function eventView(e: CsrPlatformEvent, groups: Map<string, string>): PlatformEventView {
  const groupId = e.sessionId ? groups.get(e.sessionId) : undefined;
  return { id: e.id, eventOn: e.eventOn, title: e.title, location: e.location, description: e.description, symposium: e.sessionId && groupId ? { sessionId: e.sessionId, groupId } : null };
}

/** The Dutch calendar day of a moment. */
function dutchDay(at: Date): string {
  return today(at);
}

