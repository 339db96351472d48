/**
 * The built pipeline (dist/), loaded at run time so that benchmarks measure
 * what ships and still typecheck, through src/'s types, before a build.
 */
type Check = typeof import('../../src/check.js');
type Extract = typeof import('../../src/extract/index.js');
type Load = typeof import('../../src/ledger/load.js');

export interface Pipeline {
  readonly checkArticle: Check['checkArticle'];
  readonly lexicon: ReturnType<Extract['buildLexicon']>;
}

const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;

/** checkArticle and a lexicon of the built-in ledger, both from dist/. */
export async function loadPipeline(): Promise<Pipeline> {
  const [{ checkArticle }, { buildLexicon }, { loadLedger }] = await Promise.all([
    import(dist('check.js')) as Promise<Check>,
    import(dist('extract/index.js')) as Promise<Extract>,
    import(dist('ledger/load.js')) as Promise<Load>,
  ]);
  return { checkArticle, lexicon: buildLexicon(await loadLedger()) };
}
