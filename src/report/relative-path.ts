import path from 'node:path';

/** Paths under the working folder are shown relative to it, with forward slashes; others as they are. */
export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
