const { withNativeFederation, share } = require('@angular-architects/native-federation/config');
const { SHARED, SKIP } = require('../../tools/web/federation-shared');

// Step app 'masterclass': a remote of the shell, and an app of its own.
module.exports = withNativeFederation({
  name: 'masterclass',
  exposes: { './routes': './apps/masterclass/src/app/routes.ts' },
  shared: share(SHARED),
  sharedMappings: ['@koers/web-ui', '@koers/web-auth', '@koers/web-api-client'],
  skip: SKIP,
  features: { ignoreUnusedDeps: true },
});
