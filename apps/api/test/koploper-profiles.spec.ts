/**
 * Sustainability profiles: refused until a reviewed baseline has its results,
 * generated with ranked recommendations, commented, published as versions that
 * stay as they were, drafts hidden from participants, the PDF once rendered.
 */
import { JobQueue } from '@koers/server-queue';
import { randomUUID } from 'node:crypto';
import { DEMO_EMAILS, startHarness, waitFor, writeFingerprint, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
let coordinator: string;
let adviser: string;
let participant: string;
let bakkerij: string;
let installateur: string;
let zorg: string;

const thisYear = new Date().getFullYear();
const activities = (kWh: number) => [
  { type: 'electricity', amount: kWh, unit: 'kWh', contract: 'grey' },
  { type: 'natural_gas', amount: 9000, unit: 'm3' },
  { type: 'diesel', amount: 2500, unit: 'l' },
  { type: 'waste', amount: 3000, unit: 'kg', stream: 'residual' },
];

beforeAll(async () => {
  // No worker yet: the first tests need results that are not in.
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
  participant = await h.signIn(DEMO_EMAILS.participant);
  const cohort = await h.call('POST', '/api/koploper/cohorts', { cookie: coordinator, body: { name: 'Koplopergroep Assen', municipality: 'Assen', startsOn: `${thisYear}-01-15`, endsOn: `${thisYear}-12-15` } });
  const pid: Record<string, string> = {};
  for (const key of ['bakkerij', 'installateur', 'zorg']) {
    pid[key] = (await h.call('POST', `/api/programme/groups/${cohort.body.id}/enrolments`, { cookie: coordinator, body: { organisationId: h.ids.organisations[key] } })).body.id;
  }
  await h.call('POST', `/api/programme/groups/${cohort.body.id}/start`, { cookie: coordinator });
  ({ bakkerij, installateur, zorg } = pid);
});
afterAll(() => h?.close());

const generate = (participantId: string, cookie = adviser) => h.call('POST', `/api/koploper/participants/${participantId}/profiles`, { cookie });

const results = (participantId: string, year: number) =>
  waitFor(async () => {
    const b = (await h.call('GET', `/api/koploper/participants/${participantId}/baseline?year=${year}`, { cookie: adviser })).body;
    return [b.footprint.result, b.iso26000.result].some((r) => r && r.status === 'pending') ? null : b;
  }, 30_000, `baseline results of ${year}`);

describe('before the results are in', () => {
  it('409 without a baseline, with only a submitted one, and while the worker has not computed it; nothing written', async () => {
    const before = await writeFingerprint(h.sql);
    const none = await generate(bakkerij);
    expect(none.status).toBe(409);
    expect(none.body.text.en).toContain('no reviewed baseline');
    expect(await writeFingerprint(h.sql)).toEqual(before);

    await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, { cookie: participant, body: { year: 2024, activities: activities(40000) } });
    expect((await generate(bakkerij)).body.text.en).toContain('no reviewed baseline');

    await h.call('POST', `/api/koploper/participants/${bakkerij}/baseline/review`, { cookie: adviser, body: { year: 2024 } });
    const pending = await generate(bakkerij);
    expect(pending.status).toBe(409);
    expect(pending.body.text.en).toContain('2024 footprint is still being calculated');
  });

  it('only staff generate profiles', async () => {
    expect((await generate(bakkerij, participant)).status).toBe(403);
    expect((await generate(bakkerij, await h.signIn(DEMO_EMAILS.analyst))).status).toBe(403);
  });
});

