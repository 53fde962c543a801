/**
 * Issue 14 item 1: sign-in and reset abuse (docs/security.md). Wrong sign-ins
 * are limited per account and per client address on the store the queues use
 * (Redis, or PostgreSQL without Redis), with a 429, Retry-After and a lock that
 * ends by itself; reset mails are limited per address; a reset request answers
 * in the same time for a known and an unknown address however slow the mail
 * server; a new reset link voids the older ones.
 *
 * Client addresses are told with X-Forwarded-For, which the API believes from
 * a proxy on the loopback (TRUST_PROXY's default).
 */
import { Logger } from '@nestjs/common';
import { createServer, type Server } from 'node:net';
import { startHarness, type Harness } from '../../../tools/testing/api-harness';

const PASSWORD = 'koers-demo-2026';
const LIMITS = {
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3',
  SIGNIN_MAX_FAILURES_PER_CLIENT: '6',
  SIGNIN_FAILURE_WINDOW_SECONDS: '60',
  SIGNIN_LOCKOUT_SECONDS: '2',
  RESET_MAX_PER_ADDRESS: '3',
  RESET_MAX_PER_CLIENT: '20',
};

/** A mail server that keeps every client waiting `delayMs` before it greets, and keeps what it is sent. */
function slowSmtp(delayMs: number): Promise<{ server: Server; port: number; mails: { to: string; data: string }[] }> {
  const mails: { to: string; data: string }[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let to = '';
    const timer = setTimeout(() => socket.write('220 traag.test ESMTP\r\n'), delayMs);
    socket.on('close', () => clearTimeout(timer));
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mails.push({ to, data: buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 OK\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250 traag.test\r\n');
        else if (command === 'RCPT') {
          to = /<([^>]+)>/.exec(line)?.[1] ?? '';
          socket.write('250 OK\r\n');
        } else if (command === 'DATA') {
          inData = true;
          socket.write('354 verder\r\n');
        } else if (command === 'QUIT') return void socket.end('221 dag\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, mails })));
}

const signIn = (h: Harness, email: string, password: string, client: string) =>
  h.call('POST', '/api/auth/sign-in', { body: { email, password }, headers: { 'x-forwarded-for': client } });

function expectLocked(res: { status: number; body: any; headers: Headers }, maxSeconds: number, code = 'auth.too_many_attempts') {
  expect(res.status).toBe(429);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.body.code).toBe(code);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(res.body.params.retryAfterSeconds).toBe(retryAfter);
  expect(res.body.text.nl).toMatch(/probeer het over \d+ (seconden?|minuten) opnieuw/);
  expect(res.body.text.en).toMatch(/try again in \d+ (seconds?|minutes)/);
  return retryAfter;
}

describe.each(['redis', 'postgres'] as const)('sign-in limits on %s', (queue) => {
  let h: Harness;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    h = await startHarness({ queue, env: LIMITS });
  });
  afterAll(() => h?.close());
  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn');
  });
  afterEach(() => warn.mockRestore());

  it('locks an account after its wrong passwords from any address, with 429 and Retry-After, logs it, and lifts the lock by itself', async () => {
    const email = 'coordinator@mvo-noord.test';
    for (let i = 0; i < 3; i++) expect((await signIn(h, email, 'fout-wachtwoord', '198.51.100.1')).status).toBe(401);
    // Locked for every address, even with the right password.
    const locked = await signIn(h, email, PASSWORD, '198.51.100.2');
    const retryAfter = expectLocked(locked, 2);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ msg: 'sign-in locked for an account', client: '198.51.100.2' }));
    // Another account from the first address is not locked (that address has 3 of its 6).
    expect((await signIn(h, 'adviseur@mvo-noord.test', PASSWORD, '198.51.100.1')).status).toBe(200);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 300));
    expect((await signIn(h, email, PASSWORD, '198.51.100.2')).status).toBe(200);
  });

  it('locks a client address after wrong sign-ins of several accounts, and only that address', async () => {
    for (let i = 0; i < 6; i++) expect((await signIn(h, `onbekend-${i}@nergens.test`, 'fout-wachtwoord', '198.51.100.3')).status).toBe(401);
    expectLocked(await signIn(h, 'analist@mvo-noord.test', PASSWORD, '198.51.100.3'), 2);
    expect(warn).toHaveBeenCalledWith(expect.objectContaining({ msg: 'sign-in locked for a client address', client: '198.51.100.3' }));
    expect((await signIn(h, 'analist@mvo-noord.test', PASSWORD, '198.51.100.4')).status).toBe(200);
  });
});

