/** What the CLI may touch of its surroundings; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Whether stdout is a terminal (colour). */
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (the progress bar), and its width. */
  readonly stderrIsTTY?: boolean;
  readonly columns?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today, for `--as-of today`. */
  readonly now: () => Date;
}

/** A usage error: one line on stderr and exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A report that could not be written: one line on stderr and exit code 2. */
export class OutputError extends Error {
  override name = 'OutputError';
}
