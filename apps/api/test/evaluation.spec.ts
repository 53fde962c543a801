/**
 * The evaluation survey and figures, against a real database, Redis and a
 * worker: a group that closes invites every participant of a finished
 * enrolment by mail with a single-use link; the survey page answers without an
 * account, once; one reminder goes to those who have not answered; the
 * figures come from evaluation.programme run by the worker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { JobQueue } from '@koers/server-queue';
import { DEMO_EMAILS, FOREIGN_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let analyst: string;
let foreign: string;
let groupId: string;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const SECOND_BAKER = 'kantoor@bakkerij-devries.test';
const INSTALLER = 'directie@installatiebedrijf-bos.test';
const CARER = 'zorg@drentse-aa.test';

/** The mails to one address, oldest first, quoted-printable soft breaks undone. */
function mailsTo(email: string): string[] {
  return readdirSync(h.mailDir)
    .filter((f) => f.includes(email.replace(/[^a-z0-9@.-]/gi, '_')))
    .sort()
    .map((f) => readFileSync(join(h.mailDir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '='));
}
const tokenIn = (mail: string) => /\/evaluatie\/([A-Za-z0-9_-]{20,})/.exec(mail)?.[1] ?? null;

async function participantUser(orgKey: string, email: string): Promise<string> {
  const id = randomUUID();
  await h.sql.query(`insert into app_user (id, email, name, password_hash) values ($1, $2, $3, 'x')`, [id, email, email.split('@')[0]]);
  await h.sql.query(`insert into membership (id, user_id, partner_id, organisation_id, role) values ($1, $2, $3, $4, 'participant')`, [randomUUID(), id, h.ids.partners.noord, h.ids.organisations[orgKey]]);
  return id;
}

beforeAll(async () => {
  h = await startHarness({ worker: true });
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  analyst = await h.signIn(DEMO_EMAILS.analyst);
  foreign = await h.signIn(FOREIGN_EMAILS.administrator);
  await participantUser('bakkerij', SECOND_BAKER);
  await participantUser('installateur', INSTALLER);
  await participantUser('zorg', CARER);
  // What the platform measured: the bakery buys grey electricity, the installer green (newest footprint input per organisation).
  for (const [org, contract] of [['bakkerij', 'grey'], ['installateur', 'green-nl']] as const) {
    await h.sql.query(
      `insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, subject) values ($1, $2, $3, 'footprint.ghg', 2099, $4, $5, '')`,
      [randomUUID(), h.ids.partners.noord, h.ids.organisations[org], JSON.stringify({ year: 2099, activities: [{ type: 'electricity', amount: 1000, unit: 'kWh', contract }] }), 'f'.repeat(64)],
    );
  }
  // A Koploper group at its symposium: bakery and installer finished, the care group withdrew.
  groupId = randomUUID();
  await h.sql.query(
    `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, coordinator_user_id, status, programme_line) values ($1, $2, 'koploper', 'Koplopergroep Assen 2026', '2026-01-10', '2026-12-20', $3, 'running', 'sustainable_entrepreneurship')`,
    [groupId, h.ids.partners.noord, h.ids.users.coordinator],
  );
  const enrolments: Record<string, string> = {};
  for (const [key, phase] of [['bakkerij', 'symposium'], ['installateur', 'symposium'], ['zorg', 'withdrawn']] as const) {
    enrolments[key] = randomUUID();
    await h.sql.query(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase) values ($1, $2, $3, $4, 'participant', $5)`, [enrolments[key], h.ids.partners.noord, groupId, h.ids.organisations[key], phase]);
  }
  // Action plans: the bakery finished an energy measure (LED lighting), the installer only planned a mobility one.
  for (const [key, measure, status] of [['bakkerij', 'energy.led-lighting', 'done'], ['installateur', 'mobility.eco-driving', 'planned']] as const) {
    await h.sql.query(
      `insert into action_plan_item (id, partner_id, participant_id, organisation_id, measure_id, title, owner, due_on, status) values ($1, $2, $3, $4, $5, $6, 'Directie', '2026-10-01', $7)`,
      [randomUUID(), h.ids.partners.noord, enrolments[key], h.ids.organisations[key], measure, measure, status],
    );
  }
});
afterAll(() => h?.close());

describe('the evaluation survey', () => {
  it("a partner's own question joins the core questionnaire; a duplicate key is refused", async () => {
    const added = await h.call('POST', '/api/evaluation/questions', { cookie: coordinator, body: { key: 'meetings', text: { nl: 'De bijeenkomsten waren goed georganiseerd', en: 'The meetings were well organised' } } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ key: 'partner.meetings', retired: false });
    const again = await h.call('POST', '/api/evaluation/questions', { cookie: coordinator, body: { key: 'meetings', text: { nl: 'Nog eens', en: 'Again' } } });
    expect(again.status).toBe(409);
    expect((await h.call('GET', '/api/evaluation/questions', { cookie: foreign })).body.items).toEqual([]);
  });

  it('closing the group mails every participant of a finished enrolment a link of their own; only its hash is stored; closing again sends nothing', async () => {
    expect((await h.call('POST', `/api/programme/groups/${groupId}/close`, { cookie: coordinator })).status).toBe(200);
    for (const email of [DEMO_EMAILS.participant, SECOND_BAKER, INSTALLER]) await waitFor(async () => mailsTo(email).length === 1, 20_000, `survey mail to ${email}`);
    const tokens = [DEMO_EMAILS.participant, SECOND_BAKER, INSTALLER].map((e) => tokenIn(mailsTo(e)[0]));
    expect(new Set(tokens).size).toBe(3);
    expect(mailsTo(DEMO_EMAILS.participant)[0]).toContain('Koplopergroep Assen 2026');
    expect(mailsTo(CARER)).toEqual([]);
    const stored: { token_hash: string }[] = await h.sql.query(`select token_hash from evaluation_link`);
    expect(stored.map((s) => s.token_hash).sort()).toEqual(tokens.map((t) => sha256(t!)).sort());
    expect((await h.call('POST', `/api/programme/groups/${groupId}/close`, { cookie: coordinator })).status).toBe(409);
    expect(await h.sql.query(`select count(*)::int as n from evaluation_invitation`)).toEqual([{ n: 3 }]);
  });

  it('the link opens the survey without an account and takes the answers once; a second answer is 409', async () => {
    const token = tokenIn(mailsTo(DEMO_EMAILS.participant)[0])!;
    const page = await h.call('GET', `/api/public/evaluation/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ group: 'Koplopergroep Assen 2026', organisation: 'Bakkerij De Vries', answered: false, questionnaire: { id: 'evaluation.questionnaire.v1', version: 1 } });
    expect(page.body.items).toHaveLength(13);
    expect(page.body.items[12]).toMatchObject({ key: 'partner.meetings', origin: 'partner' });

    const before = await writeFingerprint(h.sql);
    const unknownItem = await h.call('POST', `/api/public/evaluation/${token}`, { body: { answers: [{ item: 'no-such-item', value: 4 }] } });
    expect(unknownItem.status).toBe(400);
    expect(JSON.stringify(unknownItem.body)).toContain('answers.0.item');
    const offScale = await h.call('POST', `/api/public/evaluation/${token}`, { body: { answers: [{ item: 'good-instrument', value: 7 }] } });
    expect(offScale.status).toBe(400);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const answers = [{ item: 'good-instrument', value: 5 }, { item: 'green-electricity', value: 2 }, { item: 'energy-saving-measures', value: 4 }, { item: 'partner.meetings', value: 4 }, { item: 'fairtrade', value: null }];
    const first = await h.call('POST', `/api/public/evaluation/${token}`, { body: { answers } });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ answered: 4, items: 13 });
    const second = await h.call('POST', `/api/public/evaluation/${token}`, { body: { answers } });
    expect(second.status).toBe(409);
    expect((await h.call('GET', `/api/public/evaluation/${token}`)).body.answered).toBe(true);
    expect(await h.sql.query(`select count(*)::int as n from evaluation_response`)).toEqual([{ n: 1 }]);

    const installer = tokenIn(mailsTo(INSTALLER)[0])!;
    expect((await h.call('POST', `/api/public/evaluation/${installer}`, { body: { answers: [{ item: 'good-instrument', value: 4 }, { item: 'green-electricity', value: 4 }, { item: 'energy-saving-measures', value: 2 }] } })).status).toBe(201);
  });

  it('an unknown or expired link is 404', async () => {
    expect((await h.call('GET', `/api/public/evaluation/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await h.call('POST', `/api/public/evaluation/${'x'.repeat(43)}`, { body: { answers: [] } })).status).toBe(404);
    const token = tokenIn(mailsTo(SECOND_BAKER)[0])!;
    await h.sql.query(`update evaluation_survey set expires_at = now() - interval '1 minute'`);
    expect((await h.call('GET', `/api/public/evaluation/${token}`)).status).toBe(404);
    await h.sql.query(`update evaluation_survey set expires_at = now() + interval '30 days'`);
    expect((await h.call('GET', `/api/public/evaluation/${token}`)).status).toBe(200);
  });

  it('the reminder (a delayed job) goes to those who have not answered only, with a link that works', async () => {
    const [{ id: surveyId }] = await h.sql.query(`select id from evaluation_survey where group_id = $1`, [groupId]);
    const job = await h.app.get(JobQueue).queue('maintenance').getJob(`evaluation-remind-${surveyId}`);
    expect(job).toBeTruthy();
    expect(await job!.getState()).toBe('delayed');
    expect(job!.opts.delay).toBe(7 * 86_400_000);
    await job!.promote();
    await waitFor(async () => mailsTo(SECOND_BAKER).length === 2, 20_000, 'reminder mail');
    const reminder = mailsTo(SECOND_BAKER)[1];
    expect(reminder).toContain('Herinnering');
    await waitFor(async () => (await job!.getState()) === 'completed' || (await h.app.get(JobQueue).queue('maintenance').getJob(job!.id!)) === undefined, 10_000, 'reminder job done');
    expect(mailsTo(DEMO_EMAILS.participant)).toHaveLength(1);
    expect(mailsTo(INSTALLER)).toHaveLength(1);
    const fresh = tokenIn(reminder)!;
    expect(fresh).not.toBe(tokenIn(mailsTo(SECOND_BAKER)[0]));
    expect((await h.call('GET', `/api/public/evaluation/${fresh}`)).status).toBe(200);
  });
});

describe('the evaluation figures', () => {
  it("runs evaluation.programme in the worker over the partner's closed groups and names the source", async () => {
    const started = await h.call('POST', '/api/evaluation/figures', { cookie: analyst });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'pending', source: { questionnaireId: 'evaluation.questionnaire.v1', questionnaireVersion: 1, pluginId: 'evaluation.programme', invited: 3, answered: 2 } });
    const done = await waitFor(async () => {
      const r = await h.call('GET', `/api/evaluation/figures/${started.body.id}`, { cookie: analyst });
      return r.body.status !== 'pending' && r;
    }, 20_000, 'figures computed');
    expect(done.body.status).toBe('succeeded');
    const out = done.body.output;
    // 3 invited, 2 answered: 66,7%.
    expect(out).toMatchObject({ invited: 3, answered: 2, ratePercent: 66.7, questionnaire: { id: 'evaluation.questionnaire.v1', version: 1 } });
    const item = (key: string) => out.items.find((i: { key: string }) => i.key === key);
    // Both respondents agree (5 and 4): 2 of 2 = 100%. Wilson 95%: z²/n = 1,9208; centre = (1 + 0,9604) / 2,9208 = 0,671186;
    // half = 1,96 / 2,9208 x sqrt(0 + 3,8416/16) = 0,671049 x 0,49 = 0,328814 -> 0,342372 .. 1 -> 34,2% .. 100%.
    expect(item('good-instrument')).toMatchObject({ n: 2, agree: 2, sharePercent: 100, interval95: { lowPercent: 34.2, highPercent: 100 } });
    expect(item('good-instrument').by.group).toEqual([expect.objectContaining({ value: 'Koplopergroep Assen 2026', n: 2, agree: 2 })]);
    // Reported green electricity 1 of 2 (the installer); measured: the installer's contract is green, the bakery's grey -> 1 of 2.
    expect(item('green-electricity')).toMatchObject({ n: 2, agree: 1, sharePercent: 50, measured: { by: 'footprint.green-electricity', n: 2, yes: 1, sharePercent: 50 } });
    // Energy measures: both answered (4: agrees, 2: not); measured: the bakery's LED lighting is done, the installer has no energy measure done -> 1 of 2.
    expect(item('energy-saving-measures')).toMatchObject({ n: 2, agree: 1, measured: { by: 'action-plan.done:energy', n: 2, yes: 1, sharePercent: 50 } });
    expect(item('partner.meetings')).toMatchObject({ origin: 'partner', n: 1, agree: 1 });
    expect(item('fairtrade')).toMatchObject({ n: 0, sharePercent: null });

    // The same answers again: the same run, nothing to compute.
    const again = await h.call('POST', '/api/evaluation/figures', { cookie: analyst });
    expect(again.body).toMatchObject({ id: started.body.id, status: 'succeeded' });
    expect((await h.call('GET', `/api/evaluation/figures/${started.body.id}`, { cookie: foreign })).status).toBe(404);
  });
});