describe('sign-in limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: LIMITS });
  });
  afterAll(() => h?.close());

  it('counts only failures: a successful sign-in clears the account, so a person who mistypes now and then is never locked', async () => {
    const email = 'beheer@mvo-noord.test';
    for (let round = 0; round < 3; round++) {
      // A new address each round: the address's own count keeps the failures (6 of them lock it).
      const client = `198.51.100.${10 + round}`;
      expect((await signIn(h, email, 'fout-wachtwoord', client)).status).toBe(401);
      expect((await signIn(h, email, 'ook-fout', client)).status).toBe(401);
      expect((await signIn(h, email, PASSWORD, client)).status).toBe(200);
    }
  });

  it('counts guesses sent in parallel before any is checked: no more wrong passwords are tried than the limit', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signIn(h, 'adviseur-io@mvo-noord.test', `gok-${i}`, `198.51.100.${20 + i}`)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });

  it('believes X-Forwarded-For only from a trusted proxy: with TRUST_PROXY=false the addresses a client claims are one address', async () => {
    const direct = await startHarness({ env: { ...LIMITS, TRUST_PROXY: 'false' } });
    try {
      for (let i = 0; i < 6; i++) expect((await signIn(direct, `iemand-${i}@nergens.test`, 'fout', `203.0.113.${i}`)).status).toBe(401);
      expectLocked(await signIn(direct, 'analist@mvo-noord.test', PASSWORD, '203.0.113.99'), 2);
    } finally {
      await direct.close();
    }
  });
});

describe('password reset', () => {
  let h: Harness;
  let smtp: Awaited<ReturnType<typeof slowSmtp>>;
  const SMTP_DELAY_MS = 700;
  beforeAll(async () => {
    smtp = await slowSmtp(SMTP_DELAY_MS);
    h = await startHarness({ env: { ...LIMITS, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((r) => smtp?.server.close(r));
  });

  const requestReset = (email: string, client: string) => h.call('POST', '/api/auth/password-reset', { body: { email }, headers: { 'x-forwarded-for': client } });
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.to === email);
  const waitForMails = async (email: string, n: number) => {
    const start = Date.now();
    while (mailsTo(email).length < n) {
      if (Date.now() - start > 10_000) throw new Error(`${n} mails to ${email} not received (got ${mailsTo(email).length})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return mailsTo(email);
  };
  // Undo quoted-printable soft line breaks, as a mail client would.
  const tokenOf = (mail: { data: string }) => /token=([A-Za-z0-9_-]+)/.exec(mail.data.replace(/=\r?\n/g, '').replace(/=3D/g, '='))![1];

  it('answers in the same time whether or not the address has an account, however slow the mail server', async () => {
    const known = ['coordinator@groningen-duurzaam.test', 'adviseur@groningen-duurzaam.test', 'analist@groningen-duurzaam.test'];
    const unknown = ['niemand-1@nergens.test', 'niemand-2@nergens.test', 'niemand-3@nergens.test'];
    const time = async (email: string, client: string) => {
      const start = performance.now();
      const res = await requestReset(email, client);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ accepted: true });
      return performance.now() - start;
    };
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      knownTimes.push(await time(known[i], '198.51.100.40'));
      unknownTimes.push(await time(unknown[i], '198.51.100.40'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    // The mail server takes 700 ms before it even greets: an answer that waited for it would show.
    expect(Math.max(...knownTimes)).toBeLessThan(SMTP_DELAY_MS / 2);
    expect(Math.abs(median(knownTimes) - median(unknownTimes))).toBeLessThan(100);
    // The mails do go out, after the answers.
    for (const email of known) await waitForMails(email, 1);
    for (const email of unknown) expect(mailsTo(email)).toHaveLength(0);
  });

  it('limits reset mails per address, known or not alike, with 429 and Retry-After', async () => {
    for (const email of ['deelnemer@metaal-hoekstra.test', 'nog-iemand@nergens.test']) {
      for (let i = 0; i < 3; i++) expect((await requestReset(email, `198.51.100.${50 + i}`)).status).toBe(202);
      expectLocked(await requestReset(email, '198.51.100.59'), 3600, 'auth.too_many_resets');
    }
    // Three mails, not four, however often it is asked.
    await waitForMails('deelnemer@metaal-hoekstra.test', 3);
    await new Promise((r) => setTimeout(r, SMTP_DELAY_MS + 300));
    expect(mailsTo('deelnemer@metaal-hoekstra.test')).toHaveLength(3);
  });

  it('limits reset requests per client address across addresses', async () => {
    for (let i = 0; i < 20; i++) expect((await requestReset(`adres-${i}@nergens.test`, '198.51.100.60')).status).toBe(202);
    expectLocked(await requestReset('adres-20@nergens.test', '198.51.100.60'), 3600, 'auth.too_many_resets');
    expect((await requestReset('adres-20@nergens.test', '198.51.100.61')).status).toBe(202);
  });

  it('voids every older link when a new one is sent; the newest works once', async () => {
    const email = 'beheer@groningen-duurzaam.test';
    expect((await requestReset(email, '198.51.100.70')).status).toBe(202);
    const [first] = await waitForMails(email, 1);
    expect((await requestReset(email, '198.51.100.70')).status).toBe(202);
    const [, second] = await waitForMails(email, 2);
    expect(tokenOf(first)).not.toBe(tokenOf(second));
    const old = await h.call('POST', '/api/auth/password-reset/confirm', { body: { token: tokenOf(first), password: 'nieuw-wachtwoord-2026' } });
    expect(old.status).toBe(400);
    expect(old.body.code).toBe('auth.reset_token_invalid');
    expect((await h.call('POST', '/api/auth/password-reset/confirm', { body: { token: tokenOf(second), password: 'nieuw-wachtwoord-2026' } })).status).toBe(204);
    expect((await h.call('POST', '/api/auth/sign-in', { body: { email, password: 'nieuw-wachtwoord-2026' } })).status).toBe(200);
  });
});
