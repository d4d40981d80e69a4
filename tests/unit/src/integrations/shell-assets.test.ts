import { describe, expect, test } from 'vitest';
import { shellAssets } from '../../../../src/integrations/shell-assets.ts';

const html = `<!doctype html><html><head>
<link rel="canonical" href="https://lab.example.org/folio/">
<link rel="icon" href="/folio/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/folio/_astro/BaseLayout.BIzdY4Q5.css">
<script type="module" src="/folio/_astro/Search.astro_astro_type_script_index_0_lang.Bx1.js"></script>
<link rel="stylesheet" href="/folio/_astro/BaseLayout.BIzdY4Q5.css">
<link rel="alternate" href="https://elsewhere.example.com/feed.xml">
<link rel="alternate" type="application/atom+xml" href="/folio/feed.xml">
<link rel="preload" href="/folio/_astro/Font.woff2" as="font" crossorigin>
</head><body><a href="/folio/papers/">not an asset</a></body></html>`;

describe('shellAssets', () => {
  test('lists stylesheets, scripts, icons and preloads under the base path once each, sorted', () => {
    expect(shellAssets(html, '/folio/')).toEqual([
      '/folio/_astro/BaseLayout.BIzdY4Q5.css',
      '/folio/_astro/Font.woff2',
      '/folio/_astro/Search.astro_astro_type_script_index_0_lang.Bx1.js',
      '/folio/favicon.svg',
    ]);
  });
  test('lists the SVG sprite a page draws its icons from with <use>, under the URL the page names (its version too), once, without the icon’s fragment', () => {
    const icons = '<svg><use href="/folio/icons.svg?v=3261766fd843#logo"/></svg><svg><use href="/folio/icons.svg?v=3261766fd843#theme"></use></svg><svg><use href="#local"/></svg>';
    expect(shellAssets(`<head></head><body>${icons}</body>`, '/folio/')).toEqual(['/folio/icons.svg?v=3261766fd843']);
  });
  test('leaves out links the page does not load, like its own feed', () => {
    expect(shellAssets('<link rel="alternate" type="application/atom+xml" href="/feed.xml"><link rel="next" href="/page/2/">', '/')).toEqual([]);
  });
  test('leaves out absolute URLs and paths outside the base', () => {
    expect(shellAssets('<link rel="icon" href="/favicon.svg"><script src="//cdn.example.com/x.js"></script>', '/folio/')).toEqual([]);
  });
});
