import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The real dumps, beside the repository (CI has them there too). */
export const SEEDS = path.resolve(ROOT, '../shared/seeds');

/** Whether the real seeds are available on this machine. */
export const haveSeeds = existsSync(SEEDS);

/** The seed dump files, sorted. */
export async function seedFiles(): Promise<string[]> {
  return (await readdir(SEEDS)).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(SEEDS, n));
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'folio-test-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export interface IngestResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real command line, `node scripts/ingest.js ARGS` with the pinned Node, as `npm run ingest` does. */
export function runIngest(args: readonly string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): Promise<IngestResult> {
  const node = path.join(ROOT, 'node_modules/.bin/node');
  return new Promise((resolve) => {
    execFile(node, [path.join(ROOT, 'scripts/ingest.js'), ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Every file under a folder with its content, keyed by relative path: a byte-level picture of it. */
export async function snapshotDir(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), await readFile(full, 'utf8'));
  }
  return files;
}
