import { initFederation } from '@angular-architects/native-federation';

// The manifest names where each step app lives; it is rewritten per deployment, not compiled in.
initFederation('federation.manifest.json')
  .catch((err) => console.error('federation manifest could not be loaded', err))
  .then(() => import('./bootstrap'))
  .catch((err) => console.error(err));
