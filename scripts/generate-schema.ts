// Writes schema/ledger.schema.json from the zod schema; tests/ledger/json-schema.test.ts keeps it current.
import { writeFileSync } from 'node:fs';
import { ledgerJsonSchema } from '../src/ledger/json-schema.js';

writeFileSync(new URL('../schema/ledger.schema.json', import.meta.url), ledgerJsonSchema());
