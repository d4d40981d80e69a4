import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/** The GitHub Pages workflow, read as GitHub reads it. */
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
const root = path.resolve(import.meta.dirname, '../../..');
const workflow = parse(fs.readFileSync(path.join(root, '.github/workflows/pages.yml'), 'utf8')) as {
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
};
const steps = workflow.jobs.build.steps;
const ci = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');

describe('the GitHub Pages workflow', () => {
  test('builds on Node 22 or newer, as the engines field asks', () => {
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node'))!;
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(Number(setup.with!['node-version'])).toBeGreaterThanOrEqual(Number(/\d+/.exec(pkg.engines.node)![0]));
  });

  test('installs with npm ci, as CI does, so a lock CI accepts is a lock the deploy accepts', () => {
    const installs = steps.filter((s) => /\bnpm (ci|install|i)\b/.test(s.run ?? ''));
    expect(installs.map((s) => s.run!.split(' ').slice(0, 2).join(' '))).toEqual(['npm ci']);
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).not.toMatch(/npm install/);
  });

  test('builds under the repository base path and uploads the folder the build writes', () => {
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toMatchObject({
      FOLIO_SITE: 'https://${{ github.repository_owner }}.github.io',
      FOLIO_BASE: '/${{ github.event.repository.name }}/',
    });
    expect(steps.indexOf(build)).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(upload.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  // A runner starts empty: without the last deploy's build cache and output, every deploy is a clean build.
  test('restores the last deploy’s build cache and output before building, so a day’s update is an incremental build', () => {
    const build = steps.find((s) => s.run === 'npm run build')!;
    const cacheDir = build.env?.FOLIO_CACHE_DIR;
    expect(cacheDir, 'the build names its cache folder').toBeTruthy();
    // `npm ci` empties node_modules/, Astro's default cache folder.
    expect(cacheDir!.split('/')).not.toContain('node_modules');
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    expect(cache, 'an actions/cache step').toBeDefined();
    expect(steps.indexOf(cache)).toBeLessThan(steps.indexOf(build));
    const paths = String(cache.with!.path).split('\n').map((p) => p.trim()).filter(Boolean);
    expect(paths.sort()).toEqual([cacheDir, 'dist'].sort());
    const key = String(cache.with!.key);
    const restoreKeys = String(cache.with!['restore-keys']).split('\n').map((p) => p.trim()).filter(Boolean);
    // Saved anew by every deploy (a cache key is written once), restored from the latest with the same locked dependencies.
    expect(key).toContain('${{ github.sha }}');
    expect(key).toContain("hashFiles('package-lock.json')");
    expect(restoreKeys).toEqual([key.replace('${{ github.sha }}', '')]);
    expect(fs.readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain(`${cacheDir}/`);
  });
});
