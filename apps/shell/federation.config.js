const { withNativeFederation, share } = require('@angular-architects/native-federation/config');
const { SHARED, SKIP, SHARED_MAPPINGS } = require('../../tools/web/federation-shared');

// The host: loads the step apps named in public/federation.manifest.json.
module.exports = withNativeFederation({
  name: 'shell',
  shared: share(SHARED),
  sharedMappings: SHARED_MAPPINGS,
  skip: SKIP,
  features: { ignoreUnusedDeps: true },
});
