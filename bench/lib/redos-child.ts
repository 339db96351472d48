/**
 * The backtracking benchmark's measuring process: it receives one task at a
 * time over IPC and answers with its times. It runs apart from bench/redos.ts
 * so that a pattern that never finishes can be killed and the run go on.
 */
import { ADVERSARIAL_KINDS, ownWordsKind } from './adversarial.js';
import { ADVERSARIAL_ARTICLES } from './adversarial-articles.js';
import { loadPipeline, type Pipeline } from './dist.js';
import { ladder, scanner } from './regex-timing.js';

export type LexiconMethod = 'matchTerms' | 'matchEntities' | 'matchMisnamedTerms' | 'mayHoldClaim';

export type Task =
  | { readonly id: number; readonly type: 'regex'; readonly source: string; readonly flags: string }
  | { readonly id: number; readonly type: 'lexicon'; readonly method: LexiconMethod }
  | { readonly id: number; readonly type: 'article'; readonly name: string };

export interface TaskResult {
  readonly id: number;
  /** The input that took longest at the largest size. */
  readonly input: string;
  /** Milliseconds per run at each size. */
  readonly times: readonly number[];
}

let pipeline: Promise<Pipeline> | undefined;

async function perform(task: Task): Promise<TaskResult> {
  if (task.type === 'regex') {
    const own = ownWordsKind(task.source);
    return { id: task.id, ...ladder(scanner(task.source, task.flags), own ? [...ADVERSARIAL_KINDS, own] : ADVERSARIAL_KINDS) };
  }
  pipeline ??= loadPipeline();
  const { checkArticle, lexicon } = await pipeline;
  if (task.type === 'lexicon') {
    const method = lexicon[task.method].bind(lexicon) as (text: string) => unknown;
    return { id: task.id, ...ladder(method, ADVERSARIAL_KINDS) };
  }
  const article = ADVERSARIAL_ARTICLES.find((a) => a.name === task.name)!;
  await checkArticle(article.file, article.build(Math.floor(article.sizes[0] / 4)), lexicon); // warm-up
  const times: number[] = [];
  for (const size of article.sizes) {
    const text = article.build(size);
    const started = performance.now();
    await checkArticle(article.file, text, lexicon);
    times.push(performance.now() - started);
  }
  return { id: task.id, input: article.name, times };
}

if (process.send) {
  process.on('message', (task: Task) => {
    perform(task).then(
      (result) => process.send!({ ok: true, result }),
      (error: unknown) => process.send!({ ok: false, id: task.id, message: error instanceof Error ? error.message : String(error) }),
    );
  });
}
