/**
 * The communication assignment (communicatieopdracht), the Koploper prize and
 * the certificate of participation: text and files with type and size checks,
 * submitting, a jury of staff, scores within each criterion's maximum, the
 * ranking with a tie, awarding only a leader, and the certificate PDF the
 * worker renders once the symposium is reached.
 */
import { DEMO_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let admin: string;
let participant: string;
let cohortId: string;
let bakkerij: string;
let installateur: string;
let zorg: string;

const thisYear = new Date().getFullYear();
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(500, 1)]);
const MB = 1024 * 1024;

beforeAll(async () => {
  // No worker yet: the certificate must be seen "not ready" first.
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  admin = await h.signIn(DEMO_EMAILS.administrator);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  cohortId = cohort.body.id;
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohortId}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  expect((await h.call('POST', `/api/programme/groups/${cohortId}/start`, { cookie: coordinator })).status).toBe(200);
  ({ bakkerij, installateur, zorg } = pid);
});
afterAll(() => h?.close());

const putText = (pid: string, text: unknown, cookie = participant) => h.call('PUT', `/api/koploper/participants/${pid}/communication`, { cookie, body: { text } });
const submit = (pid: string, cookie = participant) => h.call('POST', `/api/koploper/participants/${pid}/communication/submit`, { cookie });

