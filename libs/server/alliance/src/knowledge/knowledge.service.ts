import { Injectable } from '@nestjs/common';
import { KNOWLEDGE_KIND_LABELS, SHOWCASE_CONSENT_PART } from '@koers/domain';
import { BadInputError, CsrPlatform, Db, KnowledgeItem, nameEntity, NotFoundError, Organisation, Showcase, StoredFile, User, type ShowcaseFigure } from '@koers/server-db';
import { allowedTypes, checkContent, Files, readUpload } from '@koers/server-files';
import { today } from '@koers/server-programme';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { In } from 'typeorm';
import { AllianceAccess } from '../access';
import type {
  KnowledgeItemDto, KnowledgeItemView, KnowledgeListView, KnowledgeQueryDto, PublicShowcaseListView, ShowcaseDto, ShowcaseListView, ShowcaseView, UpdateShowcaseDto,
} from './knowledge.dto';

nameEntity('KnowledgeSpace', { nl: 'Kennisruimte van platform', en: 'Knowledge space of platform' });
nameEntity('KnowledgeItem', { nl: 'Kennisitem', en: 'Knowledge item' });
nameEntity('Showcase', { nl: 'Voorbeeldproject', en: 'Showcase' });

export const KNOWLEDGE_PURPOSE = 'alliance_knowledge';
const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const DOCUMENT_TYPES = allowedTypes(['pdf', 'png', 'jpg', 'jpeg', 'docx', 'pptx', 'xlsx']);

/**
 * A CSR platform's knowledge space and showcase. Only the platform's members
 * (the keeping partner, partners that are members, the secretariat) see them:
 * row-level security (koers_platform_member) decides, and a platform whose
 * space the reader may not see answers 404 like a row it cannot see.
 * The public showcase page shows a showcase only while the company's consent
 * of part `showcase` to the keeping partner is active.
 */
@Injectable()
export class KnowledgeService {
  constructor(
    private readonly db: Db,
    private readonly access: AllianceAccess,
  ) {}

  /** The platform, when the reader is one of its members; else 404. */
  private async memberPlatform(platformId: string): Promise<CsrPlatform> {
    const p = await this.db.findOwned(CsrPlatform, platformId);
    const [{ member }]: { member: boolean }[] = await this.db.em.query('select koers_platform_member($1) as member', [p.id]);
    if (!member) throw new NotFoundError('KnowledgeSpace', platformId);
    return p;
  }

