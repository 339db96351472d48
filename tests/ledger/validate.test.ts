// Bad ledgers, one folder each under tests/fixtures/ledgers/. Run from the repository
// root: problem paths are the fixture paths as given, relative to it.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLedger, validateLedger } from '../../src/ledger/load.js';
import { UnusableInputError, type Problem } from '../../src/problem.js';

const FIXTURES = 'tests/fixtures/ledgers';
const dir = (name: string) => `${FIXTURES}/${name}`;
const file = (name: string, base = 'ledger.yaml') => `${FIXTURES}/${name}/${base}`;

function error(at: string, line: number, column: number, message: string): Problem {
  return { file: at, line, column, message, severity: 'error' };
}

async function problemsOf(name: string): Promise<Problem[]> {
  return (await validateLedger(dir(name))).problems;
}

/** The problems without their positions, for cases whose positions a separate test pins. */
const withoutPosition = (problems: readonly Problem[]) => problems.map(({ line: _l, column: _c, ...rest }) => rest);

describe('validateLedger on bad ledgers', () => {
  it('unknown entity: suggests a close id, and says nothing when none is close', async () => {
    expect(await problemsOf('unknown-entity')).toEqual([
      error(file('unknown-entity'), 17, 17, 'unknown entity `united-kingdon`: declare it under `entities` (did you mean `united-kingdom`?)'),
      error(file('unknown-entity'), 21, 17, 'unknown entity `germany`: declare it under `entities`'),
    ]);
  });

  it('duplicate member: points at the second `entity:`', async () => {
    expect(await problemsOf('duplicate-member')).toEqual([
      error(file('duplicate-member'), 18, 17, `duplicate member \`france\` in \`csp\`: already a member at ${file('duplicate-member')}:14:9`),
    ]);
  });

  it('a day that does not exist is reported once, at the value', async () => {
    const problems = await problemsOf('malformed-date');
    expect(problems[0]).toEqual(
      error(file('malformed-date'), 18, 16, '`collections.0.members.0.since`: `2025-02-30` does not exist: 2025-02 has 28 days'),
    );
  });

  it('a date written with slashes is reported once, in the ledger\'s words', async () => {
    expect(await problemsOf('malformed-date')).toEqual([
      error(file('malformed-date'), 18, 16, '`collections.0.members.0.since`: `2025-02-30` does not exist: 2025-02 has 28 days'),
      error(file('malformed-date'), 22, 16, '`collections.0.members.1.since`: `2025/02/03` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD'),
    ]);
  });

  it('a date written with slashes is reported (currently twice) at the value', async () => {
    const problems = await problemsOf('malformed-date');
    expect(problems.slice(1).map((p) => [p.line, p.column, p.severity])).toEqual(
      problems.slice(1).map(() => [22, 16, 'error']),
    );
    expect(problems.at(-1)).toEqual(
      error(file('malformed-date'), 22, 16, '`collections.0.members.1.since`: `2025/02/03` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD'),
    );
  });

  it('missing `sources` points at the member; empty `sources` at the list', async () => {
    expect(await problemsOf('missing-sources')).toEqual([
      error(file('missing-sources'), 17, 9, '`collections.0.members.0.sources`: missing: expected a list of citations (URLs) for a member'),
      error(file('missing-sources'), 21, 18, '`collections.0.members.1.sources`: expected at least one citation for a member'),
    ]);
  });

  it('a value of the wrong type is not called missing', async () => {
    const problems = await problemsOf('wrong-type');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: file('wrong-type'), line: 9, column: 15, severity: 'error' });
    expect(problems[0]!.message).not.toMatch(/missing/);
  });

  it('a value of the wrong type is reported at the value', async () => {
    expect((await problemsOf('wrong-type')).map((p) => [p.file, p.line, p.column, p.severity])).toEqual([
      [file('wrong-type'), 9, 15, 'error'],
    ]);
  });

  it('a member that joins before its entity existed', async () => {
    expect(await problemsOf('before-entity-since')).toEqual([
      error(file('before-entity-since'), 16, 16, '`timor-leste` joins in 1999, before the entity existed (20 May 2002)'),
    ]);
  });

  it('`until` before `since` points at `until`', async () => {
    expect(await problemsOf('until-before-since')).toEqual([
      error(file('until-before-since'), 16, 16, '`united-kingdom` leaves (2009) before it joins (8 September 2010)'),
    ]);
  });

  it('an unknown key points at the key itself', async () => {
    expect(await problemsOf('unknown-key')).toEqual([
      error(file('unknown-key'), 16, 9, '`collections.0.members.0`: unknown key `source`'),
    ]);
  });

  it('a wrong `version` points at its value', async () => {
    expect(await problemsOf('wrong-version')).toEqual([
      error(file('wrong-version'), 1, 10, '`version`: expected `version: 1`, the ledger format this ledgerlint reads'),
    ]);
  });

  it('an entity declared in two files', async () => {
    expect(withoutPosition(await problemsOf('duplicate-entity'))).toEqual([
      {
        file: file('duplicate-entity', 'b.yaml'),
        message: `duplicate entity \`france\`: already declared at ${file('duplicate-entity', 'a.yaml')}:3:3`,
        severity: 'error',
      },
    ]);
  });

  it('a duplicate entity points at the id, in both files', async () => {
    expect(await problemsOf('duplicate-entity')).toEqual([
      error(
        file('duplicate-entity', 'b.yaml'),
        6,
        3,
        `duplicate entity \`france\`: already declared at ${file('duplicate-entity', 'a.yaml')}:3:3`,
      ),
    ]);
  });

  it('a collection id declared in two files points at the second id', async () => {
    expect(await problemsOf('duplicate-collection')).toEqual([
      error(
        file('duplicate-collection', 'b.yaml'),
        3,
        9,
        `duplicate collection \`csp\`: already declared at ${file('duplicate-collection', 'a.yaml')}:7:9`,
      ),
    ]);
  });

  it('two entities sharing a name or an alias', async () => {
    const problems = await problemsOf('shared-alias');
    expect(withoutPosition(problems)).toEqual([
      {
        file: file('shared-alias'),
        message: 'name `Korea` of `north-korea` is already a name of `south-korea`: an article could not tell them apart',
        severity: 'error',
      },
      {
        file: file('shared-alias'),
        message: 'name `Korea` of `korea` is already a name of `south-korea`: an article could not tell them apart',
        severity: 'error',
      },
    ]);
    // A clash with the entity's `name` points at the name's value.
    expect(problems[1]).toMatchObject({ line: 16, column: 11 });
  });

  it('a clashing alias points at the alias itself', async () => {
    expect((await problemsOf('shared-alias'))[0]).toMatchObject({ line: 14, column: 9 });
  });

  it('a YAML syntax error', async () => {
    expect(await problemsOf('yaml-syntax')).toEqual([
      error(file('yaml-syntax'), 4, 11, 'invalid YAML: Nested mappings are not allowed in compact mappings'),
    ]);
  });

  it('a reported count that disagrees with the members', async () => {
    const { ledger, problems } = await validateLedger(dir('reported-count'));
    expect(problems).toEqual([
      error(
        file('reported-count'),
        27,
        9,
        'reported count of `2 countries` on February 2026 disagrees with the members of `csp`, which give `1` (https://example.org/report)',
      ),
    ]);
    expect(ledger).toBeDefined(); // the ledger compiled; only the count is wrong
  });

  it('an incomplete collection: a larger reported total is fine, a smaller one is not', async () => {
    expect(await problemsOf('reported-count-incomplete')).toEqual([
      error(
        file('reported-count-incomplete'),
        33,
        9,
        'reported count of `1 partner` on 2020 is fewer than the `2` the ledger lists in `sp` at that date (https://example.org/one)',
      ),
    ]);
  });

  it('an empty folder', async () => {
    expect(await problemsOf('empty')).toEqual([
      { file: dir('empty'), message: 'no ledger files: expected *.yaml files', severity: 'error' },
    ]);
  });

  it('an empty folder made at test time (no .gitkeep)', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'ledgerlint-empty-'));
    try {
      expect((await validateLedger(empty)).problems).toEqual([
        { file: empty, message: 'no ledger files: expected *.yaml files', severity: 'error' },
      ]);
    } finally {
      await rm(empty, { recursive: true });
    }
  });

  it('a missing folder', async () => {
    expect(await problemsOf('no-such-case')).toEqual([
      { file: dir('no-such-case'), message: 'no such file or directory', severity: 'error' },
    ]);
  });

  it('a YAML alias bomb gives a problem quickly instead of expanding', async () => {
    // A hang would hit the test's timeout; how fast it fails is measured in bench/, not here.
    expect(await problemsOf('alias-bomb')).toEqual([
      error(file('alias-bomb'), 4, 10, 'invalid YAML: more than 100 aliases expand here (an alias bomb?)'),
    ]);
  }, 5_000);

  it('an unresolved alias points at the alias', async () => {
    expect(await problemsOf('unresolved-alias')).toEqual([
      error(file('unresolved-alias'), 16, 18, 'invalid YAML: Unresolved alias (the anchor must be set before the alias): france-sources'),
    ]);
  });

  it('an unresolved alias is a problem, not a crash', async () => {
    expect(withoutPosition(await problemsOf('unresolved-alias'))).toEqual([
      {
        file: file('unresolved-alias'),
        message: 'invalid YAML: Unresolved alias (the anchor must be set before the alias): france-sources',
        severity: 'error',
      },
    ]);
  });
});

