/**
 * The page the service worker answers with when the network is gone and the
 * page asked for was never saved. Pure, so its wording is tested without a
 * browser; the worker gives it what it knows (the paper's title from the
 * saved search data, the page the reader came from).
 */
import { isReservedRouteName } from '../../format/site-routes.ts';
import { escapeMarkup } from '../../lib/escape-markup.ts';
import { joinBase, paths } from '../../lib/urls.ts';
import { searchQueryString } from '../search/search-state.ts';

/** What the worker knows of the page asked for. */
export interface MissingOffline {
  /** The site's base path, `/` or `/folio/`. */
  base: string;
  /** The address asked for, absolute. */
  url: string;
  /** The paper's title, when the page is a paper's and its search data is saved on this device. */
  title?: string;
  /** The address the reader came from (the request's referrer), if any. */
  referrer?: string;
}

/** The slug of a paper page's address (`/folio/papers/x/` → `x`); `undefined` for any other page. */
export function paperSlugOf(pathname: string, base: string): string | undefined {
  const papers = joinBase(base, paths.papers());
  if (!pathname.startsWith(papers)) return undefined;
  const slug = /^([^/]+)\/?$/.exec(pathname.slice(papers.length))?.[1];
  return slug && !isReservedRouteName('papers', slug) ? slug : undefined;
}

/**
 * The search a reader came from, when `referrer` is the site's search page
 * with a query (`/search/?q=state+space`); `undefined` otherwise.
 */
function searchCameFrom(referrer: string | undefined, url: URL, base: string): string | undefined {
  if (!referrer) return undefined;
  let from: URL;
  try {
    from = new URL(referrer);
  } catch {
    return undefined;
  }
  return from.origin === url.origin && from.pathname === joinBase(base, paths.search()) && from.searchParams.get('q') ? from.href : undefined;
}

const attribute = (value: string) => escapeMarkup(value).replaceAll('"', '&quot;');

/**
 * The offline page for `missing`: for a paper, says plainly that it was not
 * saved for offline reading, with its title when known, and links back to
 * the search the reader came from (or to a search for its title); for any
 * other page, that it was not visited on this device. Served with status 503.
 */
export function offlinePageHtml(missing: MissingOffline): string {
  const url = new URL(missing.url);
  const search = joinBase(missing.base, paths.search());
  const slug = paperSlugOf(url.pathname, missing.base);
  let title: string;
  let body: string;
  if (slug === undefined) {
    title = 'You are offline';
    body = `<h1>You are offline</h1><p>This page has not been visited on this device yet, so there is no copy of it here. Pages you have read and <a href="${attribute(search)}">search</a> still work.</p>`;
  } else {
    title = 'Not saved for offline reading';
    const named = missing.title ? `<p><strong dir="auto">${escapeMarkup(missing.title)}</strong></p>` : '';
    const back = searchCameFrom(missing.referrer, url, missing.base);
    const again = missing.title ? `${search}${searchQueryString({ q: missing.title, topic: '' })}` : search;
    const link = back ? `<a href="${attribute(back)}">Back to your search</a>` : `<a href="${attribute(again)}">Search the papers saved here</a>`;
    body = `<h1>This paper was not saved for offline reading</h1>${named}<p>You are offline, and only the papers you have opened on this device are kept to read without the network. Open this one again when you are online.</p><p>${link}</p>`;
  }
  return `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><main style="font:1.1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">${body}</main></html>`;
}
