const { stepAppFederation } = require('../../tools/web/federation-shared');

// Step app 'chain': a remote of the shell, and an app of its own.
// Its public page (an invitation) is mounted by the shell before its sign-in guard.
module.exports = stepAppFederation('chain', { './public-routes': './apps/chain/src/app/public-routes.ts' });
