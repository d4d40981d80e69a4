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
    expect(build.env).toEqual({
      FOLIO_SITE: 'https://${{ github.repository_owner }}.github.io',
      FOLIO_BASE: '/${{ github.event.repository.name }}/',
    });
    expect(steps.indexOf(build)).toBeGreaterThan(steps.findIndex((s) => s.run?.startsWith('npm ci')));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(upload.with).toEqual({ path: 'dist' });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});