describe('with results', () => {
  let v1: string;
  let v1Body: Record<string, unknown>;

  beforeAll(async () => {
    await h.startWorker();
    // Hold back PDF rendering so "not ready yet" can be seen; the tests stand in for the renderer.
    await h.app.get(JobQueue).queue('documents').pause();
    const answers = [
      { issueId: 'environment.climate-change', maturity: 3 },
      { issueId: 'environment.pollution-prevention', maturity: 4 },
      { issueId: 'labour-practices.health-safety', maturity: 1 },
      { issueId: 'fair-operating-practices.value-chain', maturity: 0 },
    ];
    await h.call('PUT', `/api/koploper/participants/${bakkerij}/iso26000`, { cookie: adviser, body: { year: 2024, answers } });
    const done = await results(bakkerij, 2024);
    expect(done.footprint.result.status).toBe('succeeded');
    expect(done.iso26000.result.status).toBe('succeeded');
  });

  it('generates a draft with ranked recommendations, what goes well and what can improve', async () => {
    const res = await generate(bakkerij);
    expect(res.status).toBe(201);
    const p = res.body;
    expect(p).toMatchObject({ status: 'draft', version: null, year: 2024, publishedAt: null, pdfReady: false, organisationName: 'Bakkerij De Vries', adviserComment: '', comparison: null });
    expect(p.footprint.totalKgCO2e).toBeGreaterThan(0);
    expect(p.iso26000.coreSubjects.find((s: { id: string }) => s.id === 'environment').scorePercent).toBe(87.5);
    expect(p.recommendations.length).toBeGreaterThan(3);
    expect(p.recommendations.map((r: { rank: number }) => r.rank)).toEqual(p.recommendations.map((_: unknown, i: number) => i + 1));
    const relevance = p.recommendations.map((r: { relevance: number }) => r.relevance);
    expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
    expect(p.recommendations[0]).toMatchObject({ measureId: expect.any(String), title: { nl: expect.any(String), en: expect.any(String) }, reason: { nl: expect.any(String), en: expect.any(String) } });
    expect(p.canImprove.map((i: { kind: string }) => i.kind)).toContain('footprint-theme');
    expect(p.goingWell).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'iso26000-subject', id: 'environment' })]));

    // Regenerating replaces the draft: still one.
    const again = await generate(bakkerij);
    expect(again.body.id).toBe(p.id);
    v1 = p.id;
  });

  it('participants never see a draft; comments go on the draft only', async () => {
    expect((await h.call('GET', `/api/koploper/profiles/${v1}`, { cookie: participant })).status).toBe(404);
    expect((await h.call('GET', `/api/koploper/profiles/${v1}/pdf`, { cookie: participant })).status).toBe(404);
    expect((await h.call('PATCH', `/api/koploper/profiles/${v1}`, { cookie: participant, body: { adviserComment: 'Zelf gedaan' } })).status).toBe(403);
    const bad = await h.call('PATCH', `/api/koploper/profiles/${v1}`, { cookie: adviser, body: { adviserComment: 'x'.repeat(5001) } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('adviserComment');
    const commented = await h.call('PATCH', `/api/koploper/profiles/${v1}`, { cookie: adviser, body: { adviserComment: 'Goede start. Pak de bestelbus aan.' } });
    expect(commented.status).toBe(200);
    expect(commented.body.adviserComment).toBe('Goede start. Pak de bestelbus aan.');
    expect((await generate(bakkerij)).body.adviserComment).toBe('Goede start. Pak de bestelbus aan.');
  });

  it('publishes version 1, which then stays as it is; the PDF is 409 until rendered', async () => {
    const published = await h.call('POST', `/api/koploper/profiles/${v1}/publish`, { cookie: adviser });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 1, pdfReady: false, adviserName: 'Ada Veenstra' });
    expect(Date.parse(published.body.publishedAt)).not.toBeNaN();
    v1Body = published.body;

    expect((await h.call('PATCH', `/api/koploper/profiles/${v1}`, { cookie: adviser, body: { adviserComment: 'Later' } })).status).toBe(409);
    expect((await h.call('POST', `/api/koploper/profiles/${v1}/publish`, { cookie: adviser })).status).toBe(409);
    const seen = await h.call('GET', `/api/koploper/profiles/${v1}`, { cookie: participant });
    expect(seen.status).toBe(200);
    expect(seen.body.adviserComment).toBe('Goede start. Pak de bestelbus aan.');

    const job = await h.app.get(JobQueue).queue('documents').getJob(`profile-pdf-${v1}`);
    expect(job).toMatchObject({ name: 'document.render', id: `profile-pdf-${v1}`, data: { kind: 'profile_pdf', ownerId: v1, partnerId: h.ids.partners.noord } });
    const notYet = await h.call('GET', `/api/koploper/profiles/${v1}/pdf`, { cookie: participant });
    expect(notYet.status).toBe(409);
    expect(notYet.body.text.en).toContain('not ready yet');

    // What the renderer does when it is done: store the file and point the profile at it.
    const fileId = randomUUID();
    await h.sql.query(
      `insert into stored_file (id, partner_id, organisation_id, purpose, owner_id, filename, content_type, size_bytes, sha256, content)
       values ($1, $2, $3, 'profile_pdf', $4, 'Duurzaamheidsprofiel.pdf', 'application/pdf', 9, repeat('0', 64), $5)`,
      [fileId, h.ids.partners.noord, h.ids.organisations.bakkerij, v1, Buffer.from('%PDF-1.4\n')],
    );
    await h.sql.query(`update sustainability_profile set pdf_file_id = $1 where id = $2`, [fileId, v1]);
    const res = await fetch(`${h.url}/api/koploper/profiles/${v1}/pdf`, { headers: { cookie: participant } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('%PDF-1.4\n');
    expect((await h.call('GET', `/api/koploper/profiles/${v1}`, { cookie: participant })).body.pdfReady).toBe(true);
  });

  it('a later year compares with the first; version 2 leaves version 1 unchanged', async () => {
    await h.call('PUT', `/api/koploper/participants/${bakkerij}/baseline`, { cookie: adviser, body: { year: 2025, activities: activities(20000) } });
    const y2025 = await results(bakkerij, 2025);
    const y2024 = await results(bakkerij, 2024);
    const draft = await generate(bakkerij);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', year: 2025, iso26000: null, adviserComment: '' });
    expect(draft.body.id).not.toBe(v1);
    const total = (b: { footprint: { result: { output: { totalKgCO2e: number } } } }) => b.footprint.result.output.totalKgCO2e;
    expect(draft.body.comparison).toEqual({
      baselineYear: 2024,
      baselineKgCO2e: total(y2024),
      changeKgCO2e: Math.round((total(y2025) - total(y2024)) * 10) / 10,
      changePercent: Math.round(((total(y2025) - total(y2024)) / total(y2024)) * 1000) / 10,
    });
    expect(draft.body.comparison.changeKgCO2e).toBeLessThan(0);

    const v2 = await h.call('POST', `/api/koploper/profiles/${draft.body.id}/publish`, { cookie: adviser });
    expect(v2.body.version).toBe(2);
    const first = await h.call('GET', `/api/koploper/profiles/${v1}`, { cookie: adviser });
    expect({ ...first.body, pdfReady: false }).toEqual(v1Body);
  });
});

