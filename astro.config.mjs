// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { readSiteConfig } from './src/config.ts';
import { remarkPlugins, rehypePlugins } from './src/loaders/markdown-plugins.ts';
import folioPagefind from './src/integrations/pagefind.ts';
import folioPreflight from './src/integrations/preflight.ts';
import folioPruneOutput from './src/integrations/prune-output.ts';
import folioOutputStamp from './src/integrations/output-stamp.ts';
import { isSearchPartFolder, VOCABULARY_FOLDER } from './src/lib/search-folders.ts';
import contentStoreForPages from './src/integrations/content-store-for-pages.ts';
import storeWrittenOnce from './src/integrations/store-writes.ts';
import { paperFileNames } from './src/format/content-folder.ts';
import { countPapersOnShow } from './src/integrations/count-papers.ts';
import folioContentSecurityPolicy from './src/integrations/content-security-policy.ts';

// FOLIO_SITE (canonical origin) and FOLIO_BASE (e.g. `/folio/` for a GitHub
// Pages project site) decide where the site lives; see README "Deploying".
const { site, base, content, searchPartPapers } = readSiteConfig(process.env);

export default defineConfig({
  // A malformed FOLIO_SITE is reported by folio:preflight, naming the variable.
  site: URL.canParse(site) ? site : undefined,
  base,
  trailingSlash: 'always',
  // Two entries claiming one URL must fail the build: Astro only warns by
  // default and the later entry silently wins.
  prerenderConflictBehavior: 'error',
  // A day's update rebuilds only the pages it changes: each generated page
  // has a cache key (a hash of everything it shows, src/lib/cache-key.ts) and
  // Astro reuses the last build's page when the key and its code are
  // unchanged. Its cache lives in cacheDir (FOLIO_CACHE_DIR); keep it between
  // builds. dist/ is not emptied first (the pages are reused in place);
  // folio:prune-output removes what an earlier build left and this one did not make,
  // and folio:output-stamp has every page built again when the cache is not
  // from the last build into this output folder.
  experimental: { incrementalBuild: true },
  vite: { build: { emptyOutDir: false } },
  // FOLIO_OUT_DIR lets tests build into a temp folder without touching dist/.
  ...(process.env.FOLIO_OUT_DIR ? { outDir: process.env.FOLIO_OUT_DIR } : {}),
  // FOLIO_CACHE_DIR keeps concurrent builds of different content folders from
  // sharing (and corrupting) one content data store in node_modules/.astro.
  ...(process.env.FOLIO_CACHE_DIR ? { cacheDir: process.env.FOLIO_CACHE_DIR } : {}),
  // Page weight: the styles every page shares are cached files, never copied
  // into each of tens of thousands of pages (scripts: folio:content-security-policy).
  build: { inlineStylesheets: 'never' },
  markdown: {
    // Abstracts render exactly as ingested: no smart quotes or dashes, and no
    // GFM (the ingest already turns what needs it into explicit nodes).
    processor: unified({
      gfm: false,
      smartypants: false,
      // Shared with the content loader's fast path for plain abstracts.
      remarkPlugins: [...remarkPlugins],
      rehypePlugins: [...rehypePlugins],
    }),
  },
  integrations: [
    // First: a missing content folder or a bad setting stops the build before dist/ is touched.
    folioPreflight(),
    // The pages share the content layer's store instead of bundling it (memory and time at scale).
    contentStoreForPages(),
    // The content store (42 MB at 10,000 papers) is written once, after the content sync, not at each pause of a loader.
    storeWrittenOnce(),
    mdx(),
    // Every built page's Content-Security-Policy (src/lib/content-security-policy.ts).
    folioContentSecurityPolicy(),
    // Before search: search replaces pagefind/ and search-index/ whole and lists the scripts in _astro/ for offline use.
    folioPruneOutput({ skip: (name) => isSearchPartFolder(name) || [VOCABULARY_FOLDER, 'sw.js', 'sw-manifest.json'].includes(name) }),
    // Search: Pagefind indexes the paper pages, one per entry in the content folder that is not retired.
    folioPagefind({
      countPapers: async () => (await paperFileNames(content.papers)).length,
      // Only when the pages are indexed from dist/: the entries are read to leave the retired ones out (the content loader tells it otherwise).
      countPapersOnShow: () => countPapersOnShow(content.papers),
      // Pages read offline, with what they load (their icons' sprite too, under its version); the topic names for search results go with the search's files, under its version.
      shellPages: ['', 'search/', '404.html'],
      // FOLIO_SEARCH_PART_PAPERS: papers a part of the archive's search index holds (a bad value is reported by folio:preflight).
      ...(searchPartPapers === undefined ? {} : { archivePartPapers: searchPartPapers }),
    }),
    // Last: stamps the output folder with the build the cache describes; the next build reuses pages only if they match.
    folioOutputStamp(),
  ],
});