describe('loadLedger on a bad ledger', () => {
  const cases = [
    'unknown-entity', 'duplicate-member', 'malformed-date', 'missing-sources', 'before-entity-since',
    'until-before-since', 'unknown-key', 'wrong-version', 'duplicate-entity', 'duplicate-collection',
    'shared-alias', 'yaml-syntax', 'reported-count', 'reported-count-incomplete', 'empty', 'no-such-case', 'alias-bomb', 'unresolved-alias',
    'wrong-type',
  ];

  it.each(cases)('%s: rejects with UnusableInputError carrying the error problems', async (name) => {
    const { problems } = await validateLedger(dir(name));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const rejection = await loadLedger(dir(name)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(rejection).toBeInstanceOf(UnusableInputError);
    expect((rejection as UnusableInputError).problems).toEqual(errors);
  });

  it('the error message lists each problem as file:line:col: severity: message', async () => {
    await expect(loadLedger(dir('unknown-key'))).rejects.toThrow(
      new UnusableInputError([error(file('unknown-key'), 16, 9, '`collections.0.members.0`: unknown key `source`')]),
    );
    const rejection = (await loadLedger(dir('unknown-key')).catch((e: unknown) => e)) as UnusableInputError;
    expect(rejection.name).toBe('UnusableInputError');
    expect(rejection.message).toBe(`${file('unknown-key')}:16:9: error: \`collections.0.members.0\`: unknown key \`source\``);
  });
});
