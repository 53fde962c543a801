/**
 * The headers every answer of the web apps carries (docs/security.md, the web
 * apps' own policy beside the API's): one source for the development server
 * (tools/dev/web.ts) and for nginx in the web image, whose include file this
 * writes at build time (`node tools/dev/register.cjs tools/web/security-headers.ts nginx`),
 * with the step apps' origins filled in at container start from STEP_*_URL
 * (nginx's own envsubst templates).
 *
 * The content security policy, directive by directive:
 * - scripts only from the app's own origin and the step apps' origins (the
 *   shell loads their modules, Native Federation), and `blob:`: es-module-shims
 *   (shim mode, which Native Federation uses) rewrites each module's imports
 *   and runs the result from a blob: URL. No inline script, no eval: the built
 *   index.html has none (its `esms-options` and the import map Native
 *   Federation adds are JSON, which the browser does not run).
 * - styles from the own origin and inline: Angular puts every component's
 *   styles in `<style>` elements at run time, and static hosting has no
 *   per-answer nonce to give them ('unsafe-inline' for styles only, which
 *   cannot run code).
 * - connections (fetch) to the own origin (`/api` goes through the same
 *   origin) and the step apps' (their remoteEntry.json and modules).
 * - nothing else from anywhere else: images and fonts from the own origin (and
 *   data: images for inline SVG in styles), no plugins (`object-src 'none'`),
 *   `base-uri` and `form-action` the own origin, and no page may frame the
 *   apps (`frame-ancestors 'none'`, with `X-Frame-Options: DENY` for older browsers).
 */

/** The directives, with the step apps' origins (`http://localhost:4201`, ...) where scripts and connections may come from. */
export function contentSecurityPolicy(stepOrigins: readonly string[]): string {
  const steps = stepOrigins.join(' ');
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', `'self' blob: ${steps}`],
    ['style-src', "'self' 'unsafe-inline'"],
    ['connect-src', `'self' ${steps}`],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value.trim()}`).join('; ');
}

/** Every security header of a web app's answer. */
export function webSecurityHeaders(stepOrigins: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(stepOrigins),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
  };
}

/** The step apps' origins in nginx, filled in at container start (docker/web.Dockerfile sets their defaults). */
export const NGINX_STEP_ORIGINS = ['${STEP_KOPLOPER_URL}', '${STEP_MASTERCLASS_URL}', '${STEP_CHAIN_URL}'];

/** The same headers as nginx `add_header` lines (`always`: on refusals too). */
export function nginxHeaders(stepOrigins: readonly string[] = NGINX_STEP_ORIGINS): string {
  const lines = Object.entries(webSecurityHeaders(stepOrigins)).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return `# Written by tools/web/security-headers.ts (do not edit); the step apps' origins are filled in at container start.\n${lines.join('\n')}\n`;
}

// `nginx`: the include file; `json <origin>...`: the headers for these step apps' origins (the browser tests compare with it).
if (process.argv[1]?.endsWith('security-headers.ts')) {
  if (process.argv[2] === 'nginx') process.stdout.write(nginxHeaders());
  if (process.argv[2] === 'json') process.stdout.write(`${JSON.stringify(webSecurityHeaders(process.argv.slice(3)))}\n`);
}
