import path from 'node:path';

/** The content folder the site is built from: `FOLIO_CONTENT`, default `./content`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.FOLIO_CONTENT || 'content');
}
