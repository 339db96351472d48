// Run from the repository root: paths are relative to it.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger, validateLedger } from '../../src/ledger/load.js';
import type { Collection, Ledger, Membership } from '../../src/ledger/model.js';

let ledger: Ledger;
beforeAll(async () => {
  ledger = await loadLedger('ledger');
});

function collection(id: string): Collection {
  const found = ledger.collections.get(id);
  if (!found) throw new Error(`no collection ${id}`);
  return found;
}

function member(collectionId: string, entity: string): Membership {
  const found = collection(collectionId).members.filter((m) => m.entity === entity);
  expect(found, `${entity} in ${collectionId}`).toHaveLength(1);
  return found[0]!;
}

describe('the real ledger', () => {
  it('validates with no problems at all', async () => {
    const { ledger: validated, problems } = await validateLedger('ledger');
    expect(problems).toEqual([]);
    expect(validated).toBeDefined();
  });

  it('lists its files relative to the folder it was loaded from (absolute path)', async () => {
    const absolute = await loadLedger(path.resolve('ledger'));
    expect(absolute.files).toContain('collections/asean.yaml');
    expect(absolute.files).toContain('entities.yaml');
    expect(absolute.files.every((f) => !path.isAbsolute(f) && !f.startsWith('..'))).toBe(true);
    expect(absolute.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives the same files and hash whether the folder is given relative or absolute', async () => {
    const absolute = await loadLedger(path.resolve('ledger'));
    expect(ledger.files).toEqual(absolute.files);
    expect(ledger.hash).toBe(absolute.hash);
  });

  it('vietnam-csp has 15 members, in the order they joined', () => {
    const csp = collection('vietnam-csp');
    expect(csp.complete).toBe(true);
    expect(csp.tier).toEqual({ ladder: 'vietnam-partnerships', rank: 3 });
    expect(csp.members.map((m) => m.entity)).toEqual([
      'china', 'russia', 'india', 'south-korea', 'united-states', 'japan', 'australia', 'france',
      'malaysia', 'new-zealand', 'indonesia', 'singapore', 'thailand', 'united-kingdom', 'european-union',
    ]);
  });

  it('China joined in May 2008, at month precision', () => {
    const china = member('vietnam-csp', 'china');
    expect(china.since).toEqual({ year: 2008, month: 5 });
    expect('day' in china.since!).toBe(false);
    expect(china.also).toEqual([{ date: { year: 2008, month: 6, day: 1 }, note: expect.stringMatching(/^Date of the joint statement/) }]);
  });

  it('Malaysia joined on 2024-11-21, not the 22nd', () => {
    expect(member('vietnam-csp', 'malaysia').since).toEqual({ year: 2024, month: 11, day: 21 });
  });

  it('the UK joined on 2025-10-29 (London), with 2025-10-30 (Vietnam time) as an alternative', () => {
    const uk = member('vietnam-csp', 'united-kingdom');
    expect(uk.since).toEqual({ year: 2025, month: 10, day: 29 });
    expect(uk.also.map((a) => a.date)).toEqual([{ year: 2025, month: 10, day: 30 }]);
  });

  it('the EU is an organization, the 14 others are countries', () => {
    expect(ledger.entities.get('european-union')?.type).toBe('organization');
    expect(member('vietnam-csp', 'european-union').entityType).toBe('organization');
    const others = collection('vietnam-csp').members.filter((m) => m.entity !== 'european-union');
    expect(others).toHaveLength(14);
    expect(others.every((m) => m.entityType === 'country')).toBe(true);
  });

  it('ASEAN has Timor-Leste since 2025-10-26, and 11 members', () => {
    const asean = collection('asean');
    expect(member('asean', 'timor-leste').since).toEqual({ year: 2025, month: 10, day: 26 });
    expect(asean.members).toHaveLength(11);
  });

  it('unsc-p5 has 5 undated members', () => {
    const p5 = collection('unsc-p5');
    expect(p5.members.map((m) => m.entity).sort()).toEqual(['china', 'france', 'russia', 'united-kingdom', 'united-states']);
    for (const m of p5.members) {
      expect(m.since, m.entity).toBeUndefined();
      expect(m.until, m.entity).toBeUndefined();
    }
  });

  it('every CSP member cites at least one source URL', () => {
    for (const m of collection('vietnam-csp').members) {
      expect(m.sources.length, m.entity).toBeGreaterThanOrEqual(1);
      for (const source of m.sources) expect(source.url, m.entity).toMatch(/^https?:\/\//);
    }
  });

  it('every membership refers to a declared entity and remembers where it was written', () => {
    for (const c of ledger.collections.values()) {
      for (const m of c.members) {
        expect(ledger.entities.has(m.entity), `${c.id}/${m.entity}`).toBe(true);
        expect(m.collection).toBe(c.id);
        expect(m.location.file).toMatch(/^collections\/.+\.yaml$/); // relative to the ledger's folder
        expect(m.location.line).toBeGreaterThan(0);
      }
    }
  });

  it('a membership location points at its `- entity:` line', async () => {
    const { readFile } = await import('node:fs/promises');
    const timor = member('asean', 'timor-leste');
    const lines = (await readFile(`ledger/${timor.location.file}`, 'utf8')).split('\n');
    const line = lines[timor.location.line - 1]!;
    expect(line.slice(timor.location.column - 1)).toBe('entity: timor-leste');
  });
});
