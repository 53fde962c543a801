import { Injectable } from '@nestjs/common';
import {
  CONTRACT_POINT_LABELS, CONTRACT_POINTS, currentFulfilment, FULFILMENT_STATUS_LABELS, fulfilmentSummary, PARTNER_KIND_LABELS,
  type ContractPoint, type FulfilmentStatus,
} from '@koers/domain';
import {
  AlliancePartner, BadInputError, CommitmentFulfilment, ConflictError, ContractCommitment, CsrPlatform, Db, nameEntity, NotFoundError, PartnerContract, StoredFile,
} from '@koers/server-db';
import { allowedTypes, checkContent, Files, readUpload } from '@koers/server-files';
import { today } from '@koers/server-programme';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { In } from 'typeorm';
import { AllianceAccess, type PartnerRef } from '../access';
import { num } from '../inputs';
import type {
  AllianceOverviewView, AlliancePartnerView, CommitmentDto, CommitmentView, ContractDto, FulfilmentDto, FulfilmentView, PartnerContractView, UpdateAlliancePartnerDto, UpdateCommitmentDto,
} from './partners.dto';

nameEntity('AlliancePartner', { nl: 'Alliantiepartner', en: 'Alliance partner' });
nameEntity('PartnerContract', { nl: 'Partnercontract van', en: 'Partner contract of' });
nameEntity('ContractCommitment', { nl: 'Toezegging', en: 'Commitment' });
nameEntity('CommitmentFulfilment', { nl: 'Stand van een toezegging', en: 'Fulfilment entry' });

const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
const EVIDENCE_TYPES = allowedTypes(['pdf', 'png', 'jpg', 'jpeg', 'docx', 'pptx', 'xlsx']);
export const EVIDENCE_PURPOSE = 'alliance_evidence';

type CommitmentFields = Pick<ContractCommitment, 'point' | 'ambition' | 'platformId' | 'contributionForm' | 'amountEur'>;

/** The alliance's partners, their contracts, the commitments on the contract's five points and their fulfilment over time. */
@Injectable()
export class PartnersService {
  constructor(
    private readonly db: Db,
    private readonly access: AllianceAccess,
  ) {}

  /** Per partner: its kind, contract and which commitments are met (the newest entry of each). */
  async overview(): Promise<AllianceOverviewView> {
    const em = this.db.em;
    const partners = await this.access.partners();
    const members = await em.find(AlliancePartner);
    const contracts = await em.find(PartnerContract);
    const commitments = await em.find(ContractCommitment, { order: { createdAt: 'ASC', id: 'ASC' } });
    const entries = await em.find(CommitmentFulfilment, { select: { commitmentId: true, recordedOn: true, status: true, createdAt: true } });
    const statusOf = (id: string) => {
      const mine = entries.filter((e) => e.commitmentId === id);
      return { status: currentFulfilment(mine), statusOn: mine.reduce<string | null>((d, e) => (!d || e.recordedOn > d ? e.recordedOn : d), null) };
    };
    const all: FulfilmentStatus[] = [];
    const items: AlliancePartnerView[] = partners.map((p) => {
      const member = members.find((m) => m.partnerId === p.id);
      const contract = contracts.find((c) => c.partnerId === p.id) ?? null;
      const own = contract ? sortByPoint(commitments.filter((c) => c.contractId === contract.id)).map((c) => ({ id: c.id, point: c.point, description: c.description, ...statusOf(c.id) })) : [];
      all.push(...own.map((c) => c.status));
      const kind = member?.kind ?? 'other';
      return {
        id: p.id, slug: p.slug, name: p.name, kind, kindLabel: PARTNER_KIND_LABELS[kind], description: member?.description ?? '', secretariat: member?.secretariat ?? false,
        own: p.id === this.db.tenant.partnerId,
        contract: contract ? { id: contract.id, signedOn: contract.signedOn, signedBy: contract.signedBy } : null,
        commitments: own, summary: fulfilmentSummary(own.map((c) => c.status)),
      };
    });
    const secretariat = members.some((m) => m.partnerId === this.db.tenant.partnerId && m.secretariat);
    return { items, summary: fulfilmentSummary(all), secretariat };
  }

  async partner(slug: string): Promise<PartnerRef> {
    const found = (await this.access.partners()).find((p) => p.slug === slug);
    if (!found) throw new NotFoundError('AlliancePartner', slug);
    return found;
  }

  async updatePartner(slug: string, dto: UpdateAlliancePartnerDto): Promise<AlliancePartnerView> {
    const p = await this.partner(slug);
    await this.access.assertKeeper(p.id);
    const changes: Partial<AlliancePartner> = { updatedAt: new Date() };
    if (dto.kind !== undefined) changes.kind = dto.kind;
    if (dto.description !== undefined) changes.description = dto.description.trim();
    await this.db.em.update(AlliancePartner, { partnerId: p.id }, changes);
    const item = (await this.overview()).items.find((i) => i.id === p.id);
    if (!item) throw new NotFoundError('AlliancePartner', slug);
    return item;
  }

