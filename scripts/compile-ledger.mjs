// Part of `npm run build`: compiles the built-in ledger into dist/compiled-ledger, so that the
// first run of an installed ledgerlint does not parse and validate it (see src/ledger/compiled.ts).
import { rm } from 'node:fs/promises';
import { compiledKey, PACKAGE_COMPILED_DIR, writeCompiledLedger } from '../dist/ledger/compiled.js';
import { DEFAULT_LEDGER_DIR, validateLedger } from '../dist/ledger/load.js';
import { readLedgerSources } from '../dist/ledger/sources.js';

const { sources, problems: unread } = await readLedgerSources(DEFAULT_LEDGER_DIR);
const { ledger, problems } = await validateLedger(DEFAULT_LEDGER_DIR);
await rm(PACKAGE_COMPILED_DIR, { recursive: true, force: true });
// A ledger with errors is not compiled: every run then reports them, as it should.
if (ledger && unread.length === 0 && !problems.some((p) => p.severity === 'error')) {
  await writeCompiledLedger(await compiledKey(sources, DEFAULT_LEDGER_DIR), ledger, PACKAGE_COMPILED_DIR);
}
