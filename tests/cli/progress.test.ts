/**
 * The progress bar: drawn in place on a terminal only, throttled, cleared
 * when done; silent in pipes, in CI and on dumb terminals. A fake stream
 * and clock pin the literal bytes.
 */
import { describe, expect, it } from 'vitest';
import { createProgress, duration, progressLine, type ProgressOptions } from '../../src/cli/progress.js';

function harness(options: Partial<ProgressOptions> = {}) {
  const writes: string[] = [];
  let clock = 0;
  const progress = createProgress({
    total: 40,
    stream: { write: (text) => writes.push(text), columns: 100 },
    isTTY: true,
    env: {},
    now: () => clock,
    ...options,
  });
  return { progress, writes, advance: (ms: number) => { clock += ms; } };
}

describe('createProgress', () => {
  it('draws one line in place with count, percent, rate and ETA, and clears it when done', () => {
    const { progress, writes, advance } = harness({ cwd: '/repo' });
    for (let i = 1; i <= 12; i++) {
      advance(250);
      progress.tick(`/repo/news/article-${i}.md`);
    }
    // 12 files in 3 s: 4 files/s, 28 left → 7 s. Ticks before 1 s are not drawn; every later one is (250 ms apart).
    expect(writes).toHaveLength(9);
    expect(writes[0]).toBe('\r[██░░░░░░░░░░░░░░░░░░] 4/40  10%  4.0 files/s  ETA 9s  news/article-4.md\x1b[K');
    expect(writes.at(-1)).toBe('\r[██████░░░░░░░░░░░░░░] 12/40  30%  4.0 files/s  ETA 7s  news/article-12.md\x1b[K');
    progress.done();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    expect(writes).toHaveLength(10);
  });

  it('redraws at most ten times a second', () => {
    const { progress, writes, advance } = harness({ total: 1000 });
    advance(1000);
    for (let i = 0; i < 100; i++) {
      advance(10); // 100 files in 1 s
      progress.tick();
    }
    expect(writes).toHaveLength(10);
  });

  it('stays silent for a short run, and on the last file, so nothing flashes', () => {
    const { progress, writes, advance } = harness({ total: 3 });
    advance(400);
    progress.tick('a.md');
    advance(400);
    progress.tick('b.md');
    advance(5000);
    progress.tick('c.md'); // the last one: done() follows
    progress.done();
    expect(writes).toEqual([]);
  });

  it.each([
    ['not a terminal', { isTTY: false }],
    ['CI=true', { env: { CI: 'true' } }],
    ['CI=1', { env: { CI: '1' } }],
    ['TERM=dumb', { env: { TERM: 'dumb' } }],
  ])('writes nothing at all when %s', (_, options) => {
    const { progress, writes, advance } = harness(options);
    for (let i = 0; i < 39; i++) {
      advance(500);
      progress.tick('a.md');
    }
    progress.done();
    expect(writes).toEqual([]);
  });

  it('draws under CI=false, as on any terminal', () => {
    const { progress, writes, advance } = harness({ env: { CI: 'false' } });
    advance(2000);
    progress.tick('a.md');
    expect(writes).toHaveLength(1);
  });
});

describe('progressLine', () => {
  it('fits the terminal: the file name is cut from the left, then dropped', () => {
    const state = { count: 1, total: 3, elapsedMs: 1500, file: 'reports/2025/a-very-long-article-name.md' };
    expect(progressLine(state, 80)).toBe('[██████░░░░░░░░░░░░░░] 1/3  33%  0.7 files/s  ETA 3s  …ery-long-article-name.md');
    expect(progressLine(state, 80)).toHaveLength(79);
    expect(progressLine(state, 60)).toBe('[██████░░░░░░░░░░░░░░] 1/3  33%  0.7 files/s  ETA 3s');
    expect(progressLine(state, 30)).toBe('[██████░░░░░░░░░░░░░░] 1/3  3');
  });

  it('says the ETA is unknown before any file is done', () => {
    expect(progressLine({ count: 0, total: 5, elapsedMs: 0 }, 80)).toBe('[░░░░░░░░░░░░░░░░░░░░] 0/5  0%  0.0 files/s  ETA …');
  });
});

describe('duration', () => {
  it.each([[0, '0s'], [59, '59s'], [60, '1m00s'], [65, '1m05s'], [3599, '59m59s'], [3720, '1h02m']])('%i s is %s', (seconds, text) => {
    expect(duration(seconds)).toBe(text);
  });
});
