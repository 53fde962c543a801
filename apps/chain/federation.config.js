const { stepAppFederation } = require('../../tools/web/federation-shared');

// Step app 'chain': a remote of the shell, and an app of its own.
module.exports = stepAppFederation('chain');
