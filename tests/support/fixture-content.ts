import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '../..');

/** The invented dumps with every quirk (`null`, `Foo`, `C++`/`C#`, CRLF + BOM + NFD, ...), one folder for all tests. */
export const FIXTURE_DUMPS = path.join(repo, 'tests/fixtures/dumps');

/**
 * A fresh content folder in a temp directory, made by the real ingest from
 * the fixture dumps: what the build tests change and build, never the
 * repository's own sample content.
 */
export function fixtureContent(prefix = 'folio-fixture-'): { tmp: string; content: string } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), prefix));
  const content = path.join(tmp, 'content');
  execFileSync(path.join(repo, 'node_modules/.bin/node'), [path.join(repo, 'scripts/ingest.js'), '--content', content, FIXTURE_DUMPS], { cwd: repo, stdio: 'pipe' });
  return { tmp, content };
}
