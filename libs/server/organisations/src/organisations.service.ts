import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError, Consent, Db, nameEntity, Organisation, Participation, Partner } from '@koers/server-db';
import type { Page } from '@koers/server-auth';
import { IsNull } from 'typeorm';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto';

nameEntity('Organisation', { nl: 'Organisatie', en: 'Organisation' });
nameEntity('Consent', { nl: 'Toestemming', en: 'Consent' });
nameEntity('Partner', { nl: 'Partner', en: 'Partner' });

/** Participant organisations as the current partner may see them (row-level security decides visibility). */
@Injectable()
export class OrganisationsService {
  constructor(private readonly db: Db) {}

  async list(search: string | undefined, page: number, pageSize: number): Promise<Page<Organisation>> {
    const qb = this.db.em.createQueryBuilder(Organisation, 'o').orderBy('o.name', 'ASC').skip((page - 1) * pageSize).take(pageSize);
    if (search) qb.where('o.name ilike :s or o.kvk_number = :exact or o.municipality ilike :s', { s: `%${search.replace(/[%_\\]/g, '\\$&')}%`, exact: search });
    const [items, total] = await qb.getManyAndCount();
    return { items, total, page, pageSize };
  }

  get(id: string): Promise<Organisation> {
    return this.db.findOwned(Organisation, id);
  }

  async create(dto: CreateOrganisationDto): Promise<Organisation> {
    const em = this.db.em;
    if (dto.kvkNumber) {
      // KvK numbers are unique across the platform; a foreign record is invisible here, so ask the database directly.
      const taken = await this.db.system((sys) => sys.exists(Organisation, { where: { kvkNumber: dto.kvkNumber } }));
      if (taken) {
        throw new ConflictError(
          { nl: `KvK-nummer ${dto.kvkNumber} is al geregistreerd`, en: `Chamber of Commerce number ${dto.kvkNumber} is already registered` },
          { code: 'organisation.kvk_number_taken', field: 'kvkNumber', params: { kvkNumber: dto.kvkNumber } },
        );
      }
    }
    const id = this.db.newId();
    // The participation first (deferred FK): it is what makes the new row visible under RLS.
    await em.insert(Participation, { id: this.db.newId(), partnerId: this.db.tenant.partnerId, organisationId: id, step: dto.step });
    const { step: _step, ...fields } = dto;
    await em.insert(Organisation, { id, ...fields, kvkNumber: fields.kvkNumber ?? null });
    return this.get(id);
  }

  async update(id: string, dto: UpdateOrganisationDto): Promise<Organisation> {
    const org = await this.get(id);
    Object.assign(org, dto);
    return this.db.em.save(Organisation, org);
  }

  async grantConsent(organisationId: string, partnerSlug: string): Promise<Consent> {
    await this.get(organisationId);
    // Partners are listed publicly by slug; a consent names one.
    const partner = await this.db.system((em) => em.findOne(Partner, { where: { slug: partnerSlug } }));
    if (!partner) throw new BadInputError('partnerSlug', { nl: `Onbekende partner: ${partnerSlug}`, en: `Unknown partner: ${partnerSlug}` }, { code: 'consent.unknown_partner', params: { partnerSlug } });
    // The whole-record consent of before parts existed: the part `organisation` (the journey's consents grant the others).
    const existing = await this.db.em.findOne(Consent, { where: { organisationId, partnerId: partner.id, part: 'organisation', revokedAt: IsNull() } });
    if (existing) return existing;
    const consent = this.db.em.create(Consent, { id: this.db.newId(), organisationId, partnerId: partner.id, part: 'organisation', grantedByUserId: this.db.tenant.userId });
    await this.db.em.insert(Consent, consent);
    return consent;
  }

  async listConsents(organisationId: string): Promise<Consent[]> {
    await this.get(organisationId);
    return this.db.em.find(Consent, { where: { organisationId }, order: { grantedAt: 'DESC' } });
  }

  async revokeConsent(organisationId: string, consentId: string): Promise<void> {
    await this.get(organisationId);
    const consent = await this.db.findOwned(Consent, consentId, { organisationId });
    if (consent.revokedAt) return;
    consent.revokedAt = new Date();
    consent.revokedByUserId = this.db.tenant.userId;
    await this.db.em.save(Consent, consent);
  }

  currentPartner(): Promise<Partner> {
    return this.db.findOwned(Partner, this.db.tenant.partnerId);
  }
}
