/**
 * The ledger as vocabulary only: its entities (names, aliases, types) and its
 * collections' terms and units, with every membership and reported count
 * removed. Extraction needs nothing more, so `reconcile --sources-only` reads
 * the articles exactly as with the whole ledger and compares them with each
 * other alone. The hash changes with it, so a report says which it used.
 */
import type { Collection, Ledger } from '../ledger/model.js';

export function withoutMemberships(ledger: Ledger): Ledger {
  const collections = new Map<string, Collection>();
  for (const [id, collection] of ledger.collections) {
    collections.set(id, { ...collection, members: [], reported: [], complete: false });
  }
  return { ...ledger, collections, hash: `${ledger.hash}-vocabulary` };
}
