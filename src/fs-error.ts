/** File-system errors in a few plain words, for one-line problems. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': return 'permission denied';
    case 'EISDIR': return 'is a directory, expected a file';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR':
    case 'EEXIST': return 'a part of the path is a file, not a directory';
    case 'EROFS': return 'read-only file system';
    default: return String((error as Error).message ?? error);
  }
}
