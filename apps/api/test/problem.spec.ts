import { RuleError } from '@koers/domain';
import { ConflictError } from '@koers/server-db';
import { QueryFailedError } from 'typeorm';
import { toProblem } from '../src/app/problem.filter';
import { DEMO_EMAILS, startHarness, type Harness } from '../../../tools/testing/api-harness';

// The one error contract (docs/programme.md, "Errors: one contract"), end to end.

let h: Harness;
let coordinator: string;
let adviser: string;
beforeAll(async () => {
  h = await startHarness();
  coordinator = await h.signIn(DEMO_EMAILS.coordinator);
  adviser = await h.signIn(DEMO_EMAILS.adviser);
});
afterAll(() => h?.close());

/** Every answer has the whole shape, `detail` is the Dutch text and the content type is problem+json. */
function expectProblem(res: { status: number; body: any; headers: Headers }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body).toEqual(
    expect.objectContaining({
      type: `https://koers.dev/problems/${code}`,
      title: expect.any(String),
      status,
      code,
      params: expect.any(Object),
      text: { nl: expect.any(String), en: expect.any(String) },
      errors: expect.any(Array),
      instance: expect.stringMatching(/^\/api\//),
    }),
  );
  expect(res.body.detail).toBe(res.body.text.nl);
  expect(res.body.text.nl).not.toContain(' / ');
  return res.body;
}

describe('400: invalid input names each field in both languages', () => {
  it('gives a code, the limit and a Dutch and an English text per field and constraint', async () => {
    const res = await h.call('POST', '/api/organisations', { cookie: coordinator, body: { name: 'x'.repeat(201), kind: 'shop', step: 'koploper', colour: 'green' } });
    const body = expectProblem(res, 400, 'validation');
    expect(body.title).toBe('Bad Request');
    expect(body.params).toEqual({ fields: ['colour', 'name', 'kind'] });
    expect(body.text).toEqual({ nl: 'Ongeldige invoer: colour, naam, soort', en: 'Invalid input: colour, name, kind' });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'validation.maxLength', params: { max: 200 }, text: { nl: 'naam mag hoogstens 200 tekens zijn', en: 'name must be at most 200 characters' } },
        {
          field: 'kind',
          code: 'validation.isIn',
          params: { values: expect.arrayContaining(['company', 'municipality']) },
          text: { nl: expect.stringMatching(/^soort moet een van deze waarden zijn: company, /), en: expect.stringMatching(/^kind must be one of: company, /) },
        },
        { field: 'colour', code: 'validation.whitelistValidation', params: {}, text: { nl: 'colour is hier niet toegestaan', en: 'colour is not allowed here' } },
      ]),
    );
    expect(body.errors).toHaveLength(3);
  });

  it("uses a DTO's own text where it gives one (withText), and names query fields", async () => {
    const kvk = await h.call('POST', '/api/organisations', { cookie: coordinator, body: { name: 'Kwekerij', kind: 'company', step: 'koploper', kvkNumber: '123' } });
    expect(expectProblem(kvk, 400, 'validation').errors).toEqual([
      { field: 'kvkNumber', code: 'validation.matches', params: { pattern: '/^\\d{8}$/' }, text: { nl: 'KvK-nummer moet 8 cijfers zijn', en: 'kvkNumber must be a Chamber of Commerce number of 8 digits' } },
    ]);
    const page = await h.call('GET', '/api/organisations?pageSize=500&page=0', { cookie: coordinator });
    expect(expectProblem(page, 400, 'validation').errors).toEqual([
      { field: 'page', code: 'validation.min', params: { min: 1 }, text: { nl: 'pagina moet minstens 1 zijn', en: 'page must be at least 1' } },
      { field: 'pageSize', code: 'validation.max', params: { max: 100 }, text: { nl: 'paginagrootte mag hoogstens 100 zijn', en: 'pageSize must be at most 100' } },
    ]);
  });

  it('answers a refusal of a service (BadInputError) with its own code, naming the field', async () => {
    const res = await h.call('POST', `/api/organisations/${h.ids.organisations.bakkerij}/calculations`, { cookie: adviser, body: { pluginId: 'no.such', year: 2024, input: {} } });
    const body = expectProblem(res, 400, 'calculation.unknown_calculator');
    expect(body.params).toEqual({ pluginId: 'no.such' });
    expect(body.text).toEqual({ nl: 'Onbekende rekenmodule: no.such', en: 'Unknown calculator: no.such' });
    expect(body.errors).toEqual([{ field: 'pluginId', code: 'calculation.unknown_calculator', params: { pluginId: 'no.such' }, text: body.text }]);
  });
});

describe('400, 413, 415: what Fastify refuses before a controller sees it', () => {
  it('bad JSON', async () => {
    const res = await h.call('POST', '/api/auth/sign-in', { rawBody: '{"email": "a@b.test", ', headers: { 'content-type': 'application/json' } });
    const body = expectProblem(res, 400, 'body.invalid_json');
    expect(body.text).toEqual({ nl: 'De inhoud is geen geldige JSON', en: 'The body is not valid JSON' });
  });

  it('an unknown content type and a body over the limit', async () => {
    expectProblem(await h.call('POST', '/api/auth/sign-in', { rawBody: '<sign-in/>', headers: { 'content-type': 'application/xml' } }), 415, 'body.unsupported_media_type');
    const big = JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1024 * 1024 + 10) });
    expectProblem(await h.call('POST', '/api/auth/sign-in', { rawBody: big, headers: { 'content-type': 'application/json' } }), 413, 'body.too_large');
  });
});

