import type { AstroIntegration } from 'astro';
import { keepScriptsExternal } from '../lib/content-security-policy.ts';

/**
 * Turns on the Content-Security-Policy of `src/lib/content-security-policy.ts`
 * for `astro build` (whatever NODE_ENV says), and keeps every bundled script
 * a file, which the policy's `'self'` allows. Under `astro dev` pages carry
 * no policy: the dev server adds inline scripts of its own.
 */
export default function folioContentSecurityPolicy(): AstroIntegration {
  return {
    name: 'folio:content-security-policy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { build: { assetsInlineLimit: keepScriptsExternal }, define: { __FOLIO_CSP__: JSON.stringify(command === 'build') } } });
      },
    },
  };
}
