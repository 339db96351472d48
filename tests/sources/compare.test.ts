/**
 * compareSources on the reconcile fixture corpus (eleven euro-area articles
 * with deliberate disagreements, against a ledger that is deliberately
 * behind), and on a few articles written here for one mechanism each.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle, type FileResult } from '../../src/check.js';
import { buildLexicon } from '../../src/extract/index.js';
import { loadLedger } from '../../src/ledger/load.js';
import { compareSources, type Conflict, type MemberTimeline, type SourcesReport } from '../../src/sources/index.js';
import { formatPartialDate } from '../../src/time/partial-date.js';
import { FIXTURE_LEDGER, fixtureRun } from './fixture.js';

const A = 'tests/fixtures/reconcile/articles/';

/** A conflict as (kind, message, per side: what it says and file:words of each source). */
function shape(conflict: Conflict) {
  return {
    kind: conflict.kind,
    message: conflict.message,
    sides: conflict.sides.map((s) => [s.says, ...s.refs.map((r) => `${r.file.replace(A, '')}: ${r.words}`)]),
  };
}

function timeline(report: SourcesReport, name: string): MemberTimeline {
  const found = report.timelines.find((t) => t.name === name);
  if (!found) throw new Error(`no timeline for ${name}`);
  return found;
}

/** Articles written in the test, through checkArticle with the fixture ledger. */
async function compareTexts(articles: Record<string, string>, sourcesOnly = false): Promise<SourcesReport> {
  const ledger = await loadLedger(FIXTURE_LEDGER);
  const lexicon = buildLexicon(ledger);
  const results: FileResult[] = [];
  for (const [file, text] of Object.entries(articles)) results.push(await checkArticle(file, text, lexicon));
  return compareSources(results, ledger, { sourcesOnly });
}