  async contract(slug: string): Promise<PartnerContractView> {
    const p = await this.partner(slug);
    const contract = await this.db.em.findOne(PartnerContract, { where: { partnerId: p.id } });
    if (!contract) throw new NotFoundError('PartnerContract', slug);
    return this.contractView(contract, p);
  }

  /** Records the signed contract, or corrects when and by whom it was signed. */
  async putContract(slug: string, dto: ContractDto): Promise<PartnerContractView> {
    const p = await this.partner(slug);
    await this.access.assertKeeper(p.id);
    notInFuture('signedOn', dto.signedOn);
    const em = this.db.em;
    const existing = await em.findOne(PartnerContract, { where: { partnerId: p.id } });
    const fields = { signedOn: dto.signedOn, signedBy: dto.signedBy.trim(), note: dto.note?.trim() ?? existing?.note ?? '' };
    if (existing) {
      const earliest = await em
        .createQueryBuilder(CommitmentFulfilment, 'f')
        .innerJoin(ContractCommitment, 'c', 'c.id = f.commitment_id')
        .where('c.contract_id = :id', { id: existing.id })
        .select('min(f.recorded_on)::text', 'first')
        .getRawOne<{ first: string | null }>();
      if (earliest?.first && earliest.first < dto.signedOn) {
        throw new BadInputError('signedOn', { nl: `Er is al een stand vastgelegd op ${dutchDate(earliest.first)}; het contract is niet later getekend`, en: `A fulfilment was recorded on ${earliest.first}; the contract was not signed later` }, { code: 'alliance.signed_after_fulfilment', params: { first: earliest.first } });
      }
      await em.update(PartnerContract, { id: existing.id }, { ...fields, updatedAt: new Date() });
    } else {
      await em.insert(PartnerContract, { id: this.db.newId(), partnerId: p.id, ...fields, recordedBy: this.db.tenant.userId });
    }
    return this.contract(slug);
  }

  async addCommitment(slug: string, dto: CommitmentDto): Promise<CommitmentView> {
    const p = await this.partner(slug);
    await this.access.assertKeeper(p.id);
    const contract = await this.db.em.findOne(PartnerContract, { where: { partnerId: p.id } });
    if (!contract) {
      throw new ConflictError({ nl: 'Leg eerst het getekende partnercontract vast', en: 'Record the signed partner contract first' }, { code: 'alliance.no_contract' });
    }
    const fields: CommitmentFields = {
      point: dto.point, ambition: dto.ambition ?? null, platformId: dto.platformId ?? null, contributionForm: dto.contributionForm ?? null, amountEur: dto.amountEur === undefined ? null : String(dto.amountEur),
    };
    await this.checkFields(fields);
    const id = this.db.newId();
    await this.db.em.insert(ContractCommitment, { id, partnerId: p.id, contractId: contract.id, description: dto.description.trim(), ...fields });
    return this.commitmentView(id);
  }

  async updateCommitment(id: string, dto: UpdateCommitmentDto): Promise<CommitmentView> {
    const c = await this.db.findOwned(ContractCommitment, id);
    await this.access.assertKeeper(c.partnerId);
    const fields: CommitmentFields = {
      point: c.point,
      ambition: dto.ambition ?? c.ambition,
      platformId: dto.platformId === undefined ? c.platformId : dto.platformId,
      contributionForm: dto.contributionForm ?? c.contributionForm,
      amountEur: dto.amountEur === undefined ? c.amountEur : String(dto.amountEur),
    };
    await this.checkFields(fields);
    await this.db.em.update(ContractCommitment, { id }, { ...fields, description: dto.description?.trim() ?? c.description, updatedAt: new Date() });
    return this.commitmentView(id);
  }

  async deleteCommitment(id: string): Promise<void> {
    const c = await this.db.findOwned(ContractCommitment, id);
    await this.access.assertKeeper(c.partnerId);
    const entries = await this.db.em.find(CommitmentFulfilment, { where: { commitmentId: id }, select: { id: true } });
    await this.db.em.delete(ContractCommitment, { id });
    // Its entries go with it (cascade); so do their evidence files.
    if (entries.length) await this.db.em.delete(StoredFile, { purpose: EVIDENCE_PURPOSE, ownerId: In(entries.map((e) => e.id)) });
  }