describe('401 and 403', () => {
  it('401 without a session, and for a wrong password with its own code', async () => {
    const none = expectProblem(await h.call('GET', '/api/auth/session'), 401, 'unauthenticated');
    expect(none.text).toEqual({ nl: 'U bent niet aangemeld', en: 'You are not signed in' });
    const wrong = expectProblem(await h.call('POST', '/api/auth/sign-in', { body: { email: DEMO_EMAILS.coordinator, password: 'fout-wachtwoord' } }), 401, 'auth.wrong_credentials');
    expect(wrong.text).toEqual({ nl: 'Onjuist e-mailadres of wachtwoord', en: 'Wrong e-mail address or password' });
  });

  it('403 names the roles the action needs, each text in its own language', async () => {
    const res = await h.call('POST', '/api/organisations', { cookie: adviser, body: { name: 'Kwekerij', kind: 'company', step: 'koploper' } });
    const body = expectProblem(res, 403, 'forbidden.role');
    expect(body.params).toEqual({ roles: ['administrator', 'coordinator'] });
    expect(body.text).toEqual({ nl: 'Deze actie vraagt de rol beheerder of coördinator', en: 'This action needs the role administrator or coordinator' });
    const one = expectProblem(await h.call('GET', '/api/users', { cookie: adviser }), 403, 'forbidden.role');
    expect(one.text).toEqual({ nl: 'Deze actie vraagt de rol beheerder', en: 'This action needs the role administrator' });
  });

  it('the queue dashboard (outside Nest) answers the same shape', async () => {
    const res = await h.call('GET', '/api/admin/queues', { cookie: coordinator });
    expect(expectProblem(res, 403, 'forbidden.operator').text.en).toBe("This is for the platform's operator, not for a partner's administrator");
    expectProblem(await h.call('GET', '/api/admin/queues'), 401, 'unauthenticated');
  });
});

describe('404 and 409', () => {
  it('404 names what was not found in both languages', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const body = expectProblem(await h.call('GET', `/api/organisations/${id}`, { cookie: coordinator }), 404, 'not_found');
    expect(body.params).toEqual({ entity: 'Organisation', id });
    expect(body.text).toEqual({ nl: `Organisatie ${id} niet gevonden`, en: `Organisation ${id} not found` });
    // Another partner's organisation is just as absent.
    expectProblem(await h.call('GET', `/api/organisations/${h.ids.organisations.metaal}`, { cookie: coordinator }), 404, 'not_found');
  });

  it('404 for a route that does not exist', async () => {
    const body = expectProblem(await h.call('GET', '/api/no-such-thing?x=1', { cookie: coordinator }), 404, 'route.not_found');
    expect(body.params).toEqual({ method: 'GET', path: '/api/no-such-thing' });
    expect(body.text).toEqual({ nl: 'Deze route bestaat niet: GET /api/no-such-thing', en: 'There is no route GET /api/no-such-thing' });
  });

  it('409 with a code, the value and the field', async () => {
    const res = await h.call('POST', '/api/organisations', { cookie: coordinator, body: { name: 'Dubbel', kind: 'company', step: 'koploper', kvkNumber: '40012345' } });
    const body = expectProblem(res, 409, 'organisation.kvk_number_taken');
    expect(body.title).toBe('Conflict');
    expect(body.params).toEqual({ kvkNumber: '40012345' });
    expect(body.text).toEqual({ nl: 'KvK-nummer 40012345 is al geregistreerd', en: 'Chamber of Commerce number 40012345 is already registered' });
    expect(body.errors).toEqual([{ field: 'kvkNumber', code: 'organisation.kvk_number_taken', params: { kvkNumber: '40012345' }, text: body.text }]);
  });
});

describe('the mapping of what else can be thrown', () => {
  const request = { method: 'POST', url: '/api/x' };

  it('a domain RuleError is a 409 with its code, params and text', () => {
    const p = toProblem(new RuleError('group.size_rule', { nl: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2', en: 'A cohort has 3 to 15 participants; now 2' }, { min: 3, max: 15, count: 2 }), request);
    expect(p).toEqual({
      type: 'https://koers.dev/problems/group.size_rule',
      title: 'Conflict',
      status: 409,
      code: 'group.size_rule',
      params: { min: 3, max: 15, count: 2 },
      text: { nl: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2', en: 'A cohort has 3 to 15 participants; now 2' },
      detail: 'Een Koplopergroep telt 3 tot 15 deelnemers; nu 2',
      errors: [],
    });
    expect(toProblem(ConflictError.fromRule(new RuleError('group.size_rule', { nl: 'nl', en: 'en' }), 'organisationId'), request).errors).toEqual([
      { field: 'organisationId', code: 'group.size_rule', params: {}, text: { nl: 'nl', en: 'en' } },
    ]);
  });

  it('database constraint violations a race can cause are 409 or 400 with a code', () => {
    const unique = Object.assign(new QueryFailedError('insert', [], new Error('duplicate key')), { code: '23505' });
    expect(toProblem(unique, request)).toMatchObject({ status: 409, code: 'already_exists', text: { nl: 'Dit bestaat al', en: 'This already exists' } });
    const invalid = Object.assign(new QueryFailedError('insert', [], new Error('invalid input syntax')), { code: '22P02' });
    expect(toProblem(invalid, request)).toMatchObject({ status: 400, code: 'invalid_value' });
  });

  it('anything else is a 500 with a generic text in both languages', () => {
    expect(toProblem(new Error('boom: secret detail'), request)).toEqual(
      expect.objectContaining({
        status: 500,
        code: 'internal',
        text: { nl: 'Er ging iets mis aan onze kant; probeer het later opnieuw', en: 'Something went wrong on our side; please try again later' },
      }),
    );
  });
});