describe('compareSources on the fixture corpus', () => {
  it('finds the three deliberate conflicts, and nothing else', async () => {
    const { run: { report } } = await fixtureRun();
    expect(report.conflicts.map(shape)).toEqual([
      {
        kind: 'count',
        message: 'sources give counts of `euro-area` that cannot all hold, since members join and none is recorded leaving: a complete list of `19` countries as of 2015-03-02 (front-matter); `18 countries` as of 2015-06-01 (dateline)',
        sides: [
          ['a complete list of `19` countries as of 2015-03-02 (front-matter)', '2015-03-02-euro-members.md: Austria, Belgium, Cyprus, Estonia, Finland, France, Germany, Greece, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, the Netherlands, Portugal, Slovakia, Slovenia and Spain'],
          ['`18 countries` as of 2015-06-01 (dateline)', '2015-06-01-currency-column.txt: 18 countries'],
        ],
      },
      {
        kind: 'member-date',
        message: 'sources give `Lithuania` dates of joining `euro-area` that cannot all be true: `2014` in 1 source, `2015-01-01` in 2 sources',
        sides: [
          ['`2014`', '2016-04-10-baltic-states.md: Lithuania joined the euro area in 2014'],
          ['`2015-01-01`', 'lithuania-profile.txt: Lithuania joined the euro zone on 1 January 2015', '2023-06-01-eurozone-explainer.md: Lithuania joined the euro area in January 2015'],
        ],
      },
      {
        kind: 'count',
        message: 'sources give counts of `euro-area` that cannot all hold, since members join and none is recorded leaving: `20 countries` as of 2023-01-02 (front-matter); `20 countries` as of 2023-06-01 (explicit); `19 countries` as of 2023-06-01 (dateline)',
        sides: [
          ['`20 countries` as of 2023-01-02 (front-matter)', '2023-01-02-croatia-adopts-the-euro.md: 20 countries'],
          ['`20 countries` as of 2023-06-01 (explicit)', '2023-06-01-eurozone-explainer.md: 20 countries'],
          ['`19 countries` as of 2023-06-01 (dateline)', '2023-06-01-market-brief.txt: 19 countries'],
        ],
      },
    ]);
  });

  it('sets aside a statement that fits both sides: the list that names Lithuania by 2015-03-02', async () => {
    const { run: { report } } = await fixtureRun();
    const lithuania = timeline(report, 'Lithuania');
    expect(lithuania.statements.map((s) => s.kind)).toContain('listed');
    const sides = report.conflicts.find((c) => c.entity === 'lithuania')!.sides.flatMap((s) => s.refs.map((r) => r.file));
    expect(sides).not.toContain(`${A}2015-03-02-euro-members.md`);
    expect(lithuania).toMatchObject({ disputed: true, ledger: { status: 'agrees' } });
    expect(lithuania.consensus).toBeUndefined();
  });

  it('stays silent where the sources agree: "2001" and "1 January 2001" make 2001-01-01', async () => {
    const { run: { report } } = await fixtureRun();
    const greece = timeline(report, 'Greece');
    expect(greece.disputed).toBe(false);
    expect(formatPartialDate(greece.consensus!.date)).toBe('2001-01-01');
    expect(greece.statements.map((s) => s.ref.words)).toEqual(['Greece', 'Greece joined the euro area in 2001', 'Greece joined the euro area on 1 January 2001']);
    expect(greece.ledger.status).toBe('agrees');
    for (const name of ['Latvia', 'Croatia', 'Slovenia', 'Bulgaria']) expect(timeline(report, name).disputed, name).toBe(false);
  });

  it('leaves a disagreement inside one article to `check`: Estonia 2010 and 2011 in the Baltic article', async () => {
    const { run: { report } } = await fixtureRun();
    const estonia = timeline(report, 'Estonia');
    expect(estonia.disputed).toBe(true);
    expect(report.conflicts.some((c) => c.entity === 'estonia')).toBe(false);
  });

  it('keeps a hedged count that fits silent: "nearly 20 countries" in 2017 allows 16 to 19', async () => {
    const { run: { report } } = await fixtureRun();
    const nearly = report.counts.find((c) => c.statement.ref.words === 'nearly 20 countries')!;
    expect(nearly.allowed).toEqual({ min: 16, max: 19 });
    expect(nearly.ledger).toBe('agrees');
    expect(report.conflicts.flatMap((c) => c.sides.flatMap((s) => s.refs)).some((r) => r.words === 'nearly 20 countries')).toBe(false);
  });

  it('compares each statement with the ledger, which is behind on Bulgaria', async () => {
    const { run: { report } } = await fixtureRun();
    const byFile = Object.fromEntries(report.sources.map((s) => [s.file.replace(A, ''), s.ledger]));
    expect(byFile['2026-01-05-bulgaria-joins.md']).toEqual({ agrees: 0, disagrees: 1, notInLedger: 1 });
    expect(byFile['2026-01-02-sofia-wire.txt']).toEqual({ agrees: 0, disagrees: 0, notInLedger: 1 });
    expect(byFile['slovenia-profile.txt']).toEqual({ agrees: 1, disagrees: 1, notInLedger: 0 });
    expect(byFile['2023-06-01-eurozone-explainer.md']).toEqual({ agrees: 3, disagrees: 0, notInLedger: 0 });
    expect(timeline(report, 'Slovenia').ledger).toMatchObject({ status: 'disagrees', since: { year: 2008, month: 1, day: 1 } });
  });

  it('proposes the member the ledger lacks and the date two sources agree on against it', async () => {
    const { run: { report } } = await fixtureRun();
    expect(report.proposals.map((p) => ({
      change: p.change,
      entity: p.entity,
      file: p.file,
      date: p.change === 'add-member' ? formatPartialDate(p.since) : `${formatPartialDate(p.from)} → ${formatPartialDate(p.to)}`,
      refs: p.refs.map((r) => r.file.replace(A, '')),
    }))).toEqual([
      { change: 'change-since', entity: 'slovenia', file: 'euro-area.yaml', date: '2008-01-01 → 2007-01-01', refs: ['2017-01-02-slovenia-ten-years.md', 'slovenia-profile.txt'] },
      { change: 'add-member', entity: 'bulgaria', file: 'euro-area.yaml', date: '2026-01-01', refs: ['2026-01-02-sofia-wire.txt', '2026-01-05-bulgaria-joins.md'] },
    ]);
  });

  it('reads the articles\' own addresses from front matter and a "Source:" line', async () => {
    const { run: { report } } = await fixtureRun();
    const urls = Object.fromEntries(report.sources.filter((s) => s.url).map((s) => [s.file.replace(A, ''), s.url]));
    expect(urls).toEqual({
      '2026-01-05-bulgaria-joins.md': 'https://example.com/2026/01/05/bulgaria-joins-the-euro',
      'slovenia-profile.txt': 'https://example.org/profiles/slovenia',
    });
  });
});

