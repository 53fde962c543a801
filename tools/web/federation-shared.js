// What the shell and the step apps share at run time: only what must be a
// single instance (Angular, the router, Transloco, and — through the shared
// mappings — the auth and ui libraries). Everything else each app bundles itself.
// Versions are read from what is installed (the web packages are devDependencies,
// so Native Federation's requiredVersion 'auto' cannot find them in package.json).
const { join } = require('node:path');

function singleton(pkg) {
  const root = pkg.startsWith('@') ? pkg.split('/').slice(0, 2).join('/') : pkg.split('/')[0];
  const { version } = require(join(root, 'package.json'));
  // Secondary entry points (e.g. @angular/core/primitives/signals) must be the same instance too.
  return { singleton: true, strictVersion: true, requiredVersion: `^${version}`, version, includeSecondaries: true };
}

// @angular/forms is deliberately not shared: it holds no app-wide state, so each app
// bundles the parts it uses, lazily. @angular/common/http comes with @angular/common
// (its secondary entry point): one HttpClient, one interceptor chain.
const PACKAGES = ['@angular/core', '@angular/common', '@angular/router', '@angular/platform-browser', '@jsverse/transloco', 'rxjs'];

/** Never needed at run time. */
exports.SKIP = [
  'rxjs/ajax',
  'rxjs/fetch',
  'rxjs/testing',
  'rxjs/webSocket',
  '@angular/core/testing',
  '@angular/common/testing',
  '@angular/common/http/testing',
  '@angular/router/testing',
  '@angular/router/upgrade',
  '@angular/common/upgrade',
  '@angular/platform-browser/testing',
  '@angular/platform-browser/animations',
  '@angular/platform-browser/animations/async',
];

exports.SHARED = Object.fromEntries(PACKAGES.map((p) => [p, singleton(p)]));

// Workspace libraries with app-wide state: the session (auth), language and toasts (ui),
// and the API client with its tokens. @koers/web-features (pages and the frame) and
// @koers/web-charts hold none, so each app bundles what it uses.
exports.SHARED_MAPPINGS = ['@koers/web-ui', '@koers/web-auth', '@koers/web-api-client'];

/** The federation config of a step app: exposes its routes as './routes' (and any more, e.g. './public-routes'). */
exports.stepAppFederation = (name, moreExposes = {}) => {
  const { withNativeFederation, share } = require('@angular-architects/native-federation/config');
  return withNativeFederation({
    name,
    exposes: { './routes': `./apps/${name}/src/app/routes.ts`, ...moreExposes },
    shared: share(exports.SHARED),
    sharedMappings: exports.SHARED_MAPPINGS,
    skip: exports.SKIP,
    features: { ignoreUnusedDeps: true },
  });
};
