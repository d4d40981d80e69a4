import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Code that a fingerprint (src/format/code-version.ts `codeVersion`) hashes: folders every module of which counts, and single modules. */
export interface HashedCode {
  folders: readonly URL[];
  files: readonly URL[];
}

/** Every module `entry` imports, itself included, following relative imports: static (`from './x.ts'`, `import './x.ts'`) and dynamic (`import('./x.ts')`). */
export function moduleClosure(entry: URL): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/\b(?:from|import)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g)) visit(path.resolve(path.dirname(file), name!));
  };
  visit(fileURLToPath(entry));
  return [...seen];
}

/** The modules of `entry`'s closure that `code` does not hash, relative to the repository (none when the fingerprint covers all it depends on). */
export function unhashedModules(entry: URL, code: HashedCode): string[] {
  const files = new Set(code.files.map((u) => fileURLToPath(u)));
  const folders = new Set(code.folders.map((u) => fileURLToPath(u)));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  return moduleClosure(entry)
    .filter((file) => !files.has(file) && !folders.has(`${path.dirname(file)}${path.sep}`))
    .map((file) => path.relative(root, file));
}
