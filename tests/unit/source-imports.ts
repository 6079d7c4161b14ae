/**
 * The imports of the extension's own source files, read with TypeScript's own
 * pre-processor (the same reading `tsc` starts from), and resolved to files in
 * the repository as the project's paths resolve them (`@/`, `~/`, `@@/`, `~~/`
 * are the repository's root; a query such as `?inline` is not part of the file).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

export interface SourceImport {
  /** The import as written, for the reader of a failure. */
  spec: string;
  /** The repository file it names (forward slashes), or undefined for a package. */
  target?: string;
  /** True when it names a repository path that has no file. */
  unresolved?: boolean;
}

const SOURCE_FILE = /\.(ts|tsx)$/;
const ROOT_ALIAS = /^(@@|~~|@|~)\//;
const TRIED_ENDINGS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

const slashes = (path: string) => path.split('\\').join('/');

/** Every .ts and .tsx file under these folders, as repository paths. */
export function sourceFilesUnder(root: string, dirs: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) return walk(path);
      return SOURCE_FILE.test(name) ? [path] : [];
    });
  return dirs.filter((dir) => existsSync(join(root, dir))).flatMap(walk);
}

function resolveImport(root: string, file: string, spec: string): SourceImport {
  const path = spec.split('?')[0]!;
  let base: string;
  if (path.startsWith('.')) base = join(dirname(file), path);
  else if (ROOT_ALIAS.test(path)) base = path.replace(ROOT_ALIAS, '');
  else return { spec };
  for (const ending of TRIED_ENDINGS) {
    const candidate = normalize(base + ending);
    const full = join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return { spec, target: slashes(relative(root, full)) };
  }
  return { spec, target: slashes(normalize(base)), unresolved: true };
}

/** What one source file imports: static imports, re-exports, `import()` and `import type` alike. */
export function importsOf(root: string, file: string, source = readFileSync(join(root, file), 'utf8')): SourceImport[] {
  const { importedFiles } = ts.preProcessFile(source, true, true);
  return importedFiles.map(({ fileName }) => resolveImport(root, file, fileName));
}