  async list(platformId: string, query: KnowledgeQueryDto): Promise<KnowledgeListView> {
    await this.memberPlatform(platformId);
    const all = await this.db.em.find(KnowledgeItem, { where: { platformId }, order: { publishedOn: 'DESC', createdAt: 'DESC' } });
    const words = (query.q ?? '').toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
    const items = all.filter(
      (i) =>
        (!query.kind || i.kind === query.kind) &&
        (!query.tag || i.tags.includes(query.tag)) &&
        words.every((w) => [i.title, i.summary, i.authorName, ...i.tags].some((t) => t.toLocaleLowerCase('nl').includes(w))),
    );
    const counts = new Map<string, number>();
    for (const i of all) for (const t of i.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return {
      items: await this.views(items),
      total: all.length,
      tags: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')).map(([tag, count]) => ({ tag, count })),
    };
  }

  async add(platformId: string, dto: KnowledgeItemDto): Promise<KnowledgeItemView> {
    await this.memberPlatform(platformId);
    if (dto.kind === 'link' && !dto.url) {
      throw new BadInputError('url', { nl: 'Een link heeft een adres (https://...)', en: 'A link needs an address (https://...)' }, { code: 'validation.required' });
    }
    const author = await this.db.em.findOne(User, { where: { id: this.db.tenant.userId }, select: { id: true, name: true } });
    const id = this.db.newId();
    await this.db.em.insert(KnowledgeItem, {
      id, partnerId: this.db.tenant.partnerId, platformId, kind: dto.kind, title: dto.title.trim(), summary: dto.summary?.trim() ?? '', url: dto.url ?? null, fileId: null,
      tags: [...new Set(dto.tags ?? [])], authorUserId: this.db.tenant.userId, authorName: author?.name ?? '', publishedOn: today(),
    });
    return (await this.views([await this.db.em.findOneByOrFail(KnowledgeItem, { id })]))[0];
  }

  async remove(id: string): Promise<void> {
    const item = await this.db.findOwned(KnowledgeItem, id);
    await this.access.assertKeeper(item.partnerId);
    await this.db.em.delete(KnowledgeItem, { id });
    if (item.fileId) await this.db.em.delete(StoredFile, { id: item.fileId, purpose: KNOWLEDGE_PURPOSE, ownerId: id });
  }

  /** Uploads the item's document (pdf, image, Office; max 10 MB), in place of an earlier one. */
  async attach(id: string, req: FastifyRequest): Promise<KnowledgeItemView> {
    const item = await this.db.findOwned(KnowledgeItem, id);
    await this.access.assertKeeper(item.partnerId);
    const upload = await readUpload(req, { maxBytes: DOCUMENT_MAX_BYTES, allowed: DOCUMENT_TYPES });
    checkContent(upload);
    const fileId = await Files.store(
      this.db.em,
      { partnerId: this.db.tenant.partnerId, organisationId: null, purpose: KNOWLEDGE_PURPOSE, ownerId: id, filename: upload.filename.slice(0, 200), contentType: upload.contentType, content: upload.content, createdBy: this.db.tenant.userId },
      this.db.newId(),
    );
    await this.db.em.update(KnowledgeItem, { id }, { fileId });
    if (item.fileId) await this.db.em.delete(StoredFile, { id: item.fileId, purpose: KNOWLEDGE_PURPOSE, ownerId: id });
    return (await this.views([await this.db.em.findOneByOrFail(KnowledgeItem, { id })]))[0];
  }

  /** The document, once the item is found through the knowledge space's row-level security (the file is its author partner's). */
  async document(id: string, reply: FastifyReply) {
    const item = await this.db.findOwned(KnowledgeItem, id);
    const fileId = item.fileId;
    if (!fileId) throw new NotFoundError('StoredFile', id);
    const file = await this.db.system((em) => em.createQueryBuilder(StoredFile, 'f').addSelect('f.content').where('f.id = :id and f.owner_id = :owner', { id: fileId, owner: id }).getOne());
    if (!file) throw new NotFoundError('StoredFile', fileId);
    return Files.send(reply, file);
  }

  private async views(items: KnowledgeItem[]): Promise<KnowledgeItemView[]> {
    const partners = await this.access.partners();
    const secretariat = await this.access.isSecretariat();
    const fileIds = items.flatMap((i) => (i.fileId ? [i.fileId] : []));
    const files = fileIds.length ? await this.db.system((em) => em.find(StoredFile, { where: { id: In(fileIds) }, select: { id: true, filename: true, contentType: true, sizeBytes: true } })) : [];
    return items.map((i) => {
      const f = files.find((x) => x.id === i.fileId);
      return {
        id: i.id, kind: i.kind, kindLabel: KNOWLEDGE_KIND_LABELS[i.kind], title: i.title, summary: i.summary, url: i.url,
        file: f ? { filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes } : null, tags: i.tags, authorName: i.authorName,
        partnerName: partners.find((p) => p.id === i.partnerId)?.name ?? '', publishedOn: i.publishedOn, canRemove: secretariat || i.partnerId === this.db.tenant.partnerId,
      };
    });
  }

  // --- showcases ----------------------------------------------------------------------------------

  async showcases(platformId: string): Promise<ShowcaseListView> {
    await this.memberPlatform(platformId);
    const rows = await this.db.em.find(Showcase, { where: { platformId }, order: { createdAt: 'DESC' } });
    return { items: await this.showcaseViews(rows) };
  }

  async addShowcase(platformId: string, dto: ShowcaseDto): Promise<ShowcaseView> {
    await this.memberPlatform(platformId);
    // The company must be one the partner sees (a participant, a lead, or by consent): row-level security on organisation.
    if (!(await this.db.em.exists(Organisation, { where: { id: dto.organisationId } }))) {
      throw new BadInputError('organisationId', { nl: 'Kies een bedrijf waarmee uw organisatie werkt', en: 'Choose a company your organisation works with' }, { code: 'alliance.organisation_unknown' });
    }
    const id = this.db.newId();
    await this.db.em.insert(Showcase, {
      id, partnerId: this.db.tenant.partnerId, platformId, organisationId: dto.organisationId, title: dto.title.trim(), measure: dto.measure.trim(), effect: dto.effect?.trim() ?? '',
      figures: figures(dto.figures), contactName: dto.contactName.trim(), contactEmail: dto.contactEmail?.toLowerCase() ?? null, contactPhone: dto.contactPhone?.trim() ?? null, createdBy: this.db.tenant.userId,
    });
    return this.showcase(id);
  }

  async updateShowcase(id: string, dto: UpdateShowcaseDto): Promise<ShowcaseView> {
    const s = await this.db.findOwned(Showcase, id);
    await this.access.assertKeeper(s.partnerId);
    const changes: Partial<Showcase> = { updatedAt: new Date() };
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.measure !== undefined) changes.measure = dto.measure.trim();
    if (dto.effect !== undefined) changes.effect = dto.effect.trim();
    if (dto.figures !== undefined) changes.figures = figures(dto.figures);
    if (dto.contactName !== undefined) changes.contactName = dto.contactName.trim();
    await this.db.em.update(Showcase, { id }, changes);
    return this.showcase(id);
  }