describe('the PDF, rendered by the worker', () => {
  it('renders every published version once the documents queue runs, and serves it as a download', async () => {
    await h.app.get(JobQueue).queue('documents').resume();
    const versions = (await h.call('GET', `/api/koploper/participants/${bakkerij}`, { cookie: participant })).body.profiles.filter((p: { status: string }) => p.status === 'published');
    expect(versions.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    const v2 = versions[0].id;
    await waitFor(async () => (await h.call('GET', `/api/koploper/profiles/${v2}`, { cookie: participant })).body.pdfReady, 30_000, 'the rendered profile PDF');
    const res = await fetch(`${h.url}/api/koploper/profiles/${v2}/pdf`, { headers: { cookie: participant } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('Duurzaamheidsprofiel-Bakkerij-De-Vries-v2.pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(3000);
  });
});

describe('what the organisation must have', () => {
  it('409 naming the SBI code when the organisation has none', async () => {
    await h.call('PUT', `/api/koploper/participants/${zorg}/baseline`, { cookie: adviser, body: { year: 2024, activities: activities(90000) } });
    await results(zorg, 2024);
    await h.sql.query(`update organisation set sbi_code = null where id = $1`, [h.ids.organisations.zorg]);
    const res = await generate(zorg);
    expect(res.status).toBe(409);
    expect(res.body.errors[0].field).toBe('sbiCode');
    expect(res.body.text.en).toContain('no SBI code');
    await h.sql.query(`update organisation set sbi_code = '87.10' where id = $1`, [h.ids.organisations.zorg]);
    expect((await generate(zorg)).status).toBe(201);
  });

  it('another company and another partner see nothing (404)', async () => {
    await h.call('PUT', `/api/koploper/participants/${installateur}/baseline`, { cookie: adviser, body: { year: 2024, activities: activities(5000) } });
    await results(installateur, 2024);
    const draft = await generate(installateur);
    const published = await h.call('POST', `/api/koploper/profiles/${draft.body.id}/publish`, { cookie: adviser });
    expect(published.status).toBe(200);
    expect((await h.call('GET', `/api/koploper/profiles/${draft.body.id}`, { cookie: participant })).status).toBe(404);
    expect((await generate(installateur, participant)).status).toBe(403);
    const g = await h.signIn('beheer@groningen-duurzaam.test');
    expect((await h.call('GET', `/api/koploper/profiles/${draft.body.id}`, { cookie: g })).status).toBe(404);
    expect((await generate(installateur, g)).status).toBe(404);
  });
});
