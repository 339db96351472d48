/**
 * The ledger stage's entry: read every file, check each against the schema and
 * all of them against each other, and compile the model. Problems come back as
 * data; `loadLedger` refuses a ledger with errors, `validateLedger` lists them.
 * An unchanged ledger is read back compiled (compiled.ts); the parsing and
 * validation modules are only loaded when it is not.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UnusableInputError, type Problem } from '../problem.js';
import { compiledKey, readCompiledLedger, writeCompiledLedger } from './compiled.js';
import type { Ledger } from './model.js';
import { readLedgerSources } from './sources.js';

/** The ledger shipped with ledgerlint: ledger/ at the package root. */
export const DEFAULT_LEDGER_DIR = fileURLToPath(new URL('../../ledger', import.meta.url));

export async function validateLedger(root: string = DEFAULT_LEDGER_DIR): Promise<{ ledger?: Ledger; problems: Problem[] }> {
  const [{ readLedgerFiles }, { checkReportedCounts, crossCheckLedgerFiles }, { compileLedger }] = await Promise.all([
    import('./read.js'),
    import('./validate.js'),
    import('./compile.js'),
  ]);
  const { files, problems } = await readLedgerFiles(root);
  problems.push(...crossCheckLedgerFiles(files));
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const ledger = compileLedger(files, path.resolve(root));
  problems.push(...checkReportedCounts(ledger, root));
  return { ledger, problems };
}

export async function loadLedger(root: string = DEFAULT_LEDGER_DIR): Promise<Ledger> {
  const { sources, problems: unread } = await readLedgerSources(root);
  const key = unread.length === 0 ? await compiledKey(sources, root) : undefined;
  const compiled = key && (await readCompiledLedger(key));
  if (compiled) return compiled;
  const { ledger, problems } = await validateLedger(root);
  if (!ledger || problems.some((p) => p.severity === 'error')) {
    throw new UnusableInputError(problems.filter((p) => p.severity === 'error'));
  }
  if (key) await writeCompiledLedger(key, ledger);
  return ledger;
}
