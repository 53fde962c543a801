/**
 * Every declared document kind has exactly one @DocumentRenderer, or the
 * worker does not start: a missing or a second renderer is named at start,
 * not found out when a company waits for its PDF. With one renderer per kind,
 * `document.render` renders the payload's kind and stores it once, with the
 * owner's tenancy. Real PostgreSQL (a cloned test database) and real Redis.
 */
import { Logger } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@koers/server-config';
import { dataSourceOptions } from '@koers/server-db';
import { DocumentRenderers } from '@koers/server-documents';
import { JobQueue, prepareTransport, transportFromConfig } from '@koers/server-queue';
import { waitFor } from '../../../tools/testing/api-harness';
import { cloneTestDatabase } from '../../../tools/testing/test-database';
import { WORKSPACE_ROOT } from '../../../tools/dev/postgres';
import { seedDemoAlliance, seedDemoTrack, type DemoIds } from '../../../tools/dev/seed-demo';
import { WorkerModule } from '../src/worker.module';
import { TEST_NOTE, TestNotes, TestNotesModule } from './document-fixtures';

/**
 * The text lines of a pdfkit PDF (unpdf needs ESM, which this Jest setup does not run):
 * inflate the page streams and decode each TJ array of hex strings (WinAnsi).
 */
function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      lines.push([...tj[1].matchAll(/<([0-9a-f]*)>/gi)].map((h) => Buffer.from(h[1], 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}

describe('document renderers at worker start', () => {
  let config: AppConfig;
  let env: NodeJS.ProcessEnv;
  let sql: DataSource;
  let ids: DemoIds;

  beforeAll(async () => {
    const databaseUrl = await cloneTestDatabase();
    env = { DATABASE_URL: databaseUrl, REDIS_URL: process.env.KOERS_TEST_REDIS_URL, NODE_ENV: 'test', LOG_LEVEL: 'error', QUEUE_PREFIX: `docs${randomBytes(4).toString('hex')}` };
    config = loadConfig(env);
    await prepareTransport(transportFromConfig(config));
    sql = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } }));
    await sql.initialize();
    ({ ids } = await seedDemoAlliance(sql));
  });

  afterAll(() => sql?.destroy());

  /** Starts a worker process with the fixture modules named, as main.ts would, and waits for it to be up (and stop again) or to refuse. */
  function startWorker(...modules: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, [join(WORKSPACE_ROOT, 'tools/dev/register.cjs'), 'apps/worker/test/start-worker.fixture.ts', ...modules], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
  }

  it('refuses to start when a declared kind has no renderer, naming the kind', async () => {
    // The fixtures declare test_note; without the notes module nothing renders it.
    const { code, stdout, stderr } = await startWorker();
    expect(code).toBe(1);
    expect(stdout).not.toContain('worker started');
    expect(stderr).toContain('Worker kan niet starten / cannot start:\n  document kind test_note has no @DocumentRenderer\n');
  });

  it('refuses to start when a kind has two renderers, naming the kind and both', async () => {
    const { code, stderr } = await startWorker('notes', 'another-profile');
    expect(code).toBe(1);
    expect(stderr).toContain('document kind profile_pdf has 2 renderers: AnotherProfileLayout.render, KoploperDocuments.profile');
    expect(stderr).not.toContain('test_note');
  });

  it('starts when every declared kind has one renderer', async () => {
    const { code, stdout, stderr } = await startWorker('notes');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('worker started');
  });

  describe('the document.render job', () => {
    let worker: TestingModule;
    beforeAll(async () => {
      if (!process.env.KOERS_TEST_LOGS) Logger.overrideLogger(false);
      worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config), TestNotesModule] }).compile();
      await worker.init();
    });
    afterAll(() => worker?.close());

    it('renders the kind the payload names, stores it once with the owner tenancy, and stores nothing for a foreign partner', async () => {
      expect(worker.get(DocumentRenderers).kinds().sort()).toEqual(['chain_results', 'csr_certificate', 'participation_certificate', 'profile_pdf', 'sector_results', 'test_note']);
      const notes = worker.get(TestNotes);
      const jobs = worker.get(JobQueue);
      const queue = jobs.queue('documents');
      const ownerId = ids.partners.noord;
      const stored = (owner: string): Promise<Record<string, unknown>[]> =>
        sql.query(`select purpose, partner_id, organisation_id, filename, content_type, size_bytes, created_by from stored_file where owner_id = $1`, [owner]);
      const idle = async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed');
        return c.waiting + c.active + c.delayed === 0;
      };

      await jobs.add('document.render', { kind: TEST_NOTE, ownerId, partnerId: ids.partners.noord });
      const [file] = await waitFor(async () => (await stored(ownerId)).length > 0 && stored(ownerId), 30_000, 'the note to be stored');
      expect(file).toMatchObject({ purpose: 'test_note', partner_id: ids.partners.noord, organisation_id: null, filename: 'Notitie.pdf', content_type: 'application/pdf', created_by: null });
      expect(file.size_bytes).toBeGreaterThan(500);

      // A duplicate job finds the file and renders nothing.
      await jobs.add('document.render', { kind: TEST_NOTE, ownerId, partnerId: ids.partners.noord });
      await waitFor(idle, 30_000, 'the duplicate job to finish');
      expect(notes.calls).toBe(1);
      expect(await stored(ownerId)).toHaveLength(1);

      // The owner is Groningen's, the job names Noord: refused, nothing stored.
      const foreign = ids.partners.groningen;
      await jobs.add('document.render', { kind: TEST_NOTE, ownerId: foreign, partnerId: ids.partners.noord }, { attempts: 1 });
      await waitFor(async () => (await queue.getJobCounts('failed')).failed > 0, 30_000, 'the foreign job to fail');
      const [failed] = await queue.getJobs(['failed']);
      expect(failed.failedReason).toBe(`test_note ${foreign} belongs to partner ${foreign}, the job names ${ids.partners.noord}`);
      expect(await stored(foreign)).toHaveLength(0);
    });

    it("renders the Koploper track's profile, participation certificate and CSR certificate from the programme tables", async () => {
      await seedDemoTrack(sql, ids);
      const [{ id: enrolmentId, group_name: groupName }] = await sql.query(
        `select e.id, g.name as group_name from enrolment e join programme_group g on g.id = e.group_id where e.organisation_id = $1`,
        [ids.organisations.bakkerij],
      );
      await sql.query(`update enrolment set phase = 'symposium' where id = $1`, [enrolmentId]);
      const profileId = randomUUID();
      const certificateId = randomUUID();
      const footprint = { totalKgCO2e: 41_250, scopes: { scope1: 20_000, scope2MarketBased: 18_000, scope2LocationBased: 19_000, scope3: 3_250 }, themes: { energy: 38_000, mobility: 3_250, waste: 0, water: 0, materials: 0 }, lines: [] };
      await sql.query(
        `insert into sustainability_profile (id, partner_id, participant_id, organisation_id, status, version, year, content, adviser_comment, published_by, published_at)
         values ($1, $2, $3, $4, 'published', 1, 2025, $5, 'Begin met de ovens.', $6, '2026-04-01T12:00:00Z')`,
        [profileId, ids.partners.noord, enrolmentId, ids.organisations.bakkerij, JSON.stringify({ footprint }), ids.users.adviser],
      );
      await sql.query(
        `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, profile_id, conditions, number, awarded_on, valid_until)
         values ($1, $2, $3, $4, 'awarded', $5, '["Energiescan herhalen in 2027"]', 'MVO-2026-0001', '2026-11-21', '2029-11-21')`,
        [certificateId, ids.partners.noord, enrolmentId, ids.organisations.bakkerij, profileId],
      );
      const jobs = worker.get(JobQueue);
      for (const [kind, ownerId] of [['profile_pdf', profileId], ['participation_certificate', enrolmentId], ['csr_certificate', certificateId]]) {
        await jobs.add('document.render', { kind, ownerId, partnerId: ids.partners.noord }, { attempts: 1 });
      }
      const files: { id: string; purpose: string; owner_id: string; organisation_id: string; filename: string; content: Buffer }[] = await waitFor(async () => {
        const rows = await sql.query(`select id, purpose, owner_id, organisation_id, filename, content from stored_file where owner_id = any($1) order by purpose`, [[profileId, enrolmentId, certificateId]]);
        return rows.length === 3 && rows;
      }, 30_000, 'the three Koploper documents');
      expect(files.map((f) => [f.purpose, f.owner_id, f.organisation_id, f.filename])).toEqual([
        ['csr_certificate', certificateId, ids.organisations.bakkerij, 'MVO-certificaat-MVO-2026-0001.pdf'],
        ['participation_certificate', enrolmentId, ids.organisations.bakkerij, 'Certificaat-van-deelname-Bakkerij-De-Vries.pdf'],
        ['profile_pdf', profileId, ids.organisations.bakkerij, 'Duurzaamheidsprofiel-Bakkerij-De-Vries-v1.pdf'],
      ]);
      const [csr, participation, profile] = files.map((f) => pdfText(f.content));
      expect(profile).toContain('Duurzaamheidsprofiel');
      expect(profile).toContain('41,3 ton CO2e');
      expect(profile).toContain(groupName);
      expect(participation).toContain(`in ${groupName} (Assen)`);
      expect(csr).toContain('Energiescan herhalen in 2027');
      // The profile points at its PDF once it is stored (in the same transaction).
      const [{ pdf_file_id }] = await sql.query(`select pdf_file_id from sustainability_profile where id = $1`, [profileId]);
      expect(pdf_file_id).toBe(files[2].id);
    });
  });
});
