/** The JSON Schema editors use for completion in ledger YAML, generated from the zod schema. */
import { z } from 'zod';
import { LedgerFileSchema } from './schema.js';

export function ledgerJsonSchema(): string {
  const schema = z.toJSONSchema(LedgerFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'ledgerlint ledger file' }, null, 2)}\n`;
}