  /** A dated entry: how far the commitment is met, with a note and a link as evidence. */
  async addFulfilment(commitmentId: string, dto: FulfilmentDto): Promise<FulfilmentView> {
    const c = await this.db.findOwned(ContractCommitment, commitmentId);
    await this.access.assertKeeper(c.partnerId);
    notInFuture('recordedOn', dto.recordedOn);
    const contract = await this.db.em.findOneByOrFail(PartnerContract, { id: c.contractId });
    if (dto.recordedOn < contract.signedOn) {
      throw new BadInputError('recordedOn', { nl: `Het contract is getekend op ${dutchDate(contract.signedOn)}; een stand ligt niet eerder`, en: `The contract was signed on ${contract.signedOn}; an entry is not earlier` }, { code: 'alliance.before_contract', params: { signedOn: contract.signedOn } });
    }
    const id = this.db.newId();
    await this.db.em.insert(CommitmentFulfilment, {
      id, partnerId: c.partnerId, commitmentId, recordedOn: dto.recordedOn, status: dto.status, note: dto.note?.trim() ?? '', evidenceUrl: dto.evidenceUrl ?? null, evidenceFileId: null, recordedBy: this.db.tenant.userId,
    });
    return this.fulfilmentView(id);
  }

  /** Attaches a file (pdf, image, Office document; max 10 MB) as the entry's evidence, in place of an earlier one. */
  async attachEvidence(fulfilmentId: string, req: FastifyRequest): Promise<FulfilmentView> {
    const f = await this.db.findOwned(CommitmentFulfilment, fulfilmentId);
    await this.access.assertKeeper(f.partnerId);
    const upload = await readUpload(req, { maxBytes: EVIDENCE_MAX_BYTES, allowed: EVIDENCE_TYPES });
    checkContent(upload);
    const fileId = await Files.store(
      this.db.em,
      { partnerId: this.db.tenant.partnerId, organisationId: null, purpose: EVIDENCE_PURPOSE, ownerId: fulfilmentId, filename: upload.filename.slice(0, 200), contentType: upload.contentType, content: upload.content, createdBy: this.db.tenant.userId },
      this.db.newId(),
    );
    await this.db.em.update(CommitmentFulfilment, { id: fulfilmentId }, { evidenceFileId: fileId });
    // The file it replaces goes (row-level security keeps another partner's file, should the secretariat replace it).
    if (f.evidenceFileId) await this.db.em.delete(StoredFile, { id: f.evidenceFileId, purpose: EVIDENCE_PURPOSE, ownerId: fulfilmentId });
    return this.fulfilmentView(fulfilmentId);
  }

  /**
   * The evidence file of an entry any partner's staff may see: the file itself
   * is read past stored_file's row-level security (it is the keeping partner's),
   * once the entry has been found through the alliance's.
   */
  async evidence(fulfilmentId: string, reply: FastifyReply) {
    const f = await this.db.findOwned(CommitmentFulfilment, fulfilmentId);
    if (!f.evidenceFileId) throw new NotFoundError('StoredFile', fulfilmentId);
    const fileId = f.evidenceFileId;
    const file = await this.db.system((em) => em.createQueryBuilder(StoredFile, 'f').addSelect('f.content').where('f.id = :id and f.owner_id = :owner', { id: fileId, owner: fulfilmentId }).getOne());
    if (!file) throw new NotFoundError('StoredFile', fileId);
    return Files.send(reply, file);
  }

  private async checkFields(f: CommitmentFields): Promise<void> {
    const problems: { field: string; text: { nl: string; en: string }; code: string }[] = [];
    if (f.point === 'own_contribution' && !f.ambition) problems.push({ field: 'ambition', text: { nl: 'Kies de ambitie waaraan de partner bijdraagt', en: 'Choose the ambition the partner contributes to' }, code: 'alliance.ambition_required' });
    if (f.point !== 'own_contribution' && f.ambition) problems.push({ field: 'ambition', text: { nl: 'Een ambitie hoort alleen bij de eigen bijdrage', en: 'An ambition belongs to the own contribution only' }, code: 'alliance.ambition_not_here' });
    if (f.point === 'contribution') {
      if (!f.contributionForm) problems.push({ field: 'contributionForm', text: { nl: 'Kies: in geld of in natura', en: 'Choose: in money or in kind' }, code: 'alliance.contribution_form_required' });
      if (f.amountEur === null) problems.push({ field: 'amountEur', text: { nl: 'Het bedrag in euro (bij natura: de waarde)', en: 'The amount in euros (in kind: its value)' }, code: 'alliance.amount_required' });
    } else {
      if (f.contributionForm) problems.push({ field: 'contributionForm', text: { nl: 'Geld of natura hoort alleen bij de bijdrage', en: 'Money or in kind belongs to the contribution only' }, code: 'alliance.contribution_not_here' });
      if (f.amountEur !== null) problems.push({ field: 'amountEur', text: { nl: 'Een bedrag hoort alleen bij de bijdrage in geld of natura', en: 'An amount belongs to the contribution in money or in kind only' }, code: 'alliance.contribution_not_here' });
    }
    if (f.platformId && f.point !== 'platform') problems.push({ field: 'platformId', text: { nl: 'Een MVO-platform hoort alleen bij deelname aan een platform', en: 'A CSR platform belongs to taking part in a platform only' }, code: 'alliance.platform_not_here' });
    else if (f.platformId && !(await this.db.em.exists(CsrPlatform, { where: { id: f.platformId } }))) {
      problems.push({ field: 'platformId', text: { nl: 'Onbekend MVO-platform', en: 'Unknown CSR platform' }, code: 'alliance.platform_unknown' });
    }
    if (problems.length) throw BadInputError.many(problems);
  }

