/**
 * Where the real corpus lives and which collections the default ledger has.
 * Read with plain YAML, not the checker's ledger loader, so that the label
 * checker stays usable by people who must not run the checker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const REAL_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(REAL_DIR, '../../..');
export const LEDGER_DIR = path.join(ROOT, 'ledger');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

export function knownCollectionIds(ledgerDir = LEDGER_DIR): Set<string> {
  const ids = new Set<string>();
  for (const file of yamlFiles(ledgerDir)) {
    const data = parse(readFileSync(file, 'utf8')) as { collections?: { id?: unknown }[] } | null;
    for (const collection of data?.collections ?? []) if (typeof collection.id === 'string') ids.add(collection.id);
  }
  return ids;
}
