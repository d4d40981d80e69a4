import { createHash } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { htmlFiles, page } from '../support/site.ts';

const { dist } = inject('builds').root;
const files = htmlFiles(dist);

/** The policy's directives by name: `script-src` → its source expressions. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Whether a script element runs (no `type`, a JavaScript type, or a module), rather than holding data. */
const runs = (type: string | undefined) => type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);

describe('the Content-Security-Policy of the built pages', () => {
  test('every page carries one policy, in its head before any script', () => {
    const problems: string[] = [];
    for (const file of files) {
      const head = page(dist, file).querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="content-security-policy"]');
      if (metas.length !== 1) problems.push(`${file}: ${metas.length} policies`);
      const order = head.querySelectorAll('meta[http-equiv="content-security-policy"], script');
      if (order[0]?.tagName !== 'META') problems.push(`${file}: a script comes before the policy`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('allows scripts only from the site (no inline script, not even by hash), WebAssembly for search, no plugins and no foreign <base>', () => {
    const policies = new Set(files.map((f) => page(dist, f).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? ''));
    expect(policies.size).toBe(1);
    const policy = directives([...policies][0]!);
    // The theme script is a cached file (`/theme.js?v=…`), no longer inline under its hash.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  test('lists the hash of every inline script a page runs, and every other script is the site’s own', () => {
    const problems: string[] = [];
    for (const file of files) {
      const html = page(dist, file);
      const allowed = directives(html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '').get('script-src') ?? [];
      for (const script of html.querySelectorAll('script')) {
        if (!runs(script.getAttribute('type'))) continue;
        const src = script.getAttribute('src');
        if (src !== undefined) {
          if (!src.startsWith('/') || src.startsWith('//')) problems.push(`${file}: script from ${src}`);
          continue;
        }
        const hash = `'sha256-${createHash('sha256').update(script.rawText, 'utf8').digest('base64')}'`;
        if (!allowed.includes(hash)) problems.push(`${file}: inline script not in the policy: ${script.rawText.slice(0, 60)}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
});
