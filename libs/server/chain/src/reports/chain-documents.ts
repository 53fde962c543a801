import { Injectable } from '@nestjs/common';
import { businessCaseFigures, CHAIN_STEP, phaseLabel, SPECIALIST_KIND_LABELS, WITHDRAWN_PHASE, type BusinessCaseLine } from '@koers/domain';
import { DocumentRenderer, dutchToday, fileNamePart, visibleOrRetry, type DocumentRequest, type RenderedDocument } from '@koers/server-documents';
import {
  BusinessCaseLineRow, BusinessCaseOption, CalculationInput, CalculationResult, ChainAgreement, ChainMember, ChainProject, ChainSpecialist, Enrolment, FlowMap, GroupStaff, Organisation, Partner,
  ProgrammeGroup, ProgrammeSession, SectorConference, SectorProgramme, SectorQuestion, SessionAttendance,
} from '@koers/server-db';
import { In, type EntityManager } from 'typeorm';
import { CHAIN_IMPACT_ID, CIRCULARITY_CTI_ID, projectSubject, variantSubject } from '../chain-calculations';
import { loadScenario } from '../flow-maps/flow-map-store';
import { CHAIN_RESULTS, SECTOR_RESULTS } from './kinds';
import type { CtiFigures, ImpactFigures } from './results-pdf';

const layouts = () => import('./results-pdf');

/** The newest succeeded result of a subject, with what it was computed with. */
async function latest(em: EntityManager, pluginId: string, subject: string): Promise<{ output: Record<string, unknown>; source: string } | null> {
  const input = await em.findOne(CalculationInput, { where: { pluginId, subject }, order: { submittedAt: 'DESC' } });
  if (!input) return null;
  const result = await em.findOne(CalculationResult, { where: { inputId: input.id, inputHash: input.inputHash, status: 'succeeded' }, order: { createdAt: 'DESC' } });
  if (!result) return null;
  return { output: result.output as Record<string, unknown>, source: `${result.pluginId} ${result.pluginVersion}${result.referenceSet ? `, ${result.referenceSet}` : ''}` };
}

function impactFigures(r: { output: Record<string, unknown>; source: string } | null): ImpactFigures | null {
  if (!r) return null;
  const o = r.output as unknown as { factorSet?: { id: string; title?: string }; co2: { lines: ImpactFigures['lines']; notCounted: ImpactFigures['notCounted'] }; totals: ImpactFigures['totals'] };
  return { factorSet: o.factorSet ?? null, lines: o.co2?.lines ?? [], notCounted: o.co2?.notCounted ?? [], totals: o.totals, computedWith: `${r.source}${o.factorSet ? ` (${o.factorSet.title ?? o.factorSet.id})` : ''}` };
}

