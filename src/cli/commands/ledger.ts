/** `ledgerlint ledger validate [DIR]`: every problem in a ledger, as file:line:col. */
import path from 'node:path';
import { DEFAULT_LEDGER_DIR, validateLedger } from '../../ledger/load.js';
import { formatProblem } from '../../problem.js';
import type { CliIo } from '../io.js';
import { relativePath } from '../../report/relative-path.js';

export async function validateCommand(dir: string | undefined, io: CliIo): Promise<number> {
  const root = dir === undefined ? DEFAULT_LEDGER_DIR : path.resolve(io.cwd, dir);
  const { ledger, problems } = await validateLedger(root);
  for (const problem of problems) {
    io.stdout(`${formatProblem({ ...problem, file: relativePath(io.cwd, problem.file) })}\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0 || !ledger) {
    io.stdout(`✖ ${errors} error${errors === 1 ? '' : 's'} in the ledger\n`);
    return 1;
  }
  const memberships = [...ledger.collections.values()].reduce((n, c) => n + c.members.length, 0);
  io.stdout(`✔ ledger is valid: ${ledger.entities.size} entities, ${ledger.collections.size} collections, ${memberships} memberships in ${ledger.files.length} files\n`);
  return 0;
}
