// The sprite's and the site icon's text are part of the code of every page
// that names them, so Astro's incremental build renders the pages again when
// an icon changes.
import sprite from '../../public/icons.svg?raw';
import favicon from '../../public/favicon.svg?raw';
import { versionedPath } from '../lib/asset-version.ts';
import { paths, type Urls } from '../lib/urls.ts';

/** The icons of `public/icons.svg` (each a `<symbol id>`). */
export type IconId = 'logo' | 'theme';

/**
 * Base-aware `href` of icon `id` for `<use>`: the sprite under the version of
 * its content (`/icons.svg?v=3261766fd843#logo`), so a deploy that changes
 * an icon is a new URL for browsers and the service worker (which saves the
 * URL the shell pages name: src/integrations/shell-assets.ts).
 */
export function iconHref(urls: Urls, id: IconId): string {
  return `${urls.href(versionedPath(paths.icons(), sprite))}#${id}`;
}

/**
 * Base-aware `href` of the site's icon (`<link rel="icon">`) under the
 * version of its content (`/favicon.svg?v=…`), as the sprite's: a deploy that
 * changes it is a new URL for browsers and the service worker.
 */
export function faviconHref(urls: Urls): string {
  return urls.href(versionedPath('favicon.svg', favicon));
}
