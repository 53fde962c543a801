import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';
import { resolve } from 'node:path';

// Browser tests: one file, run in order, against the real system (PostgreSQL, queue, api, worker, web apps).
export default defineConfig({
  root: __dirname,
  plugins: [tsconfigPaths({ projects: [resolve(__dirname, '../../tsconfig.base.json')] })],
  test: {
    include: ['src/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
