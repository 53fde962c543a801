import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DEFAULT_FOLLOW_UP_WEEKS, FEEDBACK_SESSION_KIND, type FollowUpOutcome, type HelpNeed, type StepKey } from '@koers/domain';
import { BadInputError, ConflictError, Db, Enrolment, FollowUpSetting, FollowUpTask, nameEntity, ProgrammeGroup, ProgrammeSession, type Partner } from '@koers/server-db';
import { MailService } from '@koers/server-auth';
import { Groups, ProgrammeSteps, Sessions, today } from '@koers/server-programme';
import type { EntityManager } from 'typeorm';
import type { CancelFollowUpDto, FeedbackSessionDto, FeedbackSessionView, FollowUpSettingsView, FollowUpState, FollowUpView, RecordCallDto, WorklistFilter, WorklistView } from './follow-up.dto';

nameEntity('FollowUpTask', { nl: 'Opvolgtaak', en: 'Follow-up task' });

const DAY_MS = 86_400_000;
const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

interface TaskRow {
  id: string; organisation_id: string; organisation_name: string | null; group_id: string | null; group_name: string | null; group_step: StepKey | null;
  due_on: string; status: 'open' | 'done' | 'cancelled'; outcome: FollowUpOutcome | null; help_needed: HelpNeed[]; note: string; next_contact_on: string | null;
  recorded_at: Date | null; recorded_by_name: string | null; previous_task_id: string | null; contact_name: string | null; contact_email: string | null;
}

/**
 * After every track: a follow-up call per participant that finished lands on
 * the coordinator's worklist the partner's period after the closing; a call
 * records the outcome, the help needed and the next contact (a new task).
 */
