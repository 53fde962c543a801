const { stepAppFederation } = require('../../tools/web/federation-shared');

// Step app 'koploper': a remote of the shell, and an app of its own.
module.exports = stepAppFederation('koploper');
