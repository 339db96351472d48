/**
 * The GitHub Actions reporter: workflow commands, literally, with GitHub's
 * escaping; the job summary; and the CLI appending it to $GITHUB_STEP_SUMMARY.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../src/check.js';
import { run as cli } from '../../src/cli/run.js';
import { escapeData, escapeProperty, SUMMARY_LIMIT } from '../../src/report/github.js';
import { githubSummary, reporters, type RunResult } from '../../src/report/index.js';
import { markdown } from '../../src/report/markdown.js';
import { COUNT_ARTICLE, contextFor, fixtureRun, ledgerAndLexicon, repo } from './fixture.js';

describe('github', () => {
  it('gives one workflow command per finding and per input problem', async () => {
    expect(reporters.github(await fixtureRun(), await contextFor())).toBe(
      '::error file=articles/csp.md,line=6,col=55,endLine=6,endColumn=69,title=stale-count::`nine` countries as of 2025-02-27 (front-matter): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25 (suggest: ten countries) (read as: the number of countries of `vietnam-csp` on 2025-02-27 (front-matter) is 9; collection: named in the sentence)\n' +
        '::error file=articles/latin1.txt,title=input::not valid UTF-8 (first bad byte at offset 3): save the file as UTF-8\n',
    );
  });

  it('prints nothing when there is nothing to annotate', async () => {
    expect(reporters.github({ files: [], problems: [] }, await contextFor())).toBe('');
  });

  it('escapes % CR LF in messages, and also : and , in properties', async () => {
    const { lexicon } = await ledgerAndLexicon();
    const file = path.join(repo, 'news: 2025/a,b.md');
    const run: RunResult = {
      files: [await checkArticle(file, COUNT_ARTICLE, lexicon)],
      problems: [{ file, line: 2, column: 7, message: '100% sure,\nbut: no\r\nreally', severity: 'warning' }],
    };
    expect(reporters.github(run, await contextFor())).toBe(
      '::warning file=news%3A 2025/a%2Cb.md,line=2,col=7,title=input::100%25 sure,%0Abut: no%0D%0Areally\n' +
        '::error file=news%3A 2025/a%2Cb.md,line=6,col=55,endLine=6,endColumn=69,title=stale-count::`nine` countries as of 2025-02-27 (front-matter): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25 (suggest: ten countries) (read as: the number of countries of `vietnam-csp` on 2025-02-27 (front-matter) is 9; collection: named in the sentence)\n',
    );
    expect(escapeData('%0A already escaped?\n')).toBe('%250A already escaped?%0A');
    expect(escapeProperty('a:b,c%d\re\n')).toBe('a%3Ab%2Cc%25d%0De%0A');
  });

  it('summarizes the run as the Markdown report', async () => {
    const [run, context] = [await fixtureRun(), await contextFor()];
    expect(githubSummary(run, context)).toBe(markdown(run, context));
  });

  it('cuts the summary at an article when it would pass GitHub\'s limit', async () => {
    const long = 'x'.repeat(1000);
    const files = Array.from({ length: 1500 }, (_, i) => ({
      path: path.join(repo, `articles/${String(i).padStart(4, '0')}.txt`),
      claims: [],
      verdicts: [],
      findings: [],
      problems: [{ file: 'ignored', message: `cannot read: ${long}`, severity: 'error' as const }],
    }));
    const summary = githubSummary({ files, problems: [] }, await contextFor());
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toMatch(/^# ledgerlint report\n/);
    expect(summary).toMatch(/\n`articles\/\d{4}\.txt`\n\n- \*\*error\*\*: cannot read: x+\n\n\*The report was cut here to fit GitHub's job summary limit: run `ledgerlint check --format markdown` for all of it\.\*\n$/);
  });
});

describe('ledgerlint check --format github', () => {
  async function check(dir: string, argv: string[], env: Record<string, string>) {
    let stdout = '';
    const code = await cli(['check', 'a.md', ...argv], {
      stdout: (t) => { stdout += t; },
      stderr: () => {},
      cwd: dir,
      isTTY: false,
      env,
      now: () => new Date(Date.UTC(2026, 10, 23)),
    });
    return { code, stdout };
  }

  it('appends the job summary to $GITHUB_STEP_SUMMARY, and only for the github format', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-github-'));
    writeFileSync(path.join(dir, 'a.md'), COUNT_ARTICLE);
    const summaryFile = path.join(dir, 'step-summary.md');
    writeFileSync(summaryFile, 'from an earlier step\n');
    const { code, stdout } = await check(dir, ['--format', 'github'], { GITHUB_STEP_SUMMARY: summaryFile });
    expect(code).toBe(1);
    expect(stdout).toBe(
      '::error file=a.md,line=6,col=55,endLine=6,endColumn=69,title=stale-count::`nine` countries as of 2025-02-27 (front-matter): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25 (suggest: ten countries) (read as: the number of countries of `vietnam-csp` on 2025-02-27 (front-matter) is 9; collection: named in the sentence)\n',
    );
    const { lexicon } = await ledgerAndLexicon();
    const run: RunResult = { files: [await checkArticle(path.join(dir, 'a.md'), readFileSync(path.join(dir, 'a.md')), lexicon)], problems: [] };
    expect(readFileSync(summaryFile, 'utf8')).toBe(`from an earlier step\n${githubSummary(run, { ...(await contextFor()), cwd: dir })}`);

    const written = readFileSync(summaryFile, 'utf8');
    await check(dir, ['--format', 'stylish'], { GITHUB_STEP_SUMMARY: summaryFile });
    expect(readFileSync(summaryFile, 'utf8')).toBe(written);
    expect((await check(dir, ['--format', 'github'], {})).stdout).toBe(stdout);
    expect(readFileSync(summaryFile, 'utf8')).toBe(written);
  });
});
