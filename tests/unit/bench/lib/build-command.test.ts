import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuildArgs, buildScriptNodeFlags, ingestArgs, ingestScriptNodeFlags, packageBuildFlags } from '../../../../bench/lib/build-command.ts';

const repo = path.resolve(import.meta.dirname, '../../../..');

describe('the build the benches time', () => {
  it("takes Node's flags from package.json's build script, so a bench times what `npm run build` runs", () => {
    const script = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
    const flags = buildScriptNodeFlags(script);
    expect(flags).toContain('--max-semi-space-size=32');
    expect(astroBuildArgs(['--root', 'site'])).toEqual([...flags, path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', 'site']);
  });

  it('reads the flags between `node` and Astro, and none from a bare `astro build`', () => {
    expect(buildScriptNodeFlags('node --max-semi-space-size=32 --stack-size=2000 node_modules/astro/bin/astro.mjs build')).toEqual(['--max-semi-space-size=32', '--stack-size=2000']);
    expect(buildScriptNodeFlags('astro build')).toEqual([]);
  });

  it('names package.json and the form it expects when the build script is something else', () => {
    expect(() => buildScriptNodeFlags('vite build')).toThrow(/package\.json.*"build".*node \[flags\] node_modules\/astro\/bin\/astro\.mjs build/);
    expect(() => buildScriptNodeFlags('node node_modules/astro/bin/astro.mjs dev')).toThrow(/package\.json/);
  });

  it('names the line of package.json that holds a build script of another form, or says it has none', () => {
    const pkg = (build: string) => JSON.stringify({ name: 'folio', scripts: { dev: 'astro dev', build } }, null, 2);
    expect(packageBuildFlags(pkg('node --max-semi-space-size=32 node_modules/astro/bin/astro.mjs build'))).toEqual(['--max-semi-space-size=32']);
    expect(() => packageBuildFlags(pkg('vite build'))).toThrow(/^package\.json:5: the "build" script should read `node \[flags\] node_modules\/astro\/bin\/astro\.mjs build`/);
    expect(() => packageBuildFlags(JSON.stringify({ scripts: {} }))).toThrow(/^package\.json: no "build" script/);
  });
});

describe('the ingest the benches time', () => {
  it("takes Node's flags from package.json's ingest script, so a bench times what `npm run ingest` runs", () => {
    const script = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: { ingest: string } }).scripts.ingest;
    const flags = ingestScriptNodeFlags(script);
    expect(flags).toContain('--max-semi-space-size=32');
    expect(ingestArgs(['--content', 'c', 'd.txt'])).toEqual([...flags, path.join(repo, 'scripts/ingest.js'), '--content', 'c', 'd.txt']);
  });

  it('reads the flags between `node` and the entry, and names package.json and the form it expects otherwise', () => {
    expect(ingestScriptNodeFlags('node scripts/ingest.js')).toEqual([]);
    expect(ingestScriptNodeFlags('node --max-semi-space-size=32 --stack-size=2000 scripts/ingest.js')).toEqual(['--max-semi-space-size=32', '--stack-size=2000']);
    expect(() => ingestScriptNodeFlags('tsx scripts/ingest.ts')).toThrow(/^package\.json: the "ingest" script should read `node \[flags\] scripts\/ingest\.js`/);
  });
});
