import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..', '..');

function calc(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['tools/dev/register.cjs', 'tools/calc/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run calc', () => {
  it('prints only the JSON result on stdout and exits 0', () => {
    const r = calc(['footprint.ghg', 'tools/calc/examples/footprint-electricity.json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.status).toBe('ok');
    expect(result.output.totalKgCO2e).toBe(7328);
    expect(result.output.factorSet.id).toBe('co2emissiefactoren-nl-2024');
  });

  it('accepts id@version', () => {
    const r = calc(['iso26000.scan@1.0.0', 'tools/calc/examples/iso26000-partial.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).output.overallPercent).toBe(65.3);
  });

  it('exits 2 and lists every invalid field on bad input', () => {
    const r = calc(['footprint.ghg', 'tools/calc/examples/footprint-invalid.json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).status).toBe('invalid-input');
    for (const path of ['activities.0.contract', 'activities.1.amount', 'activities.1.unit', 'activities.2.type', 'activities.3.stream', 'activities.4.fuel']) {
      expect(r.stderr).toContain(path);
    }
  });

  it('exits 1 for an unknown plugin and lists the known ones', () => {
    const r = calc(['footprint.nope', 'tools/calc/examples/footprint-electricity.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown plugin "footprint.nope"/);
    expect(r.stderr).toContain('footprint.ghg@1.2.0');
    expect(r.stderr).toContain('iso26000.scan@1.0.0');
  });

  it('exits 1 for an unreadable or non-JSON file', () => {
    expect(calc(['footprint.ghg', 'tools/calc/examples/does-not-exist.json']).code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'calc-cli-'));
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    const r = calc(['footprint.ghg', join(dir, 'bad.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .* as JSON/);
  });

  it('exits 3 when the plugin fails (unknown factor set)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-cli-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ year: 2024, factorSet: 'co2emissiefactoren-nl-1999', activities: [] }));
    const r = calc(['footprint.ghg', join(dir, 'in.json')]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual({ status: 'failed', error: 'unknown reference data "co2emissiefactoren-nl-1999"' });
  });

  it('loads external plugins from PLUGINS_DIR and reports refused ones on stderr only', () => {
    const fixtures = join(root, 'libs', 'calc', 'sdk', 'test', 'fixtures', 'plugins');
    const dir = mkdtempSync(join(tmpdir(), 'calc-cli-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify({ value: 4 }));
    const r = calc(['fixture.double', join(dir, 'in.json')], { PLUGINS_DIR: fixtures });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ status: 'ok', output: { doubled: 8 } });
    expect(r.stderr).toMatch(/plugin koers-plugin-throwing refused: loading "\.\/index\.js" threw: boom while loading/);
  });
});
