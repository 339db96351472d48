/**
 * Every format's complete output on one small run (format-fixture.ts), pinned
 * literally in tests/report/expected/: review a change there like code;
 * `npx vitest run tests/report/formats.test.ts -u` rewrites them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/report/index.js';
import { repo } from './fixture.js';
import { reportFixture } from './format-fixture.js';

describe('every format on the fixture run', () => {
  it('stylish', async () => {
    const { run, context } = await reportFixture();
    await expect(reporters.stylish(run, context)).toMatchFileSnapshot('expected/stylish.txt');
  });

  it('stylish with colour: the same text, coloured', async () => {
    const { run, context } = await reportFixture();
    const coloured = reporters.stylish(run, { ...context, color: true });
    await expect(coloured).toMatchFileSnapshot('expected/stylish-color.txt');
    expect(stripVTControlCharacters(coloured)).toBe(reporters.stylish(run, context));
  });

  it('json', async () => {
    const { run, context } = await reportFixture();
    await expect(reporters.json(run, context)).toMatchFileSnapshot('expected/report.json');
  });

  it('markdown', async () => {
    const { run, context } = await reportFixture();
    await expect(reporters.markdown(run, context)).toMatchFileSnapshot('expected/report.md');
  });

  it('sarif', async () => {
    const { run, context } = await reportFixture();
    await expect(reporters.sarif(run, context)).toMatchFileSnapshot('expected/report.sarif');
  });

  it('sarif: validates against the official SARIF 2.1.0 schema, the in-source suppression included', async () => {
    const { run, context } = await reportFixture();
    const ajv = new Ajv({ allErrors: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(repo, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object);
    const log = JSON.parse(reporters.sarif(run, context));
    expect(validate(log) ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
    expect(log.runs[0].results.map((r: { suppressions?: unknown }) => r.suppressions)).toEqual([undefined, undefined, [{ kind: 'inSource', justification: 'quoted from a 2023 speech' }]]);
  });

  it('github', async () => {
    const { run, context } = await reportFixture();
    await expect(reporters.github(run, context)).toMatchFileSnapshot('expected/github.txt');
  });

  it('html', async () => {
    const { run, context } = await reportFixture();
    await expect(reporters.html(run, context)).toMatchFileSnapshot('expected/report.html');
  });

  it('gives the same bytes when the colour setting is all that differs, except stylish', async () => {
    const { run, context } = await reportFixture();
    for (const format of ['json', 'markdown', 'sarif', 'github', 'html'] as const) {
      expect(reporters[format](run, { ...context, color: true }), format).toBe(reporters[format](run, context));
    }
  });

  it('names no absolute path of this machine', async () => {
    const { run, context } = await reportFixture();
    for (const format of Object.keys(reporters) as (keyof typeof reporters)[]) {
      expect(reporters[format](run, context), format).not.toContain(repo);
    }
  });

  it('sarif: the same words flagged by the same rule in two files get different fingerprints', async () => {
    const { run, context } = await reportFixture();
    const results = JSON.parse(reporters.sarif(run, context)).runs[0].results as {
      ruleId: string;
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    const staleCounts = results.filter((r) => r.ruleId === 'stale-count');
    expect(staleCounts.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'tests/fixtures/report/articles/a-stale.md',
      'tests/fixtures/report/articles/c-suppressed.md',
    ]);
    expect(staleCounts[0]!.partialFingerprints['ledgerlint/v2']).not.toBe(staleCounts[1]!.partialFingerprints['ledgerlint/v2']);
  });

  it('html: a suppressed finding is marked as suppressed, with its reason', async () => {
    const { run, context } = await reportFixture();
    const page = reporters.html(run, context);
    // The article's text shows the comment itself; the reason must appear outside it too.
    const outsideText = page.replace(/<div class="text"[^>]*>[^]*?<\/div>/g, '');
    expect(page).toContain('quoted from a 2023 speech');
    expect(outsideText).toContain('quoted from a 2023 speech');
  });
});