async function upload(pid: string, name: string, content: Buffer, cookie = participant) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${h.url}/api/koploper/participants/${pid}/communication/files`, { method: 'POST', headers: { cookie }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

describe('the communication assignment', () => {
  it('the participant writes its text and adds files: a draft until submitted', async () => {
    const draft = await putText(bakkerij, 'In de winkel ziet iedereen hoeveel stroom de ovens van het eigen dak halen.');
    expect(draft.status).toBe(200);
    expect(draft.body).toEqual({ id: expect.any(String), participantId: bakkerij, text: 'In de winkel ziet iedereen hoeveel stroom de ovens van het eigen dak halen.', status: 'draft', submittedAt: null, files: [] });

    const poster = await upload(bakkerij, 'poster.pdf', PDF);
    expect(poster.status).toBe(200);
    expect(poster.body.files).toEqual([{ id: expect.any(String), filename: 'poster.pdf', contentType: 'application/pdf', sizeBytes: PDF.length }]);
    const photo = await upload(bakkerij, 'Foto winkel.PNG', PNG, adviser);
    expect(photo.status).toBe(200);
    expect(photo.body.files.map((f: { filename: string; contentType: string }) => [f.filename, f.contentType])).toEqual([
      ['poster.pdf', 'application/pdf'],
      ['Foto winkel.PNG', 'image/png'],
    ]);
    expect(photo.body.id).toBe(draft.body.id);

    const file = await fetch(`${h.url}/api/files/${poster.body.files[0].id}`, { headers: { cookie: participant } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: participant })).body.communication).toEqual(photo.body);
  });

  it('refuses other file types, content that is not what its name says and files over 10 MB, with a clear 400; nothing is written', async () => {
    const before = await writeFingerprint(h.sql);
    const exe = await upload(bakkerij, 'setup.exe', Buffer.from('MZ...'));
    expect(exe.status).toBe(400);
    expect(exe.body.errors[0].field).toBe('file');
    expect(exe.body.text.en).toContain('this file type is not allowed; allowed: .pdf, .png, .jpg, .jpeg, .docx, .pptx, .mp4');
    const fake = await upload(bakkerij, 'poster.pdf', Buffer.from('dit is geen pdf'));
    expect(fake.status).toBe(400);
    expect(fake.body.text.en).toBe('poster.pdf: the content is not a .pdf file');
    expect(fake.body.code).toBe('upload.content_mismatch');
    const huge = await upload(bakkerij, 'film.mp4', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(10 * MB)]));
    expect(huge.status).toBe(400);
    expect(huge.body.errors[0].field).toBe('file');
    expect(huge.body.text.en).toContain('max 10 MB');
    const notMultipart = await h.call('POST', `/api/koploper/participants/${bakkerij}/communication/files`, { cookie: participant, body: { file: 'poster.pdf' } });
    expect(notMultipart.status).toBe(400);
    expect(notMultipart.body.errors[0].field).toBe('file');
    const tooLong = await putText(bakkerij, 'x'.repeat(20_001));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors[0].field).toBe('text');
    expect((await putText(bakkerij, null)).status).toBe(400);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it("the participant and its adviser work on it; others get 403, another company's 404", async () => {
    const gAdviser = await h.signIn('adviseur@groningen-duurzaam.test');
    const analyst = await h.signIn(DEMO_EMAILS.analyst);
    const before = await writeFingerprint(h.sql);
    expect((await putText(bakkerij, 'Hallo', analyst)).status).toBe(403);
    expect((await putText(bakkerij, 'Hallo', coordinator)).status).toBe(403);
    expect((await putText(installateur, 'Hallo')).status).toBe(404);
    expect((await upload(installateur, 'poster.pdf', PDF)).status).toBe(404);
    expect((await submit(installateur)).status).toBe(404);
    expect((await putText(bakkerij, 'Hallo', gAdviser)).status).toBe(404);
    expect((await upload(bakkerij, 'poster.pdf', PDF, gAdviser)).status).toBe(404);
    expect(await writeFingerprint(h.sql)).toEqual(before);
  });

  it('submitting needs a text (409); once submitted it stays as the jury sees it', async () => {
    const before = await writeFingerprint(h.sql);
    const none = await submit(installateur, adviser);
    expect(none.status).toBe(409);
    expect(none.body.text.en).toContain('Write the text of the communication assignment first');
    expect(await writeFingerprint(h.sql)).toEqual(before);
    expect((await upload(installateur, 'presentatie.pptx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]), adviser)).status).toBe(200);
    await putText(installateur, '   \n ', adviser);
    expect((await submit(installateur, adviser)).status).toBe(409);

    const submitted = await submit(bakkerij);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', participantId: bakkerij });
    expect(Date.parse(submitted.body.submittedAt)).not.toBeNaN();
    expect((await submit(bakkerij)).body.submittedAt).toBe(submitted.body.submittedAt);
    const after = await writeFingerprint(h.sql);
    expect((await putText(bakkerij, 'Toch anders')).status).toBe(409);
    expect((await upload(bakkerij, 'extra.pdf', PDF)).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(after);
  });
});

describe('the jury and the Koploper prize', () => {
  let gemeente: string;
  const scores = (pid: string, s: Record<string, unknown>, cookie: string) =>
    h.call('GET', `/api/koploper/participants/${pid}`, { cookie: adviser }).then((t) => h.call('PUT', `/api/koploper/communication/${t.body.communication.id}/scores`, { cookie, body: { scores: s } }));
  const prize = (cookie = coordinator) => h.call('GET', `/api/koploper/cohorts/${cohortId}/prize`, { cookie });
  const award = (participantId: string, cookie = coordinator) => h.call('POST', `/api/koploper/cohorts/${cohortId}/prize`, { cookie, body: { participantId } });

  beforeAll(async () => {
    for (const pid of [installateur, zorg]) {
      expect((await putText(pid, 'Onze klanten horen het als eerste.', adviser)).status).toBe(200);
      expect((await submit(pid, adviser)).status).toBe(200);
    }
    // A fourth participant whose assignment stays a draft.
    gemeente = (await h.call('POST', `/api/programme/groups/${cohortId}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations.gemeente } })).body.id;
    expect((await putText(gemeente, 'Nog niet af', adviser)).status).toBe(200);
  });

  it('the coordinator names a jury of staff users of this partner only', async () => {
    const jury = (userIds: unknown, cookie = coordinator) => h.call('PUT', `/api/koploper/cohorts/${cohortId}/jury`, { cookie, body: { userIds } });
    const before = await writeFingerprint(h.sql);
    expect((await jury([h.ids.users.adviser], adviser)).status).toBe(403);
    expect((await jury([h.ids.users.adviser], participant)).status).toBe(403);
    const notStaff = await jury([h.ids.users.adviser, h.ids.users.participant, h.ids.users.gAdmin]);
    expect(notStaff.status).toBe(400);
    expect(notStaff.body.errors.map((e: { field: string }) => e.field)).toEqual(['userIds.1', 'userIds.2']);
    expect(notStaff.body.errors[0].text.en).toContain('Not a staff user of this partner');
    expect(notStaff.body.errors.map((e: { code: string }) => e.code)).toEqual(['prize.juror_unknown', 'prize.juror_unknown']);
    expect((await jury([h.ids.users.adviser, 'ada'])).body.errors[0].field).toBe('userIds');
    expect((await jury([h.ids.users.adviser, h.ids.users.adviser])).status).toBe(400);
    expect((await jury('ada')).status).toBe(400);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const set = await jury([h.ids.users.adviser, h.ids.users.admin, h.ids.users.trainee]);
    expect(set.status).toBe(200);
    expect(set.body.jury.map((j: { name: string }) => j.name)).toEqual(['Ada Veenstra', 'Anna Beheer', 'Jelle Bakker']);
    // Replacing the jury: the trainee leaves.
    const replaced = await jury([h.ids.users.admin, h.ids.users.adviser], admin);
    expect(replaced.body.jury).toEqual([
      { userId: h.ids.users.adviser, name: 'Ada Veenstra' },
      { userId: h.ids.users.admin, name: 'Anna Beheer' },
    ]);
    expect(replaced.body.criteria.map((c: { id: string; max: number }) => [c.id, c.max])).toEqual([
      ['message', 10],
      ['persuasiveness', 10],
      ['creativity', 10],
      ['reach', 5],
    ]);
    expect(replaced.body.criteria[1].name).toEqual({ nl: 'Overtuigingskracht', en: 'Persuasiveness' });
    // Submitted assignments only, none scored yet.
    expect(replaced.body.entries.map((e: { participantId: string }) => e.participantId).sort()).toEqual([bakkerij, installateur, zorg].sort());
    expect(replaced.body.entries.every((e: { total: number; complete: boolean; scores: unknown[] }) => e.total === 0 && !e.complete && e.scores.length === 0)).toBe(true);
    expect(replaced.body).toMatchObject({ leaders: [], tie: false, winnerParticipantId: null });

    expect((await prize(await h.signIn(DEMO_EMAILS.analyst))).status).toBe(200);
    expect((await prize(participant)).status).toBe(403);
    const g = await h.signIn('coordinator@groningen-duurzaam.test');
    expect((await prize(g)).status).toBe(404);
    const noScores = await award(bakkerij);
    expect(noScores.status).toBe(409);
    expect(noScores.body.text.en).toContain('has not given any scores yet');
  });

  it("only jurors score, every criterion within its maximum", async () => {
    const good = { message: 8, persuasiveness: 7, creativity: 9, reach: 4 };
    const analyst = await h.signIn(DEMO_EMAILS.analyst);
    const before = await writeFingerprint(h.sql);
    const notJuror = await scores(bakkerij, good, coordinator);
    expect(notJuror.status).toBe(403);
    expect(notJuror.body.text.en).toContain('Only jurors of this cohort give scores');
    expect((await scores(bakkerij, good, analyst)).status).toBe(403);
    expect((await scores(bakkerij, good, participant)).status).toBe(403);

    const tooHigh = await scores(bakkerij, { ...good, reach: 6, message: 10.5 }, admin);
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.errors.map((e: { field: string }) => e.field)).toEqual(['scores.message', 'scores.reach']);
    expect(tooHigh.body.errors[1].text.en).toContain('the score must be between 0 and 5');
    const odd = await scores(bakkerij, { message: -1, persuasiveness: 'acht', creativity: 7.25, looks: 3 }, admin);
    expect(odd.status).toBe(400);
    expect(odd.body.errors.map((e: { field: string }) => e.field)).toEqual(['scores.looks', 'scores.message', 'scores.persuasiveness', 'scores.creativity', 'scores.reach']);
    expect(odd.body.errors[0].text.en).toContain('unknown criterion');
    expect(odd.body.errors[3].text.en).toContain('At most one decimal');
    expect((await h.call('PUT', `/api/koploper/communication/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/scores`, { cookie: admin, body: { scores: good } })).status).toBe(404);
    expect((await h.call('PUT', `/api/koploper/communication/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/scores`, { cookie: admin, body: { scores: [1, 2] } })).body.errors[0].field).toBe('scores');
    // A path id that is no UUID is refused before the body is read.
    expect((await h.call('PUT', `/api/koploper/communication/x/scores`, { cookie: admin, body: { scores: good } })).body.errors[0].field).toBe('submissionId');
    const draft = await scores(gemeente, good, admin);
    expect(draft.status).toBe(409);
    expect(draft.body.text.en).toContain('has not been submitted yet');
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const scored = await scores(bakkerij, { ...good, reach: 5, creativity: 9.5 }, admin);
    expect(scored.status).toBe(200);
    const entry = scored.body.entries.find((e: { participantId: string }) => e.participantId === bakkerij);
    expect(entry.scores).toHaveLength(4);
    expect(entry.complete).toBe(false); // the adviser has not scored it yet
    expect(scored.body.leaders).toEqual([bakkerij]);
  });

  it('ranks by the weighted total and shows a tie: two leaders', async () => {
    await scores(bakkerij, { message: 8, persuasiveness: 7, creativity: 9, reach: 4 }, admin); // replaces the earlier sheet
    await scores(bakkerij, { message: 7, persuasiveness: 8, creativity: 9, reach: 4 }, adviser);
    await scores(installateur, { message: 8, persuasiveness: 7, creativity: 9, reach: 4 }, admin);
    await scores(installateur, { message: 8, persuasiveness: 7, creativity: 9, reach: 4 }, adviser);
    await scores(zorg, { message: 5, persuasiveness: 5, creativity: 5, reach: 2 }, admin);
    const res = await scores(zorg, { message: 6, persuasiveness: 6, creativity: 6, reach: 3 }, adviser);
    expect(res.status).toBe(200);
    const p = res.body;
    // (2*8 + 2*7 + 9 + 4/5*10) / 6 = 7.833 for both leaders, whichever juror; zorg (29/6 + 36/6) / 2 = 5.417.
    expect(p.entries.map((e: { participantId: string; total: number; complete: boolean }) => [e.participantId, e.total, e.complete])).toEqual([
      [expect.any(String), 7.833, true],
      [expect.any(String), 7.833, true],
      [zorg, 5.417, true],
    ]);
    expect(p.entries.slice(0, 2).map((e: { participantId: string }) => e.participantId).sort()).toEqual([bakkerij, installateur].sort());
    expect([...p.leaders].sort()).toEqual([bakkerij, installateur].sort());
    expect(p.tie).toBe(true);
    expect(p.entries.find((e: { participantId: string }) => e.participantId === bakkerij).organisationName).toBe('Bakkerij De Vries');
    // The jury sees what it judges: the text and the files.
    const bakkerijEntry = p.entries.find((e: { participantId: string }) => e.participantId === bakkerij);
    expect(bakkerijEntry.text).toBe('In de winkel ziet iedereen hoeveel stroom de ovens van het eigen dak halen.');
    expect(bakkerijEntry.files.map((f: { filename: string }) => f.filename)).toEqual(['poster.pdf', 'Foto winkel.PNG']);
    expect(p.entries[0].scores).toHaveLength(8);
    // The draft is no entry.
    expect(p.entries.map((e: { participantId: string }) => e.participantId)).not.toContain(gemeente);
    expect((await prize()).body).toEqual(p);
  });

  it('the coordinator awards the prize to a leader only (409 otherwise); then jury and scores are final', async () => {
    const before = await writeFingerprint(h.sql);
    const notLeader = await award(zorg);
    expect(notLeader.status).toBe(409);
    expect(notLeader.body.text.en).toContain('Only the highest total can win');
    expect(notLeader.body.text.en).toContain('Bakkerij De Vries');
    expect(notLeader.body.text.en).toContain('Installatiebedrijf Bos');
    expect(notLeader.body.errors[0].field).toBe('participantId');
    const noEntry = await award(gemeente);
    expect(noEntry.status).toBe(400);
    expect(noEntry.body.errors[0].field).toBe('participantId');
    expect((await award(installateur, adviser)).status).toBe(403);
    expect((await award(installateur, participant)).status).toBe(403);
    expect(await writeFingerprint(h.sql)).toEqual(before);

    const won = await award(installateur);
    expect(won.status).toBe(200);
    expect(won.body).toMatchObject({ winnerParticipantId: installateur, tie: true });
    expect((await prize(adviser)).body.winnerParticipantId).toBe(installateur);

    const after = await writeFingerprint(h.sql);
    const late = await scores(zorg, { message: 10, persuasiveness: 10, creativity: 10, reach: 5 }, admin);
    expect(late.status).toBe(409);
    expect(late.body.text.en).toContain('has been awarded');
    expect((await h.call('PUT', `/api/koploper/cohorts/${cohortId}/jury`, { cookie: coordinator, body: { userIds: [h.ids.users.admin] } })).status).toBe(409);
    expect(await writeFingerprint(h.sql)).toEqual(after);
  });
});

