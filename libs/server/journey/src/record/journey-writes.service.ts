import { Injectable } from '@nestjs/common';
import { LEAD_SOURCE_LABELS, type FinancingStatus } from '@koers/domain';
import { BadInputError, ConflictError, Db, FinancingStep, nameEntity, Organisation } from '@koers/server-db';
import { today } from '@koers/server-programme';
import { financingView, type FinancingRow } from './journey-data';
import { JourneyService } from './journey.service';
import type { FinancingDto, FinancingView, LeadDto, LeadView, NewLeadDto, NewLeadView, StageDto, StageView, UpdateFinancingDto } from './record.dto';

nameEntity('FinancingStep', { nl: 'Financieringsstap', en: 'Financing step' });
nameEntity('JourneyPart', { nl: 'Onderdeel', en: 'Part' });

const FINANCING_COLUMNS = `id, partner_id, kind, status, provider, amount_eur, applied_on::text as applied_on, decided_on::text as decided_on, note`;

/** What staff record on a journey: the funnel stage, a first contact (lead), financing steps. */
@Injectable()
export class JourneyWritesService {
  constructor(
    private readonly db: Db,
    private readonly journey: JourneyService,
  ) {}

  async setStage(organisationId: string, dto: StageDto): Promise<StageView> {
    await this.journey.organisation(organisationId);
    await this.db.em.query(
      `insert into funnel_stage (organisation_id, stage, changed_by_partner_id, changed_by_user_id, changed_at) values ($1, $2, koers_tenant_id(), koers_user_id(), now())
       on conflict (organisation_id) do update set stage = excluded.stage, changed_by_partner_id = excluded.changed_by_partner_id, changed_by_user_id = excluded.changed_by_user_id, changed_at = excluded.changed_at`,
      [organisationId, dto.stage],
    );
    return this.journey.stage(organisationId);
  }

  /** A company that came in before any step: the organisation and this partner's lead, which is what makes it visible. */
  async createLead(dto: NewLeadDto): Promise<NewLeadView> {
    notInFuture(dto.contactedOn);
    const o = dto.organisation;
    if (o.kvkNumber) {
      // KvK numbers are unique across the platform; a foreign record is invisible here, so ask the database directly.
      const taken = await this.db.system((sys) => sys.exists(Organisation, { where: { kvkNumber: o.kvkNumber } }));
      if (taken) {
        throw new ConflictError(
          {
            nl: `KvK-nummer ${o.kvkNumber} is al geregistreerd; vraag het bedrijf om toestemming om het te zien`,
            en: `Chamber of Commerce number ${o.kvkNumber} is already registered; ask the company for consent to see it`,
          },
          { code: 'organisation.kvk_number_taken', field: 'organisation.kvkNumber', params: { kvkNumber: o.kvkNumber } },
        );
      }
    }
    const id = this.db.newId();
    // The lead first (deferred foreign key): it is what makes the new organisation visible under row-level security.
    const lead = await this.upsertLead(id, dto);
    await this.db.em.insert(Organisation, {
      id, name: o.name.trim(), kind: o.kind, kvkNumber: o.kvkNumber ?? null, municipality: o.municipality?.trim() ?? null, region: o.region?.trim() ?? null, sizeClass: o.sizeClass ?? null,
    });
    return { organisation: await this.journey.organisation(id), lead };
  }

  async putLead(organisationId: string, dto: LeadDto): Promise<LeadView> {
    notInFuture(dto.contactedOn);
    await this.journey.organisation(organisationId);
    return this.upsertLead(organisationId, dto);
  }

  async addFinancing(organisationId: string, dto: FinancingDto): Promise<FinancingView> {
    await this.journey.organisation(organisationId);
    const id = this.db.newId();
    await this.db.em.insert(FinancingStep, {
      id, partnerId: this.db.tenant.partnerId, organisationId, kind: dto.kind, status: 'applied', provider: dto.provider.trim(),
      amountEur: dto.amountEur === undefined ? null : String(dto.amountEur), appliedOn: dto.appliedOn, decidedOn: null, note: dto.note ?? '', createdBy: this.db.tenant.userId,
    });
    return this.financing(id);
  }

  async updateFinancing(id: string, dto: UpdateFinancingDto): Promise<FinancingView> {
    const step = await this.db.findOwned(FinancingStep, id);
    const status: FinancingStatus = dto.status ?? step.status;
    // The database's check mirrors these rules; checked here first so the client gets a 400 naming the field.
    if (status === 'applied' && dto.decidedOn !== undefined) {
      throw new BadInputError('decidedOn', { nl: 'Een aanvraag zonder besluit heeft geen besluitdatum', en: 'An application without a decision has no decision date' }, { code: 'financing.decided_on' });
    }
    const decidedOn = status === 'applied' ? null : (dto.decidedOn ?? step.decidedOn);
    if (status !== 'applied' && !decidedOn) {
      throw new BadInputError('decidedOn', { nl: 'Toegekend of afgewezen: geef de datum van het besluit', en: 'Granted or refused: give the date of the decision' }, { code: 'financing.decided_on' });
    }
    if (decidedOn && decidedOn < step.appliedOn) {
      throw new BadInputError('decidedOn', { nl: `Het besluit ligt niet voor de aanvraag (${step.appliedOn})`, en: `The decision is not before the application (${step.appliedOn})` }, {
        code: 'financing.decided_on', params: { appliedOn: step.appliedOn },
      });
    }
    const changes: Partial<FinancingStep> = { status, decidedOn, updatedAt: new Date() };
    if (dto.amountEur !== undefined) changes.amountEur = String(dto.amountEur);
    if (dto.provider !== undefined) changes.provider = dto.provider.trim();
    if (dto.note !== undefined) changes.note = dto.note;
    await this.db.em.update(FinancingStep, { id }, changes);
    return this.financing(id);
  }

  private async financing(id: string): Promise<FinancingView> {
    const [row]: FinancingRow[] = await this.db.em.query(`select ${FINANCING_COLUMNS} from financing_step where id = $1`, [id]);
    return financingView(row, (await this.journey.partnerNames()).get(row.partner_id) ?? '');
  }

  private async upsertLead(organisationId: string, dto: LeadDto): Promise<LeadView> {
    const [row]: { id: string; partner_id: string; source: LeadView['source']; contacted_on: string; note: string }[] = await this.db.em.query(
      `insert into journey_lead (id, partner_id, organisation_id, source, contacted_on, note, created_by) values ($1, koers_tenant_id(), $2, $3, $4, $5, koers_user_id())
       on conflict (partner_id, organisation_id) do update set source = excluded.source, contacted_on = excluded.contacted_on, note = excluded.note
       returning id, partner_id, source, contacted_on::text as contacted_on, note`,
      [this.db.newId(), organisationId, dto.source, dto.contactedOn, dto.note ?? ''],
    );
    const partnerName = (await this.journey.partnerNames()).get(row.partner_id) ?? '';
    return { id: row.id, partnerId: row.partner_id, partnerName, source: row.source, sourceLabel: LEAD_SOURCE_LABELS[row.source], contactedOn: row.contacted_on, note: row.note };
  }
}

function notInFuture(contactedOn: string): void {
  const now = today();
  if (contactedOn > now) {
    throw new BadInputError('contactedOn', { nl: `Het eerste contact ligt niet in de toekomst (vandaag is ${now})`, en: `The first contact is not in the future (today is ${now})` }, {
      code: 'journey.contacted_in_future', params: { today: now },
    });
  }
}