/** Step 3's PDFs, rendered on the worker from the tables (a system transaction, no tenant). */
@Injectable()
export class ChainDocuments {
  @DocumentRenderer(CHAIN_RESULTS)
  async results({ em, ownerId }: DocumentRequest): Promise<RenderedDocument> {
    const group = await visibleOrRetry(em.findOne(ProgrammeGroup, { where: { id: ownerId, step: 'chain' } }), `chain project ${ownerId}`);
    const own = await em.findOneOrFail(ChainProject, { where: { groupId: ownerId } });
    const partner = await em.findOneOrFail(Partner, { where: { id: group.partnerId } });
    const enrolments = (await em.find(Enrolment, { where: { groupId: ownerId }, order: { joinedAt: 'ASC' } })).filter((e) => e.phase !== WITHDRAWN_PHASE);
    const orgs = enrolments.length ? await em.find(Organisation, { where: { id: In(enrolments.map((e) => e.organisationId)) } }) : [];
    const orgName = (id: string) => orgs.find((o) => o.id === id)?.name ?? '—';
    const roles = await em.find(ChainMember, { where: { groupId: ownerId } });
    const specialists = await em.find(ChainSpecialist, { where: { groupId: ownerId } });
    const staff = specialists.length ? await em.find(GroupStaff, { where: { id: In(specialists.map((s) => s.staffId)) } }) : [];
    const sessions = await em.find(ProgrammeSession, { where: { groupId: ownerId } });
    const present = sessions.length ? await em.find(SessionAttendance, { where: { sessionId: In(sessions.map((s) => s.id)), present: true } }) : [];
    const maps = await em.find(FlowMap, { where: { groupId: ownerId }, order: { createdAt: 'ASC' } });
    const option = await em.findOne(BusinessCaseOption, { where: { groupId: ownerId, chosen: true } });
    const lines = option ? await em.find(BusinessCaseLineRow, { where: { optionId: option.id } }) : [];
    const phase = enrolments.map((e) => e.phase).sort((a, b) => CHAIN_STEP.phases.indexOf(a) - CHAIN_STEP.phases.indexOf(b))[0] ?? CHAIN_STEP.phases[0];
    const mapData = [];
    for (const m of maps) {
      const cti = { asIs: await latest(em, CIRCULARITY_CTI_ID, variantSubject(m.id, 'as_is')), redesign: await latest(em, CIRCULARITY_CTI_ID, variantSubject(m.id, 'redesign')) };
      mapData.push({
        subject: m.subject, asIs: await loadScenario(em, m.id, 'as_is'), redesign: await loadScenario(em, m.id, 'redesign'),
        cti: { asIs: (cti.asIs?.output as unknown as CtiFigures) ?? null, redesign: (cti.redesign?.output as unknown as CtiFigures) ?? null },
        ctiSource: cti.redesign?.source ?? cti.asIs?.source ?? null,
      });
    }
    const rate = option ? Number(option.discountRatePct) : 0;
    const optionLines = lines.map((l) => {
      const line: BusinessCaseLine = { investmentEur: Number(l.investmentEur), yearlySavingsEur: Number(l.yearlySavingsEur), extraRevenueEur: Number(l.extraRevenueEur), fteChange: Number(l.fteChange) };
      const e = enrolments.find((x) => x.id === l.enrolmentId);
      return { name: e ? orgName(e.organisationId) : '—', line, figures: businessCaseFigures([line], rate, option?.horizonYears ?? 1), fteChange: line.fteChange };
    });
    const content = await (await layouts()).renderResultsPdf({
      partnerName: partner.name, name: group.name, subject: own.subject, goal: own.goal, startsOn: group.startsOn, endsOn: group.endsOn, status: group.status,
      phaseLabel: phaseLabel(CHAIN_STEP, phase).nl,
      members: enrolments.map((e) => ({ name: orgName(e.organisationId), lead: e.role === 'lead', chainRole: roles.find((r) => r.enrolmentId === e.id)?.chainRole ?? 'other' })),
      specialists: specialists.map((s) => {
        const st = staff.find((x) => x.id === s.staffId);
        return { name: st?.externalName ?? '—', organisation: st?.externalOrganisation ?? null, kind: SPECIALIST_KIND_LABELS[s.kind].nl, contribution: st?.contribution ?? '' };
      }),
      sessionsHeld: sessions.filter((s) => present.some((a) => a.sessionId === s.id)).length, sessionsRequired: CHAIN_STEP.minSessionsHeld ?? 0,
      maps: mapData,
      option: option
        ? { name: option.name, description: option.description, discountRatePct: rate, horizonYears: option.horizonYears, lines: optionLines, total: businessCaseFigures(optionLines.map((l) => l.line), rate, option.horizonYears) }
        : null,
      impact: impactFigures(await latest(em, CHAIN_IMPACT_ID, projectSubject(ownerId))),
      issuedOn: dutchToday(),
    });
    return { partnerId: group.partnerId, organisationId: null, filename: `Resultaten-${fileNamePart(group.name)}.pdf`, content };
  }

  @DocumentRenderer(SECTOR_RESULTS)
  async sector({ em, ownerId }: DocumentRequest): Promise<RenderedDocument> {
    const programme = await visibleOrRetry(em.findOne(SectorProgramme, { where: { id: ownerId } }), `sector programme ${ownerId}`);
    const partner = await em.findOneOrFail(Partner, { where: { id: programme.partnerId } });
    const conferences = await em.find(SectorConference, { where: { programmeId: ownerId }, order: { heldOn: 'ASC' } });
    const questions = await em.find(SectorQuestion, { where: { programmeId: ownerId }, order: { theme: 'ASC', createdAt: 'ASC' } });
    const agreements = await em.find(ChainAgreement, { where: { programmeId: ownerId }, order: { agreedOn: 'ASC' } });
    const projects = await em.find(ChainProject, { where: { sectorProgrammeId: ownerId } });
    const groups = projects.length ? await em.find(ProgrammeGroup, { where: { id: In(projects.map((p) => p.groupId)) }, order: { name: 'ASC' } }) : [];
    const enrolments = groups.length ? await em.find(Enrolment, { where: { groupId: In(groups.map((g) => g.id)) } }) : [];
    const rows = [];
    for (const g of groups) {
      rows.push({
        name: g.name, theme: projects.find((p) => p.groupId === g.id)?.theme ?? null, status: g.status,
        partners: enrolments.filter((e) => e.groupId === g.id && e.phase !== WITHDRAWN_PHASE).length,
        impact: impactFigures(await latest(em, CHAIN_IMPACT_ID, projectSubject(g.id)))?.totals ?? null,
      });
    }
    const content = await (await layouts()).renderSectorPdf({
      partnerName: partner.name, name: programme.name, sector: programme.sector, region: programme.region, startsOn: programme.startsOn, endsOn: programme.endsOn,
      conferences, questions, groups: rows, agreements, issuedOn: dutchToday(),
    });
    return { partnerId: programme.partnerId, organisationId: null, filename: `Resultaten-${fileNamePart(programme.name)}.pdf`, content };
  }
}