describe('the certificate of participation', () => {
  const certificate = (pid: string, cookie = participant) => fetch(`${h.url}/api/koploper/participants/${pid}/participation-certificate.pdf`, { headers: { cookie } });

  it('is refused (409) before the symposium', async () => {
    const res = await certificate(bakkerij);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { text: { en: string } }).text.en).toContain('available once the symposium has been reached');
    expect((await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: participant })).body.participationCertificate).toEqual({ available: false });
  });

  it('is a real PDF, rendered by the worker, once the participant has reached the symposium', async () => {
    // The coordinator moves the bakery on past the phase guards, saying why (their work: koploper-phase-guards.spec).
    for (const phase of ['baseline', 'profile', 'action_plan', 'communication', 'symposium']) {
      expect((await h.call('PATCH', `/api/programme/enrolments/${bakkerij}`, { cookie: coordinator, body: { phase, reason: 'Deelnamecertificaat getest' } })).status).toBe(200);
    }
    expect((await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: participant })).body.participationCertificate).toEqual({ available: true });
    const notYet = await certificate(bakkerij);
    expect(notYet.status).toBe(409);
    expect(((await notYet.json()) as { text: { en: string } }).text.en).toContain('not ready yet');
    // Not another company's.
    expect((await certificate(installateur)).status).toBe(404);

    await h.startWorker();
    const res = await waitFor(async () => {
      const r = await certificate(bakkerij);
      return r.status === 200 ? r : null;
    }, 30_000, 'the rendered certificate of participation');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('Certificaat-van-deelname-Bakkerij-De-Vries.pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
    // The adviser gets the same stored file.
    const again = await certificate(bakkerij, adviser);
    expect(Buffer.from(await again.arrayBuffer()).equals(pdf)).toBe(true);
  });
});