  async removeShowcase(id: string): Promise<void> {
    const s = await this.db.findOwned(Showcase, id);
    await this.access.assertKeeper(s.partnerId);
    await this.db.em.delete(Showcase, { id });
  }

  private async showcase(id: string): Promise<ShowcaseView> {
    return (await this.showcaseViews([await this.db.em.findOneByOrFail(Showcase, { id })]))[0];
  }

  private async showcaseViews(rows: Showcase[]): Promise<ShowcaseView[]> {
    if (!rows.length) return [];
    const partners = await this.access.partners();
    const secretariat = await this.access.isSecretariat();
    // Names and consent read past row-level security: the rows were found through the platform's, and another member partner's
    // company is named on the showcase it keeps.
    const meta: { id: string; organisation_name: string; public: boolean }[] = await this.db.system((em) =>
      em.query(
        `select s.id, o.name as organisation_name, exists (select 1 from consent c where c.organisation_id = s.organisation_id and c.partner_id = s.partner_id
           and c.part = $2 and c.revoked_at is null) as public
         from showcase s join organisation o on o.id = s.organisation_id where s.id = any($1::uuid[])`,
        [rows.map((r) => r.id), SHOWCASE_CONSENT_PART],
      ),
    );
    return rows.map((s) => {
      const m = meta.find((x) => x.id === s.id);
      return {
        id: s.id, platformId: s.platformId, organisationId: s.organisationId, organisationName: m?.organisation_name ?? '', title: s.title, measure: s.measure, effect: s.effect, figures: s.figures,
        contact: { name: s.contactName, email: s.contactEmail, phone: s.contactPhone }, partnerName: partners.find((p) => p.id === s.partnerId)?.name ?? '', public: !!m?.public,
        canEdit: secretariat || s.partnerId === this.db.tenant.partnerId,
      };
    });
  }

  /** The public showcase page: every showcase whose company's consent to the keeping partner is active, newest first. */
  async publicShowcases(): Promise<PublicShowcaseListView> {
    type Row = {
      id: string; organisation_name: string; municipality: string | null; platform_name: string; region: string; title: string; measure: string; effect: string; figures: ShowcaseFigure[];
      contact_name: string; contact_email: string | null; contact_phone: string | null; partner_name: string;
    };
    const rows: Row[] = await this.db.system((em) =>
      em.query(
        `select s.id, o.name as organisation_name, o.municipality, p.name as platform_name, p.region, s.title, s.measure, s.effect, s.figures,
                s.contact_name, s.contact_email, s.contact_phone, k.name as partner_name
         from showcase s
         join organisation o on o.id = s.organisation_id
         join csr_platform p on p.id = s.platform_id
         join partner k on k.id = s.partner_id
         where exists (select 1 from consent c where c.organisation_id = s.organisation_id and c.partner_id = s.partner_id and c.part = $1 and c.revoked_at is null)
         order by s.created_at desc, s.id
         limit 500`,
        [SHOWCASE_CONSENT_PART],
      ),
    );
    return {
      items: rows.map((r) => ({
        id: r.id, organisationName: r.organisation_name, municipality: r.municipality, platformName: r.platform_name, region: r.region, title: r.title, measure: r.measure, effect: r.effect,
        figures: r.figures, contact: { name: r.contact_name, email: r.contact_email, phone: r.contact_phone }, partnerName: r.partner_name,
      })),
    };
  }
}

function figures(list: ShowcaseDto['figures']): ShowcaseFigure[] {
  return (list ?? []).map((f) => ({ label: f.label.trim(), value: f.value, unit: f.unit?.trim() ?? '', source: f.source.trim() }));
}
