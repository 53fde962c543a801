#!/usr/bin/env node
// Some npm registry mirrors (this workplace's among them) serve only the
// platform packages of the machines they were filled from: the macOS and
// Windows builds of @swc/core, rollup and friends answer 404. npm then leaves
// them out of package-lock.json, and `npm ci` refuses the lock as "out of sync".
// This adds the missing optional platform packages to the lock, with the os,
// cpu and libc their names state, so `npm ci` skips them on other platforms
// and fetches them normally where they fit. Run it after `npm install`.
const { execFileSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { join, dirname } = require('node:path');

const root = join(__dirname, '..', '..');
const npmRoot = dirname(dirname(require.resolve('npm/package.json', { paths: [execFileSync('npm', ['root', '-g']).toString().trim()] })));
const Arborist = require(join(npmRoot, 'npm', 'node_modules', '@npmcli', 'arborist'));

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const CPU = ['arm64', 'x64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p)) ?? (parts.includes('gnueabihf') || parts.includes('musleabihf') ? 'arm' : undefined);
  const libc = parts.includes('musl') || parts.includes('musleabihf') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined;
  return { os, cpu, libc };
}

async function main() {
  const lockPath = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const arb = new Arborist({ path: root });
  const ideal = await arb.buildIdealTree();
  let added = 0;
  for (const [location, node] of ideal.inventory.entries()) {
    if (!location || lock.packages[location]) continue;
    // Find the version the dependant asks for.
    let version;
    for (const [loc, entry] of Object.entries(lock.packages)) {
      const spec = entry.optionalDependencies?.[node.name];
      if (spec && (location === `node_modules/${node.name}` || location.startsWith(`${loc}/node_modules/`))) version = spec.replace(/^[\^~=]/, '');
    }
    if (!version) {
      console.error(`skipped ${location}: no dependant names a version`);
      continue;
    }
    const { os, cpu, libc } = platformOf(node.name);
    lock.packages[location] = { version, cpu: cpu ? [cpu] : undefined, libc: libc ? [libc] : undefined, license: undefined, optional: true, os: os ? [os] : undefined };
    lock.packages[location] = JSON.parse(JSON.stringify(lock.packages[location]));
    added++;
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
  console.error(`added ${added} optional platform package(s) to package-lock.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
