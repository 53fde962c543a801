import { Injectable } from '@nestjs/common';
import {
  FUNNEL_STAGES, JOURNEY_PART_LABELS, JOURNEY_PARTS, LEAD_SOURCE_LABELS, phaseLabel, STEPS, suggestNextStep,
  type FunnelStage, type JourneyPart,
} from '@koers/domain';
import { BadInputError, Db, isUuid, nameEntity, NotFoundError, Partner } from '@koers/server-db';
import type { EntityManager } from 'typeorm';
import {
  CHAIN_PLUGINS, derivedStage, type EnrolmentFacts, enrolmentState, financingView, isChainEnrolment, isJourneyPart, partHolders, PROFILE_PLUGINS, readJourneyRows,
  type JourneyRows,
} from './journey-data';
import type { FunnelView, JourneyOrganisationView, JourneyPartnerView, JourneyView, LeadView, PartSourceView, PartView, StageView } from './record.dto';
import { buildTimeline } from './timeline';

nameEntity('Organisation', { nl: 'Organisatie', en: 'Organisation' });

interface OrganisationRow {
  id: string; name: string; kvk_number: string | null; municipality: string | null; region: string | null; size_class: JourneyOrganisationView['sizeClass'];
}

/** A reader's view of one company's journey, with the holders of each part, ready to shape or log. */
interface Loaded {
  organisation: JourneyOrganisationView;
  rows: JourneyRows;
  holders: Record<JourneyPart, Set<string>>;
  names: Map<string, string>;
}

/**
 * The journey of one company as the reader may see it: its steps with every
 * partner, the parts (with who holds them), a timeline, leads and financing,
 * the funnel stage and a suggested next step. Everything is read inside
 * `Db.sharedRead`, so row-level security decides what is seen; every read of
 * a part another partner holds is logged (journey_access) in the same
 * transaction, except the company's own reads.
 */
@Injectable()
export class JourneyService {
  constructor(private readonly db: Db) {}

  /** Every partner of the platform, for the company choosing whom to grant (partner rows are otherwise limited to the own one). */
  async partners(): Promise<JourneyPartnerView[]> {
    const partners = await this.db.system((em) => em.find(Partner, { order: { name: 'ASC' } }));
    return partners.map((p) => ({ id: p.id, slug: p.slug, name: p.name }));
  }

  async partnerNames(): Promise<Map<string, string>> {
    return new Map((await this.partners()).map((p) => [p.id, p.name]));
  }

  /** The organisation as this reader sees it (row-level security), or NotFoundError. */
  async organisation(id: string, em: EntityManager = this.db.em): Promise<JourneyOrganisationView> {
    if (!isUuid(id)) throw new NotFoundError('Organisation', id);
    const [o]: OrganisationRow[] = await em.query(`select id, name, kvk_number, municipality, region, size_class from organisation where id = $1`, [id]);
    if (!o) throw new NotFoundError('Organisation', id);
    return { id: o.id, name: o.name, kvkNumber: o.kvk_number, municipality: o.municipality, region: o.region, sizeClass: o.size_class };
  }

  async view(id: string): Promise<JourneyView> {
    const loaded = await this.load(id);
    const { rows, holders, names } = loaded;
    const tenant = this.db.tenant;
    const name = (pid: string) => names.get(pid) ?? '';
    const staff = tenant.organisationId === null;
    await this.logReads(id, holders, JOURNEY_PARTS.filter((p) => holders[p].size > 0));

    const steps = rows.enrolments.map((e) => {
      const def = STEPS[e.step];
      const s = enrolmentState(e);
      return {
        enrolmentId: e.id, partnerId: e.partner_id, partnerName: name(e.partner_id), step: e.step, stepName: def.name, groupId: e.group_id, groupName: e.group_name ?? '',
        phase: e.phase, phaseLabel: phaseLabel(def, e.phase), joinedAt: e.joined_at.toISOString(), phaseReachedAt: e.phase_reached_at.toISOString(),
        closedAt: e.group_closed_at ? e.group_closed_at.toISOString() : s.finished || s.withdrawn ? e.phase_reached_at.toISOString() : null,
        withdrawn: s.withdrawn, own: e.partner_id === tenant.partnerId,
      };
    });
    const leads: LeadView[] = rows.leads.map((l) => ({
      id: l.id, partnerId: l.partner_id, partnerName: name(l.partner_id), source: l.source, sourceLabel: LEAD_SOURCE_LABELS[l.source], contactedOn: l.contacted_on,
      // The note is the partner's own working note: only its staff see it.
      note: staff && l.partner_id === tenant.partnerId ? l.note : null,
    }));
    return {
      organisation: loaded.organisation,
      stage: await this.stage(id, rows),
      steps,
      parts: JOURNEY_PARTS.map((part) => ({
        part, label: JOURNEY_PART_LABELS[part], available: holders[part].size > 0,
        holders: [...holders[part]].map((pid) => ({ partnerId: pid, partnerName: name(pid) })).sort((a, b) => a.partnerName.localeCompare(b.partnerName, 'nl')),
      })),
      timeline: buildTimeline(rows, name),
      leads,
      financing: rows.financing.map((f) => financingView(f, name(f.partner_id))),
      suggestion: suggestion(rows),
      reader: { partnerId: tenant.partnerId, partnerName: name(tenant.partnerId), own: !staff },
    };
  }

