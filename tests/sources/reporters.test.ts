/**
 * The reconcile reporters (stylish, json, markdown, html) and the ledger
 * patch on the fixture corpus: literal lines, positions, escaping of hostile
 * article text, and a patch whose member pastes into the ledger and validates.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkArticle } from '../../src/check.js';
import { buildLexicon } from '../../src/extract/index.js';
import { loadLedger, validateLedger } from '../../src/ledger/load.js';
import { CONTENT_SECURITY_POLICY } from '../../src/report/html-assets.js';
import { proposalsPatch, reconcileExitCode, reconcileReporters, type ReconcileRun } from '../../src/report/sources-index.js';
import { compareSources } from '../../src/sources/index.js';
import { FIXTURE_LEDGER, fixtureRun, repo } from './fixture.js';

describe('stylish', () => {
  it('prints each conflict at file:line:col with every source on each side', async () => {
    const { run, context } = await fixtureRun();
    const out = reconcileReporters.stylish(run, context);
    const lines = out.split('\n');
    expect(lines.slice(5, 11)).toEqual([
      'tests/fixtures/reconcile/articles/2016-04-10-baltic-states.md:13:1  conflict  sources give `Lithuania` dates of joining `euro-area` that cannot all be true: `2014` in 1 source, `2015-01-01` in 2 sources  member-date',
      '    `2014`:',
      '      tests/fixtures/reconcile/articles/2016-04-10-baltic-states.md:13:1  "Lithuania joined the euro area in 2014"',
      '    `2015-01-01`:',
      '      tests/fixtures/reconcile/articles/lithuania-profile.txt:4:1  "Lithuania joined the euro zone on 1 January 2015"',
      '      tests/fixtures/reconcile/articles/2023-06-01-eurozone-explainer.md:11:1  "Lithuania joined the euro area in January 2015"',
    ]);
    expect(lines).toContain('  2007-01-01     Slovenia     3 statements in 3 sources  ledger 2008-01-01 ✖ → proposed');
    expect(lines).toContain('  2026-01-01     Bulgaria     2 statements in 2 sources  not in the ledger → proposed');
    expect(lines).toContain('  by 2015-03-02  Austria      1 statement in 1 source  ledger 1999-01-01 ✔');
    expect(lines).toContain('  tests/fixtures/reconcile/articles/2026-01-02-sofia-wire.txt  dated 2026-01-02 (dateline): 1 member statement, 0 counts and lists; ledger: 0 agree, 0 disagree, 1 not in it');
    expect(out.endsWith('✖ 3 conflicts among 11 sources, compared with the ledger (8e50c3465c7da833)\n21 members of 1 collection from 32 member statements and 8 counts and lists; 2 ledger proposals\n')).toBe(true);
    expect(reconcileExitCode(run)).toBe(1);
  });

  it('says what it compared without the ledger\'s memberships', async () => {
    const { run, context } = await fixtureRun(true);
    const out = reconcileReporters.stylish(run, context);
    expect(out).toContain('  2026-01-01     Bulgaria     2 statements in 2 sources\n');
    expect(out).toMatch(/✖ 3 conflicts among 11 sources, compared with each other only \(--sources-only: the ledger's names and terms, none of its memberships\)\n21 members of 1 collection from 32 member statements and 8 counts and lists\n$/);
  });
});

describe('json', () => {
  it('is a versioned document with offsets and line:column for every source', async () => {
    const { run, context } = await fixtureRun();
    const doc = JSON.parse(reconcileReporters.json(run, context));
    expect(doc).toMatchObject({ version: 1, kind: 'reconcile', mode: 'ledger', summary: { sources: 11, conflicts: 3, proposals: 2, members: 21 } });
    const side = doc.conflicts[1].sides[0];
    expect(side).toEqual({ says: '`2014`', refs: [{ file: 'tests/fixtures/reconcile/articles/2016-04-10-baltic-states.md', claimId: 'c4', start: 259, end: 297, line: 13, column: 1, endLine: 13, endColumn: 39, words: 'Lithuania joined the euro area in 2014' }] });
    const text = readFileSync(path.join(repo, side.refs[0].file), 'utf8');
    expect(text.slice(side.refs[0].start, side.refs[0].end)).toBe(side.refs[0].words);
    expect(doc.counts.find((c: { ref: { words: string } }) => c.ref.words === 'nearly 20 countries').allowed).toEqual({ min: 16, max: 19 });
    expect(doc.timelines.find((t: { entity: string }) => t.entity === 'greece')).toMatchObject({ consensus: '2001-01-01', disputed: false, ledger: { status: 'agrees', since: '2001-01-01' } });
    expect(doc.proposals[1]).toMatchObject({ change: 'add-member', entity: 'bulgaria', since: '2026-01-01' });
  });
});

describe('markdown', () => {
  it('shows who gives which date, beside the ledger\'s', async () => {
    const { run, context } = await fixtureRun();
    const out = reconcileReporters.markdown(run, context);
    expect(out.startsWith('# ledgerlint reconcile report\n\n11 sources, 32 member statements, 8 counts and lists: **3 conflicts**, 2 ledger proposals; compared with the ledger (8e50c3465c7da833).\n')).toBe(true);
    expect(out).toContain('| Lithuania | disputed | 2015-01-01 ✔ | listed 2015-03-02 | 2014 ✖ |  |  | 2015-01 ✖ |  |  | 2015-01-01 ✖ |  |\n');
    expect(out).toContain('| add-member | `euro-area` | Bulgaria | since 2026-01-01 | S8, S9 |\n');
  });
});

describe('html', () => {
  it('is self-contained, escapes the articles\' words and links only http(s) addresses', async () => {
    const ledger = await loadLedger(path.join(repo, FIXTURE_LEDGER));
    const lexicon = buildLexicon(ledger);
    const hostile = [
      '---',
      'title: "<script>alert(1)</script> & friends"',
      'date: 2026-01-05',
      'url: javascript:alert(1)',
      '---',
      'Bulgaria <img src=x onerror=alert(1)> joined the euro area on 1 January 2026.',
      '',
    ].join('\n');
    const other = '---\ndate: 2026-01-06\nurl: "https://example.com/a?b=1&c=\\"2\\""\n---\nBulgaria joined the euro area on 2 January 2026.\n';
    const files = [await checkArticle('hostile.md', hostile, lexicon), await checkArticle('other.md', other, lexicon)];
    const run: ReconcileRun = { report: compareSources(files, ledger), files, problems: [] };
    const page = reconcileReporters.html(run, { ledger, cwd: repo, color: false, version: '0.0.0-test' });
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`);
    expect(page).not.toMatch(/<script>alert|<img|javascript:/);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; friends');
    expect(page).toContain('<q>Bulgaria &lt;img src=x onerror=alert(1)&gt; joined the euro area on 1 January 2026</q>');
    expect(page).toContain('<a class="ext" href="https://example.com/a?b=1&amp;c=%222%22" rel="noopener noreferrer">link</a>');
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/\b(?:src|href)="(?!#|https:)/g)).toBeNull();
    expect(run.report.conflicts.map((c) => c.message)).toEqual(['sources give `Bulgaria` dates of joining `euro-area` that cannot all be true: `2026-01-01` in 1 source, `2026-01-02` in 1 source']);
  });

  it('gives the same bytes for the same run', async () => {
    const { run, context } = await fixtureRun();
    expect(reconcileReporters.html(run, context)).toBe(reconcileReporters.html({ ...run }, { ...context }));
    expect(reconcileReporters.html(run, context)).toContain('<div class="panel" id="conflict-3">');
  });
});

describe('the ledger patch', () => {
  it('is YAML a desk member can paste: the added member validates in the ledger', async () => {
    const { run, context } = await fixtureRun();
    const text = proposalsPatch(run, context);
    expect(text).toContain([
      '  # Bulgaria is not a member of euro-area in the ledger; 2 sources date its joining 2026-01-01.',
      '  - change: add-member',
      '    collection: euro-area',
      '    file: euro-area.yaml',
      '    member:',
      '      entity: bulgaria',
      '      since: 2026-01-01',
      '      sources:',
      '        # tests/fixtures/reconcile/articles/2026-01-02-sofia-wire.txt:4:1 “Bulgaria joined the euro zone on January 1, 2026, after years of preparation, a…”, dated 2026-01-02 (dateline); the article gives no URL: cite its public address instead',
      '        - url: file:tests/fixtures/reconcile/articles/2026-01-02-sofia-wire.txt',
      '          quote: Bulgaria joined the euro zone on January 1, 2026',
      '        # tests/fixtures/reconcile/articles/2026-01-05-bulgaria-joins.md:8:1 “Bulgaria becomes the euro area\'s newest member”, dated 2026-01-05 (front-matter)',
      '        - url: https://example.com/2026/01/05/bulgaria-joins-the-euro',
      '          quote: Bulgaria joined the euro area on 1 January 2026',
    ].join('\n'));
    const patch = parse(text);
    expect(patch).toMatchObject({ version: 1, kind: 'ledgerlint-proposals', ledger: context.ledger.hash });
    expect(patch.proposals[0]).toMatchObject({ change: 'change-since', file: 'euro-area.yaml', line: 29, entity: 'slovenia', from: '2008-01-01', to: '2007-01-01' });

    // Paste the member under `members:` as the patch says, and the ledger takes it.
    const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-patch-'));
    cpSync(path.join(repo, FIXTURE_LEDGER), dir, { recursive: true });
    const file = path.join(dir, 'euro-area.yaml');
    const added = patch.proposals[1].member;
    const yaml = `      - entity: ${added.entity}\n        since: ${added.since}\n        sources:\n${added.sources.map((s: { url: string; quote: string }) => `          - url: ${s.url}\n            quote: ${JSON.stringify(s.quote)}\n`).join('')}`;
    writeFileSync(file, readFileSync(file, 'utf8') + yaml);
    const { ledger, problems } = await validateLedger(dir);
    expect(problems).toEqual([]);
    expect(ledger!.collections.get('euro-area')!.members.at(-1)).toMatchObject({ entity: 'bulgaria', since: { year: 2026, month: 1, day: 1 } });
  });

  it('is an empty list when there is nothing to propose', async () => {
    const { run, context } = await fixtureRun();
    const empty = parse(proposalsPatch({ ...run, report: { ...run.report, proposals: [] } }, context));
    expect(empty.proposals).toEqual([]);
  });
});
