import { createHash } from 'node:crypto';

/**
 * The version of a file served under a fixed name (`icons.svg`,
 * `sw-manifest.json`): the first 12 hex digits of the SHA-256 of its
 * content. Put in its URL (`?v=`, {@link versionedPath}), it makes a new URL
 * for new content, so neither a browser's HTTP cache (a host's `max-age`)
 * nor the service worker's cache answers with the last build's copy. Pure.
 */
export function contentVersion(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/** `path` (site-relative, `icons.svg`) with the version of `content` as its query: `icons.svg?v=3261766fd843`. */
export function versionedPath(path: string, content: string | Uint8Array): string {
  return `${path}?v=${contentVersion(content)}`;
}
