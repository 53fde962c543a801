const { withNativeFederation, share } = require('@angular-architects/native-federation/config');
const { SHARED, SKIP } = require('../../tools/web/federation-shared');

// The host: loads the step apps named in public/federation.manifest.json.
module.exports = withNativeFederation({
  name: 'shell',
  shared: share(SHARED),
  sharedMappings: ['@koers/web-ui', '@koers/web-auth', '@koers/web-api-client'],
  skip: SKIP,
  features: { ignoreUnusedDeps: true },
});
