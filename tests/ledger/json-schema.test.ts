// Run from the repository root: the committed schema is read from ./schema.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ledgerJsonSchema } from '../../src/ledger/json-schema.js';

const COMMITTED = 'schema/ledger.schema.json';
const STALE = `${COMMITTED} is out of date with src/ledger/schema.ts: run \`npm run schema\` and commit the result`;

describe('ledgerJsonSchema', () => {
  it(`equals the committed ${COMMITTED} byte for byte`, async () => {
    const committed = await readFile(COMMITTED, 'utf8');
    const generated = ledgerJsonSchema();
    // Compare parsed first so a difference shows as a readable diff, then byte for byte.
    expect(JSON.parse(committed), STALE).toEqual(JSON.parse(generated));
    expect(generated === committed, STALE).toBe(true);
  });

  it('is a draft 2020-12 schema of a ledger file, ending with one newline', () => {
    const text = ledgerJsonSchema();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    const schema = JSON.parse(text) as {
      $schema: string;
      title: string;
      type: string;
      required: string[];
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('ledgerlint ledger file');
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['version']);
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'collections', 'entities', 'version']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('is deterministic', () => {
    expect(ledgerJsonSchema()).toBe(ledgerJsonSchema());
  });
});