describe('--sources-only: the ledger\'s vocabulary without its memberships', () => {
  it('finds the same conflicts, compares nothing with the ledger and proposes nothing', async () => {
    const [withLedger, alone] = [await fixtureRun(), await fixtureRun(true)];
    expect(alone.run.report.mode).toBe('sources-only');
    expect(alone.run.report.conflicts).toEqual(withLedger.run.report.conflicts);
    expect(alone.run.report.timelines.map((t) => t.name)).toEqual(withLedger.run.report.timelines.map((t) => t.name));
    expect(new Set(alone.run.report.timelines.map((t) => t.ledger.status))).toEqual(new Set(['no-ledger']));
    expect(alone.run.report.proposals).toEqual([]);
    expect(alone.run.report.sources.every((s) => s.ledger === undefined)).toBe(true);
  });
});

describe('mechanisms', () => {
  it('compares a count with the members the sources date on or before its date', async () => {
    const report = await compareTexts({
      'list.md': '---\ndate: 2009-02-01\n---\nNew members of the euro area include Greece (January 2001), Slovenia (January 2007), Cyprus (January 2008), Malta (January 2008) and Slovakia (January 2009).\n',
      'count.md': '---\ndate: 2009-03-01\n---\nSince its launch, the euro area has grown to 4 countries.\n',
    });
    expect(report.conflicts.map(shape)).toEqual([{
      kind: 'count-timeline',
      message: '`4 countries` as of 2009-03-01 (front-matter), but the sources date `5` countries of `euro-area` on or before 2009-03-01: Greece 2001-01, Slovenia 2007-01, Cyprus 2008-01, Malta 2008-01, Slovakia 2009-01',
      sides: [
        ['`4 countries` as of 2009-03-01 (front-matter)', 'count.md: 4 countries'],
        ['`5` countries joined on or before 2009-03-01', 'list.md: Greece (January 2001)', 'list.md: Slovenia (January 2007)', 'list.md: Cyprus (January 2008)', 'list.md: Malta (January 2008)', 'list.md: Slovakia (January 2009)'],
      ],
    }]);
  });

  it('leaves a count and its own list to `check` (count-list-mismatch) when no other source is involved', async () => {
    const report = await compareTexts({
      'one.md': '---\ndate: 2009-02-01\n---\nThe euro area has 4 countries, including Greece (January 2001), Slovenia (January 2007), Cyprus (January 2008), Malta (January 2008) and Slovakia (January 2009).\n',
    });
    expect(report.conflicts).toEqual([]);
    expect(report.counts[0]!.datedBefore).toBe(5);
  });

  it('narrows a date to the article\'s own: "January 2023" in an article of 2023-01-15 is not "20 January 2023"', async () => {
    const report = await compareTexts({
      'early.md': '---\ndate: 2023-01-15\n---\nCroatia joined the euro area in January 2023.\n',
      'later.txt': 'Croatia news\nPublished: 1 February 2023\n\nCroatia joined the euro area on 20 January 2023.\n',
    });
    expect(report.conflicts.map((c) => c.message)).toEqual([
      "sources give `Croatia` dates of joining `euro-area` that cannot all be true: `2023-01` (on or before the article's date, 2023-01-15) in 1 source, `2023-01-20` in 1 source",
    ]);
  });

  it('lets a month hold two counts: 19 and 20 "in January 2023" can both be true', async () => {
    const report = await compareTexts({
      'a.md': 'As of January 2023, the euro area had 19 countries.\n',
      'b.md': 'As of January 2023, the euro area had 20 countries.\n',
    });
    expect(report.counts.map((c) => formatPartialDate(c.statement.asOf.date))).toEqual(['2023-01', '2023-01']);
    expect(report.conflicts).toEqual([]);
    const sameDay = await compareTexts({
      'a.md': 'As of 1 January 2023, the euro area had 19 countries.\n',
      'b.md': 'As of 1 January 2023, the euro area had 20 countries.\n',
    });
    expect(sameDay.conflicts.map((c) => c.message)).toEqual([
      'sources give counts of `euro-area` that cannot all hold, since members join and none is recorded leaving: `19 countries` as of 2023-01-01 (explicit); `20 countries` as of 2023-01-01 (explicit)',
    ]);
  });

  it('finds a member by its entity even when the ledger has no membership for it', async () => {
    const report = await compareTexts({ 'a.md': '---\ndate: 2026-01-05\n---\nBulgaria joined the euro area on 1 January 2026.\n' });
    expect(timeline(report, 'Bulgaria')).toMatchObject({ entity: 'bulgaria', ledger: { status: 'missing' } });
  });
});
