import { Injectable } from '@nestjs/common';
import { PILOT_STATUS_LABELS, PROGRAMME_LINE_LABELS } from '@koers/domain';
import { BadInputError, Db, nameEntity, PilotImpactFigure, PilotProject, ProgrammeLineRow } from '@koers/server-db';
import { AllianceAccess, type PartnerRef } from '../access';
import type { CreatePilotDto, PilotListView, PilotSummaryView, PilotView, ProgrammeLineListView, UpdatePilotDto } from './lines.dto';

nameEntity('PilotProject', { nl: 'Pilotproject', en: 'Pilot project' });

/** The five programme lines and their pilot projects with the evaluation on impact. */
@Injectable()
export class PilotsService {
  constructor(
    private readonly db: Db,
    private readonly access: AllianceAccess,
  ) {}

  async lines(): Promise<ProgrammeLineListView> {
    const em = this.db.em;
    const lines = await em.find(ProgrammeLineRow, { order: { position: 'ASC' } });
    const pilots: { programme_line: string; n: number }[] = await em.query(`select programme_line, count(*)::int as n from pilot_project group by programme_line`);
    // programme_group's row-level security: the partner's own groups.
    const groups: { programme_line: string; n: number }[] = await em.query(`select programme_line, count(*)::int as n from programme_group where partner_id = $1 group by programme_line`, [this.db.tenant.partnerId]);
    const [education]: { schools: number; students: number; scans: number; ambassadors: number }[] = await em.query(`select * from koers_education_figures()`);
    return {
      items: lines.map((l) => ({
        code: l.code, name: { nl: l.nameNl, en: l.nameEn }, position: l.position,
        pilots: pilots.find((p) => p.programme_line === l.code)?.n ?? 0, ownGroups: groups.find((g) => g.programme_line === l.code)?.n ?? 0,
        education: l.code === 'education_development' ? education : null,
      })),
    };
  }

  async list(line?: string): Promise<PilotListView> {
    const rows = await this.db.em.find(PilotProject, { where: line ? { programmeLine: line as PilotProject['programmeLine'] } : {}, order: { programmeLine: 'ASC', title: 'ASC' } });
    return { items: rows.map(summary) };
  }

  async create(dto: CreatePilotDto): Promise<PilotView> {
    const partners = await this.access.partners();
    const leadPartnerId = dto.leadPartnerSlug === undefined ? null : leadPartner(partners, dto.leadPartnerSlug);
    checkDates(dto.startsOn ?? null, dto.endsOn ?? null);
    const id = this.db.newId();
    await this.db.em.insert(PilotProject, {
      id, partnerId: this.db.tenant.partnerId, programmeLine: dto.programmeLine, title: dto.title.trim(), description: dto.description?.trim() ?? '', leadOrganisation: dto.leadOrganisation.trim(), leadPartnerId,
      status: dto.status ?? 'preparing', startsOn: dto.startsOn ?? null, endsOn: dto.endsOn ?? null, impactSummary: '', evaluatedOn: null, createdBy: this.db.tenant.userId,
    });
    return this.get(id);
  }

  async get(id: string): Promise<PilotView> {
    const p = await this.db.findOwned(PilotProject, id);
    const partners = await this.access.partners();
    const figures = await this.db.em.find(PilotImpactFigure, { where: { pilotId: id }, order: { position: 'ASC' } });
    const ref = (pid: string | null) => (pid ? (partners.find((x) => x.id === pid) ?? null) : null);
    return {
      ...summary(p), programmeLineLabel: PROGRAMME_LINE_LABELS[p.programmeLine], description: p.description, leadPartner: ref(p.leadPartnerId), keeper: ref(p.partnerId) ?? { id: p.partnerId, slug: '', name: '' },
      impactSummary: p.impactSummary, impactFigures: figures.map((f) => ({ label: f.label, value: Number(f.value), unit: f.unit, source: f.source, measuredOn: f.measuredOn })),
      canEdit: await this.access.canWrite(p.partnerId),
    };
  }

  async update(id: string, dto: UpdatePilotDto): Promise<PilotView> {
    const p = await this.db.findOwned(PilotProject, id);
    await this.access.assertKeeper(p.partnerId);
    const changes: Partial<PilotProject> = { updatedAt: new Date() };
    if (dto.programmeLine !== undefined) changes.programmeLine = dto.programmeLine;
    if (dto.title !== undefined) changes.title = dto.title.trim();
    if (dto.description !== undefined) changes.description = dto.description.trim();
    if (dto.leadOrganisation !== undefined) changes.leadOrganisation = dto.leadOrganisation.trim();
    if (dto.leadPartnerSlug !== undefined) changes.leadPartnerId = dto.leadPartnerSlug === null ? null : leadPartner(await this.access.partners(), dto.leadPartnerSlug);
    if (dto.status !== undefined) changes.status = dto.status;
    if (dto.startsOn !== undefined) changes.startsOn = dto.startsOn;
    if (dto.endsOn !== undefined) changes.endsOn = dto.endsOn;
    if (dto.impactSummary !== undefined) changes.impactSummary = dto.impactSummary.trim();
    if (dto.evaluatedOn !== undefined) changes.evaluatedOn = dto.evaluatedOn;
    checkDates(changes.startsOn === undefined ? p.startsOn : changes.startsOn, changes.endsOn === undefined ? p.endsOn : changes.endsOn);
    await this.db.em.update(PilotProject, { id }, changes);
    if (dto.impactFigures) {
      await this.db.em.delete(PilotImpactFigure, { pilotId: id });
      if (dto.impactFigures.length) {
        await this.db.em.insert(
          PilotImpactFigure,
          dto.impactFigures.map((f, i) => ({ id: this.db.newId(), partnerId: p.partnerId, pilotId: id, position: i + 1, label: f.label.trim(), value: String(f.value), unit: f.unit?.trim() ?? '', source: f.source.trim(), measuredOn: f.measuredOn ?? null })),
        );
      }
    }
    return this.get(id);
  }
}

function summary(p: PilotProject): PilotSummaryView {
  return {
    id: p.id, programmeLine: p.programmeLine, title: p.title, leadOrganisation: p.leadOrganisation, status: p.status, statusLabel: PILOT_STATUS_LABELS[p.status], startsOn: p.startsOn, endsOn: p.endsOn, evaluatedOn: p.evaluatedOn,
  };
}

function leadPartner(partners: PartnerRef[], slug: string): string {
  const found = partners.find((x) => x.slug === slug);
  if (!found) throw new BadInputError('leadPartnerSlug', { nl: 'Geen alliantiepartner met deze naam', en: 'No alliance partner by this name' }, { code: 'alliance.partner_unknown' });
  return found.id;
}

function checkDates(startsOn: string | null, endsOn: string | null): void {
  if (startsOn && endsOn && endsOn < startsOn) throw new BadInputError('endsOn', { nl: 'Het einde ligt voor de start', en: 'The end is before the start' }, { code: 'alliance.ends_before_start' });
}
