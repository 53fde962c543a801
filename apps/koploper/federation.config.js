const { stepAppFederation } = require('../../tools/web/federation-shared');

// Step app 'koploper': a remote of the shell, and an app of its own.
// Its public pages (MVO register, invitations) are mounted by the shell before its sign-in guard.
module.exports = stepAppFederation('koploper', { './public-routes': './apps/koploper/src/app/public-routes.ts' });
