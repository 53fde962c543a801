module.exports = require('../../tools/testing/jest-server.config.cjs')(__dirname);
