// Shared Vitest configuration for framework-free libraries: resolves the
// workspace path aliases from tsconfig.base.json and runs *.spec.ts in Node.
import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';
import { resolve } from 'node:path';

export function libVitestConfig(projectRoot: string) {
  return defineConfig({
    root: projectRoot,
    plugins: [tsconfigPaths({ projects: [resolve(__dirname, '../../tsconfig.base.json')] })],
    test: {
      include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
      environment: 'node',
      pool: 'threads',
      reporters: ['default'],
    },
  });
}
