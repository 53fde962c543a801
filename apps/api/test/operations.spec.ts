import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('operations endpoints', () => {
  it('reports health of database and queue', async () => {
    const res = await h.call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { database: 'up', queue: 'up', queueTransport: 'redis' } });
  });

  it('exposes Prometheus metrics including request durations on the localhost metrics port, not on the API port', async () => {
    // METRICS_PORT / METRICS_PUBLIC: security-headers.spec.ts starts an API with them and reads the metrics there.
    await h.call('GET', '/api/health');
    const res = await h.call('GET', '/api/metrics');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('route.not_found');
  });

  it('serves the OpenAPI 3 document and its UI', async () => {
    const doc = await h.call('GET', '/api/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/sign-in', '/api/organisations', '/api/organisations/{id}']));
    const ui = await fetch(`${h.url}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it("shows the queue dashboard to the platform's operator only, not to a partner's administrator", async () => {
    const operator = await h.signIn('operator@koers.test');
    const res = await fetch(`${h.url}/api/admin/queues`, { headers: { cookie: operator } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/bull/i);
    const admin = await h.signIn(DEMO_EMAILS.administrator);
    const refused = await h.call('GET', '/api/admin/queues', { cookie: admin });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'forbidden.operator' });
  });
});

describe('the web apps\' API client', () => {
  it('was generated from the API as it is now (run `npm run api-client:generate` after changing an endpoint)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../libs/web/api-client/src/openapi.json'), 'utf8'));
    const live = (await h.call('GET', '/api/docs-json')).body;
    expect(live).toEqual(committed);
  });
});

describe('the OpenAPI document', () => {
  it('declares the session cookie, and per operation its security and problem answers (derived from the handler)', async () => {
    const doc = (await h.call('GET', '/api/docs-json')).body;
    expect(doc.components.securitySchemes).toEqual({ session: { type: 'apiKey', in: 'cookie', name: 'koers_session', description: expect.any(String) } });
    expect(doc.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'code', 'params', 'text', 'detail', 'errors']);
    const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
    const answers = (op: { responses: Record<string, { content?: unknown }> }) => Object.keys(op.responses);

    const signIn = doc.paths['/api/auth/sign-in'].post;
    expect(signIn.security).toEqual([]);
    // 403 and 415: the write guard (another site's page, a body that is not JSON); 429: the sign-in limits.
    expect(answers(signIn)).toEqual(['200', '400', '401', '403', '415', '429']);
    expect(signIn.responses['401'].content).toEqual(problem);
    expect(signIn.responses['429'].description).toContain('auth.too_many_attempts');
    expect(signIn.responses['415'].description).toContain('application/json');
    expect(doc.paths['/api/auth/session'].get.security).toEqual([{ session: [] }]);
    expect(answers(doc.paths['/api/auth/session'].get)).toEqual(['200', '401']);

    const create = doc.paths['/api/organisations'].post;
    expect(create.security).toEqual([{ session: [] }]);
    expect(answers(create)).toEqual(['201', '400', '401', '403', '409', '415']);
    expect(create.responses['403'].description).toContain('administrator or coordinator');
    expect(create.responses['403'].description).toContain('csrf.origin_refused');
    expect(create.responses['400'].content).toEqual(problem);
    expect(answers(doc.paths['/api/organisations/{id}'].get)).toEqual(['200', '400', '401', '404']);
    expect(answers(doc.paths['/api/organisations/{id}/calculations'].post)).toEqual(['202', '400', '401', '403', '404', '409', '415', '503']);
    // An upload route takes multipart besides JSON.
    expect(doc.paths['/api/masterclass/scan-companies/import'].post.responses['415'].description).toContain('application/json or multipart/form-data');
    expect(doc.paths['/api/health']).toBeUndefined();
  });

  it('has one schema per class name: Swagger keeps only one of two classes with the same name, silently', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : []));
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of files(join(__dirname, '../../../libs/server'))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('@nestjs/swagger')) continue;
      for (const [, name] of text.matchAll(/^(?:export )?class (\w+)/gm)) {
        const other = seen.get(name);
        if (other) clashes.push(`${name}: ${other} and ${file}`);
        else seen.set(name, file);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(clashes).toEqual([]);
  });
});
