import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, keepScriptsExternal, pagePolicy } from '../../../../src/lib/content-security-policy.ts';

const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '))!.split(' ').slice(1);

describe('contentSecurityPolicy', () => {
  test('allows scripts from the site and WebAssembly only: no inline script, not even by hash (the theme script is a file)', () => {
    expect(scriptSrc(contentSecurityPolicy())).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  test('never allows inline scripts or eval wholesale, plugins, or a <base> elsewhere', () => {
    const policy = contentSecurityPolicy();
    expect(scriptSrc(policy).join(' ')).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("default-src 'self'");
  });

  test('leaves out what browsers ignore in a meta tag and complain about', () => {
    expect(contentSecurityPolicy()).not.toMatch(/frame-ancestors|report-uri|sandbox|upgrade-insecure-requests/);
  });
});

describe('pagePolicy', () => {
  test('gives no policy outside `astro build` (the dev server adds inline scripts of its own)', () => {
    expect(pagePolicy()).toBeUndefined();
  });
});

describe('keepScriptsExternal', () => {
  test('keeps every script a file and leaves other assets to Vite', () => {
    expect(keepScriptsExternal('_astro/CopyButton.astro_astro_type_script_index_0_lang.js')).toBe(false);
    expect(keepScriptsExternal('chunk.mjs')).toBe(false);
    expect(keepScriptsExternal('katex.css')).toBeUndefined();
    expect(keepScriptsExternal('KaTeX_Size1-Regular.woff2')).toBeUndefined();
  });
});
