import fs from 'node:fs';
import path from 'node:path';
import { htmlFiles, page } from './site.ts';

/** A link in the build that leads nowhere. */
export interface BrokenLink {
  file: string;
  href: string;
  reason: string;
}

/** What the checker saw: internal links checked, and the broken ones. */
export interface LinkReport {
  checked: number;
  broken: BrokenLink[];
  /** Internal URLs that ignore the base path (they would break on a project site). */
  outsideBase: BrokenLink[];
}

/**
 * Checks every internal link and fragment of a build, like a link checker
 * would on the deployed site: `href`/`src` of links, scripts, stylesheets,
 * icons and images, and meta-refresh targets. Absolute URLs on the site's
 * own origin count as internal; other hosts are not fetched.
 */
export function checkLinks(dist: string, base: string, site: string): LinkReport {
  const origin = new URL(site).origin;
  const report: LinkReport = { checked: 0, broken: [], outsideBase: [] };
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsCache.get(file);
    if (!set) {
      set = new Set(page(dist, file).querySelectorAll('[id]').map((el) => el.id));
      idsCache.set(file, set);
    }
    return set;
  };

  for (const file of htmlFiles(dist)) {
    const html = page(dist, file);
    const pageUrl = new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), origin);
    const refs = [
      ...html.querySelectorAll('a[href], link[href]').map((el) => el.getAttribute('href')!),
      ...html.querySelectorAll('script[src], img[src]').map((el) => el.getAttribute('src')!),
      ...html
        .querySelectorAll('meta[http-equiv="refresh"]')
        .map((el) => /url=(.*)$/i.exec(el.getAttribute('content') ?? '')?.[1] ?? ''),
    ];
    for (const href of refs) {
      const url = new URL(href, pageUrl);
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
      report.checked += 1;
      if (!url.pathname.startsWith(base)) {
        report.outsideBase.push({ file, href, reason: `does not start with the base path \`${base}\`` });
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(base.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      if (!fs.existsSync(path.join(dist, target))) {
        report.broken.push({ file, href, reason: `no file \`${target}\`` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
        report.broken.push({ file, href, reason: `no element with id \`${fragment}\` in \`${target}\`` });
      }
    }
  }
  return report;
}
