import { themeBootScript } from '../browser/theme-boot.ts';
import { versionedPath } from '../lib/asset-version.ts';
import { paths, type Urls } from '../lib/urls.ts';

/**
 * Base-aware `src` of the theme script (src/pages/theme.js.ts) under the
 * version of its text (`/theme.js?v=…`), as the icons are named: a deploy
 * that changes it is a new URL for browsers and the service worker (which
 * saves the URL the shell pages name: src/integrations/shell-assets.ts).
 */
export function themeScriptSrc(urls: Urls): string {
  return urls.href(versionedPath(paths.themeScript(), themeBootScript));
}
