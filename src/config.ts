import path from 'node:path';
import { contentFolder, type ContentFolder } from './format/content-folder.ts';
import { urlsFor, type Urls } from './lib/urls.ts';
import { ARCHIVE_PART_PAPERS } from './lib/search-folders.ts';

/**
 * Every setting of a build, read from the environment once, so one checkout
 * can deploy anywhere (README "Configuration"). Pages and components read
 * {@link siteConfig}; `astro.config.mjs` and the tests call
 * {@link readSiteConfig} with an environment of their own.
 */
export interface SiteConfig {
  /** Site title, shown in the header and feeds. `FOLIO_TITLE`, default `Folio`. */
  title: string;
  /** One-sentence description for the home page and meta tags. `FOLIO_DESCRIPTION`. */
  description: string;
  /** Canonical origin, no trailing slash. `FOLIO_SITE`, default `http://localhost:4321`. */
  site: string;
  /** Base path, always with a leading and trailing slash (`/`, `/folio/`). `FOLIO_BASE`, default `/`. */
  base: string;
  /** The content folder the site is built from. `FOLIO_CONTENT`, default `./content`. */
  content: ContentFolder;
  /** Base-aware and absolute URLs of the site's pages. */
  urls: Urls;
  /**
   * Papers a part of the archive's search index holds (src/integrations/search-parts.ts).
   * `FOLIO_SEARCH_PART_PAPERS`, default 16,384; fewer lower Pagefind's peak memory
   * (about 0.12 MB a paper) for more index files. Undefined when not a positive whole number.
   */
  searchPartPapers: number | undefined;
}


/**
 * The site's origin when `FOLIO_SITE` is not set: where `npm run dev` and
 * `npm run preview` serve it, so links made with it work on this machine
 * only (folio:preflight warns; src/browser/site-links.ts).
 */
export const DEFAULT_SITE = 'http://localhost:4321';

/** The default description, used when `FOLIO_DESCRIPTION` is not set. */
export const DEFAULT_DESCRIPTION =
  'An archive of research papers from saved Hugging Face Daily Papers listings, with permanent links, topics and related papers.';

/** Reads the settings from `env`, applying defaults and normalising `site` and `base`. */
export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = (env.FOLIO_SITE?.trim() || DEFAULT_SITE).replace(/\/+$/, '');
  const base = normaliseBase(env.FOLIO_BASE);
  return {
    title: env.FOLIO_TITLE?.trim() || 'Folio',
    description: env.FOLIO_DESCRIPTION?.trim() || DEFAULT_DESCRIPTION,
    site,
    base,
    content: contentFolder(path.resolve(env.FOLIO_CONTENT || 'content')),
    urls: urlsFor(base, site),
    searchPartPapers: readSearchPartPapers(env.FOLIO_SEARCH_PART_PAPERS),
  };
}

/** `FOLIO_SEARCH_PART_PAPERS` as a number: the default when unset, undefined when not a positive whole number (folio:preflight says so). */
export function readSearchPartPapers(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return ARCHIVE_PART_PAPERS;
  return /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : undefined;
}

/** Turns `folio`, `/folio`, `folio/` or `/folio/` into `/folio/`; empty becomes `/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** This build's settings. */
export const siteConfig: SiteConfig = readSiteConfig(process.env);
