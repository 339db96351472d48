/**
 * The SARIF reporter: the whole document for a small run, checked literally
 * and against the official SARIF 2.1.0 JSON schema (tests/fixtures, see the
 * README there); fingerprints that survive edits above a finding.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check.js';
import { rules } from '../../src/reconcile/index.js';
import { reporters, type RunResult } from '../../src/report/index.js';
import { COUNT_ARTICLE, contextFor, fixtureRun, ledgerAndLexicon, repo } from './fixture.js';

// ajv-formats is CommonJS: its plugin is both `module.exports` and `module.exports.default`.
const addFormats = ajvFormats.default;

const schema = JSON.parse(readFileSync(path.join(repo, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

function expectValidSarif(text: string): void {
  const valid = validateSarif(JSON.parse(text));
  expect(valid ? [] : validateSarif.errors?.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}

/**
 * The registry grows while ledgerlint does, so the descriptors expected are
 * written out for the first rule and derived from the registry for the rest.
 */
const descriptors = rules.map(({ meta }) => ({
  id: meta.id,
  shortDescription: { text: meta.description },
  help: { text: `${meta.description} See docs/rules/${meta.id}.md in the ledgerlint package.` },
  defaultConfiguration: { level: meta.severity },
  properties: { docs: `docs/rules/${meta.id}.md` },
}));

describe('sarif', () => {
  it('gives one run: every rule, the refuted count as a result, the unusable file as a notification', async () => {
    const text = reporters.sarif(await fixtureRun(), await contextFor());
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'ledgerlint',
              version: '0.0.0-test',
              rules: descriptors,
            },
          },
          invocations: [
            {
              executionSuccessful: false,
              exitCode: 2,
              toolExecutionNotifications: [
                {
                  level: 'error',
                  message: { text: 'not valid UTF-8 (first bad byte at offset 3): save the file as UTF-8' },
                  locations: [{ physicalLocation: { artifactLocation: { uri: 'articles/latin1.txt', uriBaseId: '%SRCROOT%' } } }],
                },
              ],
            },
          ],
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'stale-count',
              ruleIndex: 0,
              level: 'error',
              message: { text: '`nine` countries as of 2025-02-27 (front-matter): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25 (read as: the number of countries of `vietnam-csp` on 2025-02-27 (front-matter) is 9; collection: named in the sentence)' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'articles/csp.md', uriBaseId: '%SRCROOT%' },
                    region: { startLine: 6, startColumn: 55, endLine: 6, endColumn: 69, charOffset: 91, charLength: 14, snippet: { text: 'nine countries' } },
                  },
                },
              ],
              partialFingerprints: { 'ledgerlint/v2': '2efeedc8f45bb28adbda69061fb33ea3d21e1ac90875d0943d240b2d20988f34' },
              properties: { suggestion: 'ten countries', expected: '10', actual: '9' },
            },
          ],
        },
      ],
    });
  });

  it('describes every rule of the registry, in its order', async () => {
    const log = JSON.parse(reporters.sarif({ files: [], problems: [] }, await contextFor()));
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(log.runs[0].tool.driver.rules[0]).toEqual({
      id: 'stale-count',
      shortDescription: { text: 'A count of members that the ledger contradicts at the date the claim speaks for.' },
      help: { text: 'A count of members that the ledger contradicts at the date the claim speaks for. See docs/rules/stale-count.md in the ledgerlint package.' },
      defaultConfiguration: { level: 'error' },
      properties: { docs: 'docs/rules/stale-count.md' },
    });
  });

  it('validates against the official SARIF 2.1.0 schema', async () => {
    const context = await contextFor();
    expectValidSarif(reporters.sarif(await fixtureRun(), context));
    expectValidSarif(reporters.sarif({ files: [], problems: [] }, context));
  });

  it('has a validator that rejects what the spec forbids (a relative helpUri, a level SARIF does not know)', async () => {
    const log = JSON.parse(reporters.sarif(await fixtureRun(), await contextFor()));
    log.runs[0].tool.driver.rules[0].helpUri = 'docs/rules/stale-count.md';
    log.runs[0].results[0].level = 'fatal';
    expect(validateSarif(log)).toBe(false);
    expect(validateSarif.errors?.map((e) => e.instancePath).sort()).toEqual(['/runs/0/results/0/level', '/runs/0/tool/driver/rules/0/helpUri']);
  });

  it('validates on the sample articles, odd paths, a file outside the working folder and a problem with a line', async () => {
    const { lexicon } = await ledgerAndLexicon();
    const context = await contextFor();
    const sources = path.join(repo, 'sources');
    const files = await Promise.all(
      ['2025-02-27-hanoi-times-diplomacy-through-csp.txt', '2025-10-elite-diplomatic-sphere-14-csps.txt'].map((name) =>
        checkArticle(path.join(sources, name), readFileSync(path.join(sources, name)), lexicon),
      ),
    );
    const odd = await checkArticle(path.join(repo, 'news: 100% #1/a, b.md'), COUNT_ARTICLE, lexicon);
    const outside = await checkArticle('/elsewhere/article.md', COUNT_ARTICLE, lexicon);
    const badDate = await checkArticle(path.join(repo, 'bad-date.md'), '---\ndate: 2025-02-30\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n', lexicon);
    const run: RunResult = {
      files: [...files, odd, outside, badDate],
      problems: [{ file: path.join(repo, 'missing.md'), message: 'cannot read: no such file or directory', severity: 'error' }],
    };
    const text = reporters.sarif(run, context);
    expectValidSarif(text);
    const log = JSON.parse(text);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['stale-count', 'count-list-mismatch', 'stale-as-of', 'member-after-as-of']));
    const uris = log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('news%3A%20100%25%20%231/a%2C%20b.md');
    expect(uris).toContain('file:///elsewhere/article.md');
    expect(text).not.toContain(repo);
  });

  it('keeps fingerprints when lines are added above, and tells apart the same words flagged twice', async () => {
    const { lexicon } = await ledgerAndLexicon();
    const context = await contextFor();
    const file = path.join(repo, 'articles/csp.md');
    const results = async (text: string) =>
      JSON.parse(reporters.sarif({ files: [await checkArticle(file, text, lexicon)], problems: [] }, context)).runs[0].results as {
        partialFingerprints: Record<string, string>;
        locations: { physicalLocation: { region: { startLine: number } } }[];
      }[];
    const before = await results(COUNT_ARTICLE);
    const after = await results(COUNT_ARTICLE.replace('# Partners\n', '# Partners\n\nA new opening paragraph.\n\nAnd another.\n'));
    expect(after[0]!.locations[0]!.physicalLocation.region.startLine).toBe(before[0]!.locations[0]!.physicalLocation.region.startLine + 4);
    expect(after[0]!.partialFingerprints).toEqual(before[0]!.partialFingerprints);
    const twice = await results(`${COUNT_ARTICLE}\nVietnam has comprehensive strategic partnerships with nine countries.\n`);
    expect(twice).toHaveLength(2);
    expect(twice[0]!.partialFingerprints).toEqual(before[0]!.partialFingerprints);
    expect(twice[1]!.partialFingerprints['ledgerlint/v2']).not.toBe(twice[0]!.partialFingerprints['ledgerlint/v2']);
  });

  it('is deterministic', async () => {
    const context = await contextFor();
    expect(reporters.sarif(await fixtureRun(), context)).toBe(reporters.sarif(await fixtureRun(), context));
  });
});
