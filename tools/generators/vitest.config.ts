// Inline rather than importing tools/testing/vitest-lib.config: the workspace lint
// applies module boundaries to every file under a `generators` folder, and
// tools/testing is not a project.
import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';
import { resolve } from 'node:path';

export default defineConfig({
  root: __dirname,
  plugins: [tsconfigPaths({ projects: [resolve(__dirname, '../../tsconfig.base.json')] })],
  test: { include: ['src/**/*.spec.ts'], environment: 'node', pool: 'threads' },
});
