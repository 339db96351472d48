/** Timing a pattern, or any function of a text, over adversarial inputs of growing size. */
import { SIZES, type AdversarialKind } from './adversarial.js';

/** Milliseconds per run: repeated until `minMs` has passed, the best of `tries` such batches. */
export function timePerRun(run: () => unknown, minMs: number, tries: number): number {
  let best = Infinity;
  for (let t = 0; t < tries; t++) {
    const started = performance.now();
    let runs = 0;
    let elapsed = 0;
    do {
      run();
      runs++;
      elapsed = performance.now() - started;
    } while (elapsed < minMs && runs < 100_000);
    best = Math.min(best, elapsed / runs);
    if (elapsed > 200) break; // slow enough to read from one batch
  }
  return best;
}

/**
 * The most work any use of the pattern can do on the text: every match over
 * the whole text (what a failing test(), a global replace or a split does),
 * or, for a sticky pattern, which the code runs at one position, one attempt
 * at the start.
 */
export function scanner(source: string, flags: string): (text: string) => number {
  if (flags.includes('y') && !flags.includes('g')) {
    const sticky = new RegExp(source, flags);
    return (text) => {
      sticky.lastIndex = 0;
      return sticky.exec(text) ? 1 : 0;
    };
  }
  const pattern = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  return (text) => {
    let count = 0;
    for (const _ of text.matchAll(pattern)) count++;
    return count;
  };
}

/** The worst input at the largest size, then that input at every size. */
export function ladder(run: (text: string) => unknown, kinds: readonly AdversarialKind[]): { input: string; times: number[] } {
  const largest = SIZES.at(-1)!;
  let worst = kinds[0]!;
  let worstTime = -1;
  for (const kind of kinds) {
    const text = kind.make(largest);
    const time = timePerRun(() => run(text), 1, 1);
    if (time > worstTime) [worst, worstTime] = [kind, time];
  }
  const times = SIZES.map((size) => {
    const text = worst.make(size);
    return timePerRun(() => run(text), 5, 5);
  });
  return { input: worst.name, times };
}

