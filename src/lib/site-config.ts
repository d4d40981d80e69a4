/** Site-wide settings, read from the environment at build time so one checkout can deploy anywhere. */
export interface SiteConfig {
  /** Site title, shown in the header and feeds. `FOLIO_TITLE`, default `Folio`. */
  title: string;
  /** One-sentence description for the home page and meta tags. `FOLIO_DESCRIPTION`. */
  description: string;
  /** Canonical origin, no trailing slash. `FOLIO_SITE`, default `http://localhost:4321`. */
  site: string;
  /** Base path, always with a leading and trailing slash (`/`, `/folio/`). `FOLIO_BASE`, default `/`. */
  base: string;
}

/** The default description, used when `FOLIO_DESCRIPTION` is not set. */
export const DEFAULT_DESCRIPTION =
  'An archive of research papers from saved Hugging Face Daily Papers listings, with permanent links, topics and related papers.';

/** Reads the site settings from `env`, applying defaults and normalising `site` and `base`. */
export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  return {
    title: env.FOLIO_TITLE?.trim() || 'Folio',
    description: env.FOLIO_DESCRIPTION?.trim() || DEFAULT_DESCRIPTION,
    site: (env.FOLIO_SITE?.trim() || 'http://localhost:4321').replace(/\/+$/, ''),
    base: normaliseBase(env.FOLIO_BASE),
  };
}

/** Turns `folio`, `/folio`, `folio/` or `/folio/` into `/folio/`; empty becomes `/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
