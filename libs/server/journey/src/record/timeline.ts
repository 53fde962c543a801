import {
  FINANCING_KIND_LABELS, FOLLOW_UP_OUTCOME_LABELS, HELP_NEED_LABELS, LEAD_SOURCE_LABELS, STEPS, STUDENT_TASK_STATUS_LABELS,
  type Bilingual, type FollowUpOutcome, type HelpNeed, type StudentTaskStatus,
} from '@koers/domain';
import { dutchDate, dutchNumber } from '@koers/server-documents';
import { CHAIN_PLUGINS, enrolmentState, type JourneyRows, type ResultRow } from './journey-data';
import type { TimelineEntryView } from './record.dto';

const en = (x: number, digits = 0) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
const enDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString());

/** The reference data a result was computed with, as its source: the factor set's title when the output names it, else the stored set and version. */
export function resultSource(r: Pick<ResultRow, 'reference_set' | 'reference_version' | 'output'>): string {
  const title = obj(obj(r.output)['factorSet'])['title'];
  return typeof title === 'string' && title ? title : (r.reference_set ?? r.reference_version);
}

/** A footprint's headline, the Dutch way with its source: "CO2-footprint 2025: 48.210 kg CO2e (emissiefactoren CO2emissiefactoren.nl, januari 2025)". */
export function footprintTitle(r: ResultRow): Bilingual {
  const total = num(obj(r.output)['totalKgCO2e']) ?? 0;
  const source = resultSource(r);
  const year = r.year ? ` ${r.year}` : '';
  return {
    nl: `CO2-footprint${year}: ${dutchNumber(total)} kg CO2e (emissiefactoren ${source})`,
    en: `CO2 footprint${year}: ${en(total)} kg CO2e (emission factors ${source})`,
  };
}

function chainTitle(r: ResultRow): Bilingual {
  const out = obj(r.output);
  const source = `${r.plugin_id} ${r.plugin_version}, ${resultSource(r)}`;
  if (r.plugin_id === 'chain.impact') {
    const kg = num(obj(out['totals'])['kgCO2eReductionPerYear']);
    if (kg !== null) return { nl: `Ketenresultaat: ${dutchNumber(kg)} kg CO2e per jaar minder (${source})`, en: `Chain result: ${en(kg)} kg CO2e less per year (${source})` };
  } else {
    const pct = num(out['materialCircularityPct']);
    if (pct !== null) return { nl: `Circulariteit: ${dutchNumber(pct, 1)}% materiaalcirculariteit (${source})`, en: `Circularity: ${en(pct, 1)}% material circularity (${source})` };
  }
  return { nl: `Resultaat ketenproject (${source})`, en: `Chain project result (${source})` };
}

const lower = (t: Bilingual): Bilingual => ({ nl: t.nl.toLowerCase(), en: t.en.toLowerCase() });