@Injectable()
export class FollowUpService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly steps: ProgrammeSteps,
    private readonly groups: Groups,
    private readonly sessions: Sessions,
    private readonly mail: MailService,
  ) {}

  onModuleInit() {
    this.steps.onGroupClosed((em, group, finished) => this.planCalls(em, group, finished));
  }

  /** In the closing's transaction: a failed close leaves no tasks; closing again adds none (one first task per enrolment). */
  private async planCalls(em: EntityManager, group: ProgrammeGroup, finished: Enrolment[]): Promise<void> {
    if (!finished.length) return;
    const weeks = (await em.findOne(FollowUpSetting, { where: { partnerId: group.partnerId } }))?.weeks ?? DEFAULT_FOLLOW_UP_WEEKS;
    const dueOn = addDays(today(group.closedAt ?? new Date()), weeks * 7);
    for (const e of finished) {
      await em.query(
        `insert into follow_up_task (id, partner_id, organisation_id, group_id, enrolment_id, due_on) values ($1, $2, $3, $4, $5, $6)
         on conflict (enrolment_id) where previous_task_id is null do nothing`,
        [this.db.newId(), group.partnerId, e.organisationId, group.id, e.id, dueOn],
      );
    }
  }

  async settings(): Promise<FollowUpSettingsView> {
    const row = await this.db.em.findOne(FollowUpSetting, { where: { partnerId: this.db.tenant.partnerId } });
    return { weeks: row?.weeks ?? DEFAULT_FOLLOW_UP_WEEKS, default: DEFAULT_FOLLOW_UP_WEEKS };
  }

  async setSettings(weeks: number): Promise<FollowUpSettingsView> {
    await this.db.em.upsert(FollowUpSetting, { partnerId: this.db.tenant.partnerId, weeks, updatedAt: new Date() }, ['partnerId']);
    return this.settings();
  }

  async worklist(filter: WorklistFilter = 'open'): Promise<WorklistView> {
    const all = await this.rows();
    const counts = { due: 0, overdue: 0, planned: 0, done: 0 };
    for (const t of all) if (t.state in counts) counts[t.state as keyof typeof counts]++;
    const wanted: Record<WorklistFilter, readonly FollowUpState[]> = {
      open: ['overdue', 'due', 'planned'], due: ['overdue', 'due'], planned: ['planned'], done: ['done'], all: ['overdue', 'due', 'planned', 'done', 'cancelled'],
    };
    const order: FollowUpState[] = ['overdue', 'due', 'planned', 'done', 'cancelled'];
    const items = all
      .filter((t) => wanted[filter].includes(t.state))
      // Overdue oldest first, then due and planned by date; done and cancelled newest first.
      .sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state) || (a.state === 'done' || a.state === 'cancelled' ? b.dueOn.localeCompare(a.dueOn) : a.dueOn.localeCompare(b.dueOn)));
    return { items, counts };
  }

  async ofOrganisation(organisationId: string): Promise<FollowUpView[]> {
    return (await this.rows({ organisationId })).sort((a, b) => b.dueOn.localeCompare(a.dueOn));
  }

  async recordCall(id: string, dto: RecordCallDto): Promise<{ task: FollowUpView; next: FollowUpView | null }> {
    const task = await this.open(id);
    const day = today();
    if (dto.nextContactOn !== undefined && (dto.nextContactOn <= day || dto.nextContactOn <= task.dueOn)) {
      const after = task.dueOn > day ? task.dueOn : day;
      throw new BadInputError('nextContactOn', { nl: `Het volgende contact valt na ${after}`, en: `The next contact falls after ${after}` }, { code: 'follow_up.next_contact_too_early', params: { after } });
    }
    await this.db.em.update(FollowUpTask, { id }, {
      status: 'done', outcome: dto.outcome, helpNeeded: [...new Set(dto.helpNeeded)], note: dto.note ?? '', nextContactOn: dto.nextContactOn ?? null, recordedBy: this.db.tenant.userId, recordedAt: new Date(),
    });
    let nextId: string | null = null;
    if (dto.nextContactOn) {
      nextId = this.db.newId();
      await this.db.em.insert(FollowUpTask, {
        id: nextId, partnerId: task.partnerId, organisationId: task.organisationId, groupId: task.groupId, enrolmentId: task.enrolmentId, previousTaskId: id, dueOn: dto.nextContactOn,
      });
    }
    const rows = await this.rows({ ids: nextId ? [id, nextId] : [id] });
    return { task: rows.find((r) => r.id === id) as FollowUpView, next: rows.find((r) => r.id === nextId) ?? null };
  }

  async cancel(id: string, dto: CancelFollowUpDto): Promise<FollowUpView> {
    await this.open(id);
    await this.db.em.update(FollowUpTask, { id }, { status: 'cancelled', note: dto.reason.trim() });
    return (await this.rows({ ids: [id] }))[0];
  }

  /**
   * The plenary feedback session of a track: a core session of kind feedback
   * (a closed group may still get one), and a mail to every participant user
   * of the group's active enrolments. One per group.
   */
  async planFeedbackSession(groupId: string, dto: FeedbackSessionDto): Promise<FeedbackSessionView> {
    const { group, step } = await this.groups.load(groupId);
    if (await this.db.em.exists(ProgrammeSession, { where: { groupId, kind: FEEDBACK_SESSION_KIND } })) {
      throw new ConflictError({ nl: `${group.name} heeft al een plenaire terugkoppeling`, en: `${group.name} already has a plenary feedback session` }, { code: 'follow_up.feedback_exists' });
    }
    const title = dto.title?.trim() || `Plenaire terugkoppeling ${group.name}`;
    const session = await this.sessions.create(groupId, { kind: FEEDBACK_SESSION_KIND, title, startsAt: dto.startsAt, endsAt: dto.endsAt, location: dto.location, agenda: dto.agenda ?? '' });
    const people: { organisation_name: string; email: string | null; name: string | null }[] = await this.db.em.query(
      `select o.name as organisation_name, u.email, u.name
       from enrolment e join organisation o on o.id = e.organisation_id
       left join membership m on m.organisation_id = e.organisation_id and m.partner_id = e.partner_id and m.role = 'participant'
       left join app_user u on u.id = m.user_id and u.disabled_at is null
       where e.group_id = $1 and e.phase <> 'withdrawn'
       order by o.name`,
      [groupId],
    );
    const partner = (await this.db.em.query(`select name from partner where id = $1`, [group.partnerId]))[0] as Pick<Partner, 'name'>;
    const when = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' }).format(new Date(dto.startsAt));
    const whenEn = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'full', timeStyle: 'short' }).format(new Date(dto.startsAt));
    let invited = 0;
    const reached = new Set<string>();
    for (const p of people) {
      if (!p.email) continue;
      reached.add(p.organisation_name);
      invited++;
      await this.mail.send({
        to: p.email,
        subject: `Uitnodiging: ${title} / Invitation: plenary feedback session`,
        text:
          `Beste ${p.name},\n\n${partner.name} nodigt u uit voor de plenaire terugkoppeling van ${group.name} (${step.name.nl}): ${when}, ${dto.location}.\n` +
          `We kijken samen terug: wat is er van de plannen gekomen en waar is nog hulp bij nodig?\n\n` +
          `Dear ${p.name},\n\n${partner.name} invites you to the plenary feedback session of ${group.name} (${step.name.en}): ${whenEn}, ${dto.location}.\n`,
      });
    }
    const notReached = [...new Set(people.map((p) => p.organisation_name))].filter((n) => !reached.has(n)).map((organisationName) => ({ organisationName }));
    return { session, invited, notReached };
  }

  private async open(id: string): Promise<FollowUpTask> {
    const task = await this.db.findOwned(FollowUpTask, id);
    if (task.status !== 'open') {
      throw new ConflictError({ nl: 'Deze opvolging is al afgehandeld', en: 'This follow-up has already been dealt with' }, { code: 'follow_up.not_open', params: { status: task.status } });
    }
    return task;
  }

  /** The partner's tasks (row-level security: its own, staff only) with company, track, who recorded and whom to call. */
  private async rows(where: { organisationId?: string; ids?: string[] } = {}): Promise<FollowUpView[]> {
    const rows: TaskRow[] = await this.db.em.query(
      `select t.id, t.organisation_id, o.name as organisation_name, t.group_id, g.name as group_name, g.step as group_step,
              to_char(t.due_on, 'YYYY-MM-DD') as due_on, t.status, t.outcome, t.help_needed, t.note, to_char(t.next_contact_on, 'YYYY-MM-DD') as next_contact_on,
              t.recorded_at, r.name as recorded_by_name, t.previous_task_id, c.name as contact_name, c.email as contact_email
       from follow_up_task t
       left join organisation o on o.id = t.organisation_id
       left join programme_group g on g.id = t.group_id
       left join app_user r on r.id = t.recorded_by
       left join lateral (
         select u.name, u.email from membership m join app_user u on u.id = m.user_id
         where m.organisation_id = t.organisation_id and m.partner_id = t.partner_id and m.role = 'participant' and u.disabled_at is null
         order by m.created_at limit 1) c on true
       where ($1::uuid is null or t.organisation_id = $1) and ($2::uuid[] is null or t.id = any($2))`,
      [where.organisationId ?? null, where.ids ?? null],
    );
    const day = today();
    return rows.map((r) => {
      const state: FollowUpState = r.status !== 'open' ? r.status : r.due_on > day ? 'planned' : r.due_on === day ? 'due' : 'overdue';
      return {
        id: r.id,
        organisation: { id: r.organisation_id, name: r.organisation_name ?? '—' },
        group: r.group_id ? { id: r.group_id, name: r.group_name ?? '—', step: r.group_step as StepKey } : null,
        dueOn: r.due_on, state, daysOverdue: state === 'overdue' ? daysBetween(r.due_on, day) : null,
        outcome: r.outcome, helpNeeded: r.help_needed, note: r.note, nextContactOn: r.next_contact_on, recordedAt: r.recorded_at, recordedBy: r.recorded_by_name, previousTaskId: r.previous_task_id,
        contact: r.contact_email ? { name: r.contact_name ?? '', email: r.contact_email } : null,
      };
    });
  }
}
