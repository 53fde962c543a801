// Jest for the NestJS apps: SWC transform with decorator metadata, the
// workspace path aliases, and one fresh PostgreSQL template per run.
const { join } = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = join(__dirname, '..', '..');
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, join(root, target)]),
);

module.exports = function serverJestConfig(projectDir) {
  return {
    rootDir: projectDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'],
    transform: {
      '^.+\\.(t|j)s$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
          },
          module: { type: 'commonjs' },
        },
      ],
    },
    moduleNameMapper,
    globalSetup: join(__dirname, 'server-global-setup.cjs'),
    globalTeardown: join(__dirname, 'server-global-teardown.cjs'),
    testTimeout: 60000,
    maxWorkers: 1,
  };
};