/** Everything that happened in the journey the reader may see, newest first. */
export function buildTimeline(rows: JourneyRows, partnerName: (id: string) => string): TimelineEntryView[] {
  const out: TimelineEntryView[] = [];
  const add = (e: TimelineEntryView) => out.push(e);

  for (const l of rows.leads) {
    const p = partnerName(l.partner_id);
    const how = lower(LEAD_SOURCE_LABELS[l.source]);
    add({ at: l.contacted_on, kind: 'lead', partnerName: p, title: { nl: `Eerste contact met ${p} (${how.nl})`, en: `First contact with ${p} (${how.en})` } });
  }
  for (const e of rows.enrolments) {
    const p = partnerName(e.partner_id);
    const name = STEPS[e.step].name;
    const group = e.group_name ?? '';
    add({ at: iso(e.joined_at), kind: 'step_joined', partnerName: p, title: { nl: `${name.nl}: begonnen in ${group}`, en: `${name.en}: started in ${group}` } });
    const s = enrolmentState(e);
    if (s.withdrawn) add({ at: iso(e.phase_reached_at), kind: 'step_closed', partnerName: p, title: { nl: `${name.nl}: teruggetrokken uit ${group}`, en: `${name.en}: withdrew from ${group}` } });
    else if (s.finished) add({ at: iso(e.group_closed_at ?? e.phase_reached_at), kind: 'step_closed', partnerName: p, title: { nl: `${name.nl} afgerond: ${group}`, en: `${name.en} finished: ${group}` } });
  }
  for (const pr of rows.profiles) {
    if (!pr.published_at) continue;
    add({
      at: iso(pr.published_at), kind: 'profile_published', partnerName: partnerName(pr.partner_id), part: 'profile_footprint',
      title: { nl: `Duurzaamheidsprofiel ${pr.year} gepubliceerd (versie ${pr.version})`, en: `Sustainability profile ${pr.year} published (version ${pr.version})` },
    });
  }
  for (const r of rows.results) {
    const at = iso(r.computed_at ?? new Date(0));
    if (r.plugin_id === 'footprint.ghg') add({ at, kind: 'footprint', partnerName: partnerName(r.partner_id), part: 'profile_footprint', title: footprintTitle(r) });
    else if (CHAIN_PLUGINS.includes(r.plugin_id)) add({ at, kind: 'chain_result', partnerName: partnerName(r.partner_id), part: 'chain_results', title: chainTitle(r) });
  }
  for (const c of rows.certificates) {
    if (!c.awarded_on) continue;
    const until = c.valid_until ? { nl: `, geldig tot ${dutchDate(c.valid_until)}`, en: `, valid until ${enDate(c.valid_until)}` } : { nl: '', en: '' };
    const ended: Record<string, Bilingual> = { expired: { nl: 'Verlopen', en: 'Expired' }, revoked: { nl: 'Ingetrokken', en: 'Revoked' } };
    add({
      at: c.awarded_on, kind: 'certificate_awarded', partnerName: partnerName(c.partner_id), part: 'certificate',
      title: { nl: `MVO-certificaat ${c.number ?? ''} toegekend${until.nl}`, en: `CSR certificate ${c.number ?? ''} awarded${until.en}` },
      ...(ended[c.status] ? { detail: ended[c.status] } : {}),
    });
  }
  for (const o of rows.outcomes) {
    const partners = o.chain_partners?.length ?? 0;
    const chances = o.opportunities?.length ?? 0;
    add({
      at: iso(o.updated_at), kind: 'masterclass_outcome', partnerName: partnerName(o.partner_id), part: 'masterclass_outcome',
      title: {
        nl: `Uitkomst masterclass ${o.group_name ?? ''}: ${dutchNumber(partners)} ${partners === 1 ? 'ketenpartner' : 'ketenpartners'}, ${dutchNumber(chances)} ${chances === 1 ? 'kans' : 'kansen'}`,
        en: `Masterclass outcome ${o.group_name ?? ''}: ${en(partners)} chain ${partners === 1 ? 'partner' : 'partners'}, ${en(chances)} ${chances === 1 ? 'opportunity' : 'opportunities'}`,
      },
      ...(o.ambition ? { detail: { nl: `Ambitie: ${o.ambition}`, en: `Ambition: ${o.ambition}` } } : {}),
    });
  }
  for (const f of rows.followUps) {
    if (!f.recorded_at || !f.outcome) continue;
    const outcome = lower(FOLLOW_UP_OUTCOME_LABELS[f.outcome as FollowUpOutcome]);
    const help = (f.help_needed ?? []).map((h) => HELP_NEED_LABELS[h as HelpNeed]).filter(Boolean);
    add({
      at: iso(f.recorded_at), kind: 'follow_up', partnerName: partnerName(f.partner_id),
      title: { nl: `Opvolggesprek: ${outcome.nl}`, en: `Follow-up call: ${outcome.en}` },
      ...(help.length ? { detail: { nl: `Hulp gevraagd: ${help.map((h) => h.nl.toLowerCase()).join(', ')}`, en: `Help asked for: ${help.map((h) => h.en.toLowerCase()).join(', ')}` } } : {}),
    });
  }
  for (const fs of rows.financing) {
    const p = partnerName(fs.partner_id);
    const kind = FINANCING_KIND_LABELS[fs.kind];
    const eur = Number(fs.amount_eur);
    const cents = Number.isInteger(eur) ? 0 : 2;
    const amount = fs.amount_eur === null ? { nl: '', en: '' } : { nl: `: € ${dutchNumber(eur, cents)}`, en: `: €${en(eur, cents)}` };
    add({ at: fs.applied_on, kind: 'financing', partnerName: p, title: { nl: `${kind.nl} aangevraagd bij ${fs.provider}${amount.nl}`, en: `${kind.en} applied for with ${fs.provider}${amount.en}` } });
    if (fs.decided_on && fs.status !== 'applied') {
      const granted = fs.status === 'granted';
      add({
        at: fs.decided_on, kind: 'financing', partnerName: p,
        title: { nl: `${kind.nl} ${granted ? 'toegekend' : 'afgewezen'} door ${fs.provider}${amount.nl}`, en: `${kind.en} ${granted ? 'granted' : 'refused'} by ${fs.provider}${amount.en}` },
      });
    }
  }
  for (const a of rows.students) {
    const who = [a.student_name, a.institution].filter(Boolean).join(', ');
    add({
      at: iso(a.created_at), kind: 'student_task', partnerName: partnerName(a.partner_id),
      title: { nl: `Student ${who}: ${a.task}`, en: `Student ${who}: ${a.task}` },
      detail: STUDENT_TASK_STATUS_LABELS[a.status as StudentTaskStatus],
    });
  }
  // Newest first; a date counts as the start of its day.
  return out.map((e, i) => ({ e, i, t: Date.parse(e.at) })).sort((a, b) => b.t - a.t || a.i - b.i).map((x) => x.e);
}
