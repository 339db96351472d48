import path from 'node:path';

/** Paths under the working folder are shown relative to it, with forward slashes; others as they are. */
export function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  // `..name` is a file in the folder; `..` and `../x` are outside it.
  const outside = rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  return rel && !outside ? rel.split(path.sep).join('/') : file;
}