  private async commitmentView(id: string): Promise<CommitmentView> {
    const c = await this.db.em.findOneByOrFail(ContractCommitment, { id });
    return (await this.commitmentViews([c]))[0];
  }

  private async commitmentViews(commitments: ContractCommitment[]): Promise<CommitmentView[]> {
    const em = this.db.em;
    const ids = commitments.map((c) => c.id);
    const entries = ids.length ? await em.find(CommitmentFulfilment, { where: { commitmentId: In(ids) }, order: { recordedOn: 'DESC', createdAt: 'DESC' } }) : [];
    const files = await this.filesOf(entries);
    const platformIds = [...new Set(commitments.flatMap((c) => (c.platformId ? [c.platformId] : [])))];
    const platforms = platformIds.length ? await em.find(CsrPlatform, { where: { id: In(platformIds) } }) : [];
    return commitments.map((c) => {
      const mine = entries.filter((e) => e.commitmentId === c.id);
      const status = currentFulfilment(mine);
      const platform = platforms.find((p) => p.id === c.platformId);
      return {
        id: c.id, point: c.point, pointLabel: CONTRACT_POINT_LABELS[c.point], description: c.description, ambition: c.ambition,
        platform: platform ? { id: platform.id, name: platform.name } : null, contributionForm: c.contributionForm, amountEur: num(c.amountEur),
        status, statusLabel: FULFILMENT_STATUS_LABELS[status], statusOn: mine[0]?.recordedOn ?? null,
        fulfilments: mine.map((e) => fulfilmentOf(e, files)),
      };
    });
  }

  private async fulfilmentView(id: string): Promise<FulfilmentView> {
    const f = await this.db.em.findOneByOrFail(CommitmentFulfilment, { id });
    return fulfilmentOf(f, await this.filesOf([f]));
  }

  /** File metadata of the entries' evidence (another partner's files too: only name, type and size). */
  private async filesOf(entries: CommitmentFulfilment[]): Promise<StoredFile[]> {
    const ids = entries.flatMap((e) => (e.evidenceFileId ? [e.evidenceFileId] : []));
    if (!ids.length) return [];
    // The reader's own files through its transaction (one stored in this request is not committed yet), the rest past RLS.
    const own = await this.db.em.find(StoredFile, { where: { id: In(ids) } });
    const rest = ids.filter((id) => !own.some((f) => f.id === id));
    return rest.length ? [...own, ...(await this.db.system((em) => em.find(StoredFile, { where: { id: In(rest) } })))] : own;
  }

  private async contractView(contract: PartnerContract, p: PartnerRef): Promise<PartnerContractView> {
    const commitments = sortByPoint(await this.db.em.find(ContractCommitment, { where: { contractId: contract.id }, order: { createdAt: 'ASC', id: 'ASC' } }));
    const views = await this.commitmentViews(commitments);
    return {
      id: contract.id, partner: p, signedOn: contract.signedOn, signedBy: contract.signedBy, note: contract.note, commitments: views,
      summary: fulfilmentSummary(views.map((v) => v.status)), canEdit: await this.access.canWrite(p.id),
    };
  }
}

function fulfilmentOf(e: CommitmentFulfilment, files: StoredFile[]): FulfilmentView {
  const file = files.find((f) => f.id === e.evidenceFileId);
  return {
    id: e.id, recordedOn: e.recordedOn, status: e.status, statusLabel: FULFILMENT_STATUS_LABELS[e.status], note: e.note, evidenceUrl: e.evidenceUrl,
    evidenceFile: file ? { id: file.id, filename: file.filename, contentType: file.contentType, sizeBytes: file.sizeBytes } : null, createdAt: e.createdAt,
  };
}

function sortByPoint<T extends { point: ContractPoint }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => CONTRACT_POINTS.indexOf(a.point) - CONTRACT_POINTS.indexOf(b.point));
}

function notInFuture(field: string, date: string): void {
  if (date > today()) throw new BadInputError(field, { nl: 'Deze datum ligt in de toekomst', en: 'This date is in the future' }, { code: 'alliance.date_in_future' });
}

/** 2026-03-01 as 1 maart 2026. */
export function dutchDate(iso: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}
