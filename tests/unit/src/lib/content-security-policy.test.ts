import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, INLINE_SCRIPTS, keepScriptsExternal, pagePolicy, scriptHash } from '../../../../src/lib/content-security-policy.ts';
import { themeBootScript } from '../../../../src/browser/theme-boot.ts';

const scriptSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('script-src '))!.split(' ').slice(1);

describe('contentSecurityPolicy', () => {
  test('allows scripts from the site, WebAssembly, and each inline script by the hash of its exact text', () => {
    const policy = contentSecurityPolicy(['alert(1)', 'x']);
    expect(scriptSrc(policy)).toEqual(["'self'", "'wasm-unsafe-eval'", scriptHash('alert(1)'), scriptHash('x')]);
    expect(scriptHash('alert(1)')).toBe(`'sha256-${createHash('sha256').update('alert(1)').digest('base64')}'`);
  });

  test('never allows inline scripts or eval wholesale, plugins, or a <base> elsewhere', () => {
    const policy = contentSecurityPolicy();
    expect(scriptSrc(policy).join(' ')).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("default-src 'self'");
  });

  test('by default allows exactly Folio’s own inline scripts, the theme script among them', () => {
    expect(INLINE_SCRIPTS).toContain(themeBootScript);
    expect(scriptSrc(contentSecurityPolicy()).filter((s) => s.startsWith("'sha256-"))).toEqual(INLINE_SCRIPTS.map(scriptHash));
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
