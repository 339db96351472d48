/**
 * A one-line progress bar for long runs, redrawn in place on stderr:
 *
 *   [██████░░░░░░░░░░░░░░] 12/40  30%  4.8 files/s  ETA 6s  news/a.md
 *
 * Only for a person at a terminal: drawn when the stream is a TTY, and never
 * under CI or TERM=dumb, so logs and pipes get no control characters. Short
 * runs stay silent (nothing before SHOW_AFTER_MS, and never on the last
 * file), redraws are throttled, and `done()` clears the line so the report
 * that follows starts clean. Hand-written: the whole job is one `\r` line,
 * smaller than any dependency's options.
 */
import { relativePath } from '../report/relative-path.js';

export interface ProgressStream {
  write(text: string): unknown;
  /** The terminal's width (process.stderr.columns); 80 when unknown. */
  readonly columns?: number;
}

export interface ProgressOptions {
  /** How many files the run checks. */
  readonly total: number;
  readonly stream: ProgressStream;
  /** Whether `stream` is a terminal (process.stderr.isTTY, not stdout's). */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** File names are shown relative to this folder. */
  readonly cwd?: string;
  /** Milliseconds, for tests (default: performance.now). */
  readonly now?: () => number;
}

export interface Progress {
  /** One more file is done. */
  tick(file?: string): void;
  /** The run is over: clears the line if one was drawn. Call it before printing the report. */
  done(): void;
}

/** At most ten redraws a second: more only costs time and flicker. */
export const REDRAW_MS = 100;
/** Runs shorter than this never show a bar. */
export const SHOW_AFTER_MS = 1000;
export const BAR_WIDTH = 20;

const CLEAR_LINE = '\r\x1b[K';
const SILENT: Progress = { tick() {}, done() {} };

export function createProgress(options: ProgressOptions): Progress {
  if (!shouldDraw(options)) return SILENT;
  const { total, stream, cwd } = options;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let count = 0;
  let drawnAt: number | undefined;
  return {
    tick(file) {
      count = Math.min(count + 1, total);
      const at = now();
      // The last tick is never drawn: done() follows at once and would only wipe it.
      if (count >= total || at - started < SHOW_AFTER_MS) return;
      if (drawnAt !== undefined && at - drawnAt < REDRAW_MS) return;
      drawnAt = at;
      const shown = file === undefined ? undefined : cwd === undefined ? file : relativePath(cwd, file);
      stream.write(`\r${progressLine({ count, total, elapsedMs: at - started, file: shown }, stream.columns ?? 80)}\x1b[K`);
    },
    done() {
      if (drawnAt !== undefined) stream.write(CLEAR_LINE);
      drawnAt = undefined;
    },
  };
}

/** A terminal a person watches: a TTY, not a CI log (CI=true, CI=1 …), and able to move the cursor. */
export function shouldDraw({ isTTY, env }: Pick<ProgressOptions, 'isTTY' | 'env'>): boolean {
  const ci = env.CI?.trim().toLowerCase();
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false';
  return isTTY && !inCi && env.TERM !== 'dumb';
}

export interface ProgressState {
  readonly count: number;
  readonly total: number;
  readonly elapsedMs: number;
  readonly file?: string | undefined;
}

/** The line without control characters, at most `columns - 1` wide so the terminal never wraps it. */
export function progressLine({ count, total, elapsedMs, file }: ProgressState, columns: number): string {
  const fraction = total > 0 ? count / total : 1;
  const filled = Math.floor(fraction * BAR_WIDTH);
  const perSecond = elapsedMs > 0 ? (count * 1000) / elapsedMs : 0;
  const eta = perSecond > 0 ? `ETA ${duration(Math.ceil((total - count) / perSecond))}` : 'ETA …';
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
  const head = `${bar} ${[`${count}/${total}`, `${Math.floor(fraction * 100)}%`, `${perSecond.toFixed(1)} files/s`, eta].join('  ')}`;
  const room = columns - 1 - head.length - 2;
  if (file === undefined || room < 8) return truncate(head, columns - 1);
  return `${head}  ${[...file].length > room ? `…${[...file].slice(-(room - 1)).join('')}` : file}`;
}

/** 6s, 1m05s, 1h02m. */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : text.slice(0, Math.max(0, width));
}