  async part(id: string, part: string): Promise<PartView> {
    if (!isJourneyPart(part)) {
      throw new BadInputError('part', { nl: `Onbekend onderdeel: ${part}; kies uit ${JOURNEY_PARTS.join(', ')}`, en: `Unknown part: ${part}; choose from ${JOURNEY_PARTS.join(', ')}` }, {
        code: 'journey.unknown_part', params: { part, values: [...JOURNEY_PARTS] },
      });
    }
    const { organisation, rows, holders, names } = await this.load(id);
    // Nothing of this part visible: the same answer as an object that does not exist (a partner without consent learns nothing).
    if (holders[part].size === 0) throw new NotFoundError('JourneyPart', part);
    await this.logReads(id, holders, [part]);
    const sources: PartSourceView[] = [];
    const own = (pid: string) => ({ partnerId: pid, partnerName: names.get(pid) ?? '' });
    for (const pid of [...holders[part]].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'nl'))) {
      const mine = <T extends { partner_id: string }>(list: T[]) => list.filter((r) => r.partner_id === pid);
      const results = (plugins: string[]) =>
        mine(rows.results)
          .filter((r) => plugins.includes(r.plugin_id))
          .map((r) => ({ year: r.year, pluginId: r.plugin_id, pluginVersion: r.plugin_version, referenceSet: r.reference_set, referenceVersion: r.reference_version, computedAt: r.computed_at?.toISOString() ?? null, output: r.output }));
      switch (part) {
        case 'organisation':
          sources.push({ ...own(pid), organisation });
          break;
        case 'profile_footprint':
          sources.push({
            ...own(pid),
            profiles: mine(rows.profiles).map((p) => ({ version: p.version, year: p.year, publishedAt: p.published_at?.toISOString() ?? null, content: p.content })),
            results: results(PROFILE_PLUGINS),
          });
          break;
        case 'action_plan':
          sources.push({
            ...own(pid),
            items: mine(rows.actionItems).map((i) => ({
              title: i.title, owner: i.owner, dueOn: i.due_on, status: i.status,
              expectedKgCo2e: i.expected_kg_co2e === null ? null : Number(i.expected_kg_co2e), expectedCostEur: i.expected_cost_eur === null ? null : Number(i.expected_cost_eur),
            })),
          });
          break;
        case 'certificate':
          sources.push({ ...own(pid), certificates: mine(rows.certificates).map((c) => ({ number: c.number, status: c.status, awardedOn: c.awarded_on, validUntil: c.valid_until })) });
          break;
        case 'masterclass_outcome':
          sources.push({
            ...own(pid),
            outcomes: mine(rows.outcomes).map((o) => ({ groupName: o.group_name, ambition: o.ambition, rLadder: o.r_ladder, fields: o.fields, chainPartners: o.chain_partners, opportunities: o.opportunities })),
          });
          break;
        case 'chain_results':
          sources.push({
            ...own(pid),
            enrolments: mine(rows.enrolments.filter(isChainEnrolment)).map((e) => ({ groupName: e.group_name, role: e.role, phase: e.phase, phaseLabel: phaseLabel(STEPS.chain, e.phase) })),
            results: results(CHAIN_PLUGINS),
          });
          break;
      }
    }
    return { part, label: JOURNEY_PART_LABELS[part], sources };
  }

  /** The stage set on the company, or the one worked out from what the reader sees. */
  async stage(id: string, rows?: JourneyRows): Promise<StageView> {
    const [set]: { stage: FunnelStage; changed_at: Date; changed_by_partner_id: string }[] = await this.db.em.query(
      `select stage, changed_at, changed_by_partner_id from funnel_stage where organisation_id = $1`,
      [id],
    );
    if (set) {
      const names = await this.partnerNames();
      return { stage: set.stage, changedAt: set.changed_at.toISOString(), changedBy: { partnerName: names.get(set.changed_by_partner_id) ?? '' }, derived: false };
    }
    const seen = rows ?? (await this.db.sharedRead((em) => readJourneyRows(em, id)));
    return { stage: derivedStage(seen.enrolments, seen.leads.length > 0), changedAt: null, changedBy: null, derived: true };
  }

  /** The funnel over the organisations this partner sees, per region, with the same derived stage as a journey. */
  async funnel(): Promise<FunnelView> {
    const counted = await this.db.sharedRead(async (em) => {
      const orgs: { id: string; region: string | null; stage: FunnelStage | null }[] = await em.query(
        `select o.id, nullif(trim(o.region), '') as region, f.stage from organisation o left join funnel_stage f on f.organisation_id = o.id order by o.region nulls last, o.id`,
      );
      const enrolments: ({ organisation_id: string } & EnrolmentFacts)[] = await em.query(
        `select e.organisation_id, e.phase, coalesce(g.step, koers_group_step(e.group_id)) as step, g.status as group_status
           from enrolment e left join programme_group g on g.id = e.group_id where e.organisation_id = any($1::uuid[])`,
        [orgs.map((o) => o.id)],
      );
      const leads: { organisation_id: string }[] = await em.query(`select distinct organisation_id from journey_lead where organisation_id = any($1::uuid[])`, [orgs.map((o) => o.id)]);
      const withLead = new Set(leads.map((l) => l.organisation_id));
      return orgs.map((o) => ({
        region: o.region,
        stage: o.stage ?? derivedStage(enrolments.filter((e) => e.organisation_id === o.id), withLead.has(o.id)),
      }));
    });
    const zero = () => Object.fromEntries(FUNNEL_STAGES.map((s) => [s, 0])) as Record<FunnelStage, number>;
    const regions = new Map<string | null, Record<FunnelStage, number>>();
    const total = zero();
    for (const c of counted) {
      const r = regions.get(c.region) ?? zero();
      r[c.stage] += 1;
      total[c.stage] += 1;
      regions.set(c.region, r);
    }
    const partnerName = (await this.partnerNames()).get(this.db.tenant.partnerId) ?? '';
    const n = counted.length;
    return {
      stages: [...FUNNEL_STAGES],
      regions: [...regions.entries()]
        .map(([region, counts]) => ({ region, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) }))
        .sort((a, b) => (a.region === null ? 1 : b.region === null ? -1 : a.region.localeCompare(b.region, 'nl'))),
      total,
      n,
      source: {
        nl: `Bedrijven en instellingen die ${partnerName} ziet, n = ${n.toLocaleString('nl-NL')}; fase zoals gezet, anders afgeleid uit de stappen en het eerste contact`,
        en: `Companies and institutions ${partnerName} sees, n = ${n.toLocaleString('en-GB')}; stage as set, otherwise derived from the steps and the first contact`,
      },
    };
  }

  private async load(id: string): Promise<Loaded> {
    const { organisation, rows } = await this.db.sharedRead(async (em) => ({ organisation: await this.organisation(id, em), rows: await readJourneyRows(em, id) }));
    // The record is held by the partners the company takes part with; the reader has already been shown to see it.
    const participations: { partner_id: string }[] = await this.db.system((em) =>
      em.query(`select distinct partner_id from participation where organisation_id = $1 and ended_at is null`, [id]),
    );
    // (A partner's own lead is among the rows: it sees it by its own right.)
    const recordHolders = new Set([...participations.map((p) => p.partner_id), ...rows.leads.map((l) => l.partner_id)]);
    return { organisation, rows, holders: partHolders(rows, [...recordHolders]), names: await this.partnerNames() };
  }

  /** One access-log row per part and holding partner other than the reader's; staff reads only (the company reading its own journey is not logged). */
  private async logReads(id: string, holders: Record<JourneyPart, Set<string>>, parts: readonly JourneyPart[]): Promise<void> {
    const tenant = this.db.tenant;
    if (tenant.organisationId !== null) return;
    // Whoever holds the record itself reads it by its own right, not by consent.
    const holdsRecord = holders.organisation.has(tenant.partnerId);
    const reads = parts.flatMap((part) => (part === 'organisation' && holdsRecord ? [] : [...holders[part]].filter((pid) => pid !== tenant.partnerId).map((owner) => ({ part, owner }))));
    if (!reads.length) return;
    await this.db.em.query(
      `insert into journey_access (id, organisation_id, reader_partner_id, reader_user_id, owner_partner_id, part)
       select v.id, $2, koers_tenant_id(), koers_user_id(), v.owner, v.part from unnest($1::uuid[], $3::uuid[], $4::varchar[]) as v(id, owner, part)`,
      [reads.map(() => this.db.newId()), id, reads.map((r) => r.owner), reads.map((r) => r.part)],
    );
  }
}

/** The next step from what the reader sees: finished and running steps, the newest footprint's materials and waste, a masterclass's chain partners. */
function suggestion(rows: JourneyRows) {
  const footprints = rows.results.filter((r) => r.plugin_id === 'footprint.ghg').sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.computed_at?.getTime() ?? 0) - (a.computed_at?.getTime() ?? 0));
  const themes = (footprints[0]?.output as { themes?: Record<string, number> } | undefined)?.themes;
  let share: number | null = null;
  if (themes) {
    const sum = Object.values(themes).reduce((a, b) => a + (typeof b === 'number' ? b : 0), 0);
    share = sum > 0 ? ((themes['materials'] ?? 0) + (themes['waste'] ?? 0)) / sum : null;
  }
  return suggestNextStep({
    steps: rows.enrolments.map((e) => ({ step: e.step, ...enrolmentState(e) })),
    materialsAndWasteShare: share,
    chainOpportunityFromMasterclass: rows.outcomes.some((o) => (o.chain_partners?.length ?? 0) > 0 || (o.opportunities?.length ?? 0) > 0),
  });
}
