/**
 * `<!-- ledgerlint-disable-next-line RULE[, RULE] -- reason -->`: an HTML
 * block in Markdown, a whole line in plain text. It silences the named rules
 * (every rule when none is named) in the next block, and says so when it is
 * malformed, names an unknown rule, or silences nothing.
 */
import { describe, expect, it } from 'vitest';
import { checkArticle, type FileResult } from '../../src/check.js';
import type { RuleLevels } from '../../src/policy/index.js';
import { formatProblem } from '../../src/problem.js';
import { locator } from '../../src/report/positions.js';
import { realLedger } from '../helpers.js';

const FRONT = '---\ndate: 2025-02-27\n---\n';
const DATELINE = 'Feb 27, 2025 / 21:17\n';
/** At 2025-02-27 the ledger has ten countries: `nine` is a stale-count error. */
const STALE = 'Vietnam has comprehensive strategic partnerships with nine countries.';
/** Nine said, ten named: stale-count and count-list-mismatch on the same words. */
const STALE_AND_MISMATCH = 'Vietnam has comprehensive strategic partnerships with nine countries: China, Russia, India, South Korea, United States, Japan, Australia, France, Malaysia and New Zealand.';

async function check(file: string, text: string, rules?: RuleLevels): Promise<FileResult> {
  const { lexicon } = await realLedger();
  return checkArticle(file, text, lexicon, rules ? { rules } : {});
}

/** Each finding as `line:col rule severity [suppressed: reason]`, and each problem as the CLI prints it. */
function outline(result: FileResult): { findings: string[]; problems: string[] } {
  const locate = locator(result.article!.text);
  return {
    findings: result.findings.map(({ verdict, severity, suppressed }) => {
      const at = locate(verdict.span);
      return `${at.line}:${at.column} ${verdict.ruleId} ${severity}${suppressed ? ` [suppressed: ${suppressed.reason}]` : ''}`;
    }),
    problems: result.problems.map(formatProblem),
  };
}

describe('suppressions in Markdown', () => {
  it('silence the named rule in the next block, keeping the finding marked with the reason', async () => {
    const result = await check('a.md', `${FRONT}<!-- ledgerlint-disable-next-line stale-count -- quoting the 2024 press release -->\n${STALE}\n\n${STALE}\n`);
    expect(outline(result)).toEqual({
      findings: ['5:55 stale-count error [suppressed: quoting the 2024 press release]', '7:55 stale-count error'],
      problems: [],
    });
  });

  it('name several rules, separated by commas or spaces; other rules in the block still report', async () => {
    const result = await check('a.md', [
      FRONT.trimEnd(),
      '<!-- ledgerlint-disable-next-line stale-count -- the count is the release\'s -->',
      STALE_AND_MISMATCH,
      '',
      '<!-- ledgerlint-disable-next-line stale-count, count-list-mismatch -- both, with a comma -->',
      STALE_AND_MISMATCH,
      '',
      '<!-- ledgerlint-disable-next-line   stale-count  count-list-mismatch   --   both, with spaces   -->',
      STALE_AND_MISMATCH,
      '',
    ].join('\n'));
    expect(outline(result)).toEqual({
      findings: [
        '5:55 stale-count error [suppressed: the count is the release\'s]',
        '5:55 count-list-mismatch error',
        '8:55 stale-count error [suppressed: both, with a comma]',
        '8:55 count-list-mismatch error [suppressed: both, with a comma]',
        '11:55 stale-count error [suppressed: both, with spaces]',
        '11:55 count-list-mismatch error [suppressed: both, with spaces]',
      ],
      problems: [],
    });
  });

  it('silence every rule when none is named', async () => {
    const result = await check('a.md', `${FRONT}<!-- ledgerlint-disable-next-line -- an archived quote -->\n${STALE_AND_MISMATCH}\n`);
    expect(outline(result).findings).toEqual([
      '5:55 stale-count error [suppressed: an archived quote]',
      '5:55 count-list-mismatch error [suppressed: an archived quote]',
    ]);
  });

  it('reach the whole next block (a paragraph of several lines) and no further', async () => {
    const result = await check('a.md', `${FRONT}<!-- ledgerlint-disable-next-line stale-count -- quoted -->\nFirst line. ${STALE}\n${STALE}\n\n${STALE}\n`);
    expect(outline(result).findings).toEqual([
      '5:67 stale-count error [suppressed: quoted]',
      '6:55 stale-count error [suppressed: quoted]',
      '8:55 stale-count error',
    ]);
  });

  it('work in a comment of several lines, in a block quote and in a list item', async () => {
    const result = await check('a.md', [
      FRONT.trimEnd(),
      '<!--',
      '  ledgerlint-disable-next-line stale-count -- over three lines',
      '-->',
      STALE,
      '',
      '> <!-- ledgerlint-disable-next-line stale-count -- in a quote -->',
      `> ${STALE}`,
      '',
      '- <!-- ledgerlint-disable-next-line stale-count -- in a list item -->',
      `  ${STALE}`,
      '',
    ].join('\n'));
    expect(outline(result)).toEqual({
      findings: [
        '7:55 stale-count error [suppressed: over three lines]',
        '10:57 stale-count error [suppressed: in a quote]',
        '13:57 stale-count error [suppressed: in a list item]',
      ],
      problems: [],
    });
  });

  it('do not count inside fenced or indented code, or inline in a paragraph', async () => {
    const result = await check('a.md', [
      FRONT.trimEnd(),
      '```',
      '<!-- ledgerlint-disable-next-line stale-count -- in a backtick fence -->',
      '```',
      STALE,
      '',
      '~~~markdown',
      '<!-- ledgerlint-disable-next-line -- in a tilde fence -->',
      '~~~',
      STALE,
      '',
      '    <!-- ledgerlint-disable-next-line -- in indented code -->',
      '',
      STALE,
      '',
      'Some words <!-- ledgerlint-disable-next-line -- inline --> and more.',
      STALE,
      '',
    ].join('\n'));
    expect(result.article!.comments).toEqual([]);
    expect(outline(result)).toEqual({
      findings: ['7:55 stale-count error', '12:55 stale-count error', '16:55 stale-count error', '19:55 stale-count error'],
      problems: [],
    });
  });

  it('other HTML comments are not directives and say nothing', async () => {
    const result = await check('a.md', `${FRONT}<!-- TODO: check the count -->\n<!-- ledgerlint: a note -->\n${STALE}\n`);
    expect(outline(result)).toEqual({ findings: ['6:55 stale-count error'], problems: [] });
  });
});

describe('suppressions in plain text', () => {
  it('are whole lines and silence the next line', async () => {
    const result = await check('a.txt', `${DATELINE}<!-- ledgerlint-disable-next-line stale-count -- quoted -->\n${STALE}\n${STALE}\n`);
    expect(outline(result)).toEqual({
      findings: ['3:55 stale-count error [suppressed: quoted]', '4:55 stale-count error'],
      problems: [],
    });
  });

  it('may be indented; a comment with words around it on its line is no directive', async () => {
    const result = await check('a.txt', [
      DATELINE.trimEnd(),
      '   <!-- ledgerlint-disable-next-line stale-count -- indented -->   ',
      STALE,
      'Note: <!-- ledgerlint-disable-next-line stale-count -- not alone on its line -->',
      STALE,
      '',
    ].join('\n'));
    expect(outline(result)).toEqual({
      findings: ['3:55 stale-count error [suppressed: indented]', '5:55 stale-count error'],
      problems: [],
    });
  });

  it('are not read as article text: a reason that quotes a claim is not checked', async () => {
    const result = await check('a.txt', `${DATELINE}<!-- ledgerlint-disable-next-line stale-count -- the release said Vietnam has comprehensive strategic partnerships with eight countries -->\n${STALE}\n`);
    expect(result.claims.map((c) => c.text)).toEqual(['nine countries']);
    expect(outline(result)).toEqual({ findings: ['3:55 stale-count error [suppressed: the release said Vietnam has comprehensive strategic partnerships with eight countries]'], problems: [] });
  });

  it('are not the title', async () => {
    // The title of plain text is the line after the dateline.
    const result = await check('a.txt', `${DATELINE}<!-- ledgerlint-disable-next-line -- the headline as printed -->\nVietnam's partners: nine countries\n${STALE}\n`);
    expect(result.article!.title?.text).toBe('Vietnam\'s partners: nine countries');
  });
});

describe('suppressions with Windows line endings', () => {
  it('work in Markdown and plain text alike', async () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const markdown = await check('a.md', crlf(`${FRONT}<!-- ledgerlint-disable-next-line stale-count -- quoted -->\n${STALE}\n\n${STALE}\n`));
    expect(outline(markdown)).toEqual({ findings: ['5:55 stale-count error [suppressed: quoted]', '7:55 stale-count error'], problems: [] });
    const text = await check('a.txt', crlf(`${DATELINE}<!-- ledgerlint-disable-next-line stale-count -- quoted -->\n${STALE}\n${STALE}\n`));
    expect(outline(text)).toEqual({ findings: ['3:55 stale-count error [suppressed: quoted]', '4:55 stale-count error'], problems: [] });
  });
});

describe('directives that are wrong say so, as warnings', () => {
  it('a missing reason suppresses nothing', async () => {
    const result = await check('a.md', `${FRONT}<!-- ledgerlint-disable-next-line stale-count -->\n${STALE}\n\n<!-- ledgerlint-disable-next-line stale-count --   -->\n${STALE}\n`);
    const message = 'warning: `ledgerlint-disable-next-line` needs a reason after `--`: `<!-- ledgerlint-disable-next-line RULE -- why this is right -->`; nothing is suppressed';
    expect(outline(result)).toEqual({
      findings: ['5:55 stale-count error', '8:55 stale-count error'],
      problems: [`a.md:4:1: ${message}`, `a.md:7:1: ${message}`],
    });
  });

  it('an unknown rule, with "did you mean"; the known rules named beside it still apply', async () => {
    const result = await check('a.md', [
      FRONT.trimEnd(),
      '<!-- ledgerlint-disable-next-line stale-cont -- typo -->',
      STALE,
      '',
      '<!-- ledgerlint-disable-next-line count-list-mismatch, stale-cuont -- one typo -->',
      STALE_AND_MISMATCH,
      '',
      '<!-- ledgerlint-disable-next-line not-a-rule-at-all -- no suggestion -->',
      STALE,
      '',
    ].join('\n'));
    expect(outline(result)).toEqual({
      findings: [
        '5:55 stale-count error',
        '8:55 stale-count error',
        '8:55 count-list-mismatch error [suppressed: one typo]',
        '11:55 stale-count error',
      ],
      problems: [
        'a.md:4:1: warning: `ledgerlint-disable-next-line` names an unknown rule `stale-cont` (did you mean `stale-count`?)',
        'a.md:7:1: warning: `ledgerlint-disable-next-line` names an unknown rule `stale-cuont` (did you mean `stale-count`?)',
        'a.md:10:1: warning: `ledgerlint-disable-next-line` names an unknown rule `not-a-rule-at-all`',
      ],
    });
  });

  it('an unused suppression, naming what it expected', async () => {
    const result = await check('a.md', [
      FRONT.trimEnd(),
      '<!-- ledgerlint-disable-next-line wrong-date, duration -- nothing to silence -->',
      STALE,
      '',
      '<!-- ledgerlint-disable-next-line -- nothing at all -->',
      'A paragraph with no claim.',
      '',
    ].join('\n'));
    expect(outline(result)).toEqual({
      findings: ['5:55 stale-count error'],
      problems: [
        'a.md:4:1: warning: unused `ledgerlint-disable-next-line`: no `wrong-date` or `duration` finding in the text that follows',
        'a.md:7:1: warning: unused `ledgerlint-disable-next-line`: no finding in the text that follows',
      ],
    });
  });

  it('a suppression with nothing after it', async () => {
    const result = await check('a.md', `${FRONT}${STALE}\n\n<!-- ledgerlint-disable-next-line -- at the end -->\n`);
    expect(outline(result).problems).toEqual(['a.md:6:1: warning: `ledgerlint-disable-next-line` is followed by no text to suppress findings in']);
  });

  it('an unknown ledgerlint- directive', async () => {
    const result = await check('a.txt', `${DATELINE}<!-- ledgerlint-disable stale-count -- whole file? -->\n<!-- ledgerlint-enable -->\n${STALE}\n`);
    expect(outline(result)).toEqual({
      findings: ['4:55 stale-count error'],
      problems: [
        'a.txt:2:1: warning: unknown directive `ledgerlint-disable`: expected `ledgerlint-disable-next-line RULE -- reason`',
        'a.txt:3:1: warning: unknown directive `ledgerlint-enable`: expected `ledgerlint-disable-next-line RULE -- reason`',
      ],
    });
  });

  it('are listed in text order, with the article\'s other problems', async () => {
    const result = await check('a.md', `${FRONT}<!-- ledgerlint-whatever -->\n${STALE}\n\n<!-- ledgerlint-disable-next-line wrong-date -- unused -->\n${STALE}\n`);
    expect(outline(result).problems).toEqual([
      'a.md:4:1: warning: unknown directive `ledgerlint-whatever`: expected `ledgerlint-disable-next-line RULE -- reason`',
      'a.md:7:1: warning: unused `ledgerlint-disable-next-line`: no `wrong-date` finding in the text that follows',
    ]);
  });
});

describe('rule levels', () => {
  it('off: no finding (the verdict stays refuted); warn: a warning; error: an error', async () => {
    const text = `${FRONT}${STALE_AND_MISMATCH}\n`;
    const levels = async (rules: RuleLevels) => outline(await check('a.md', text, rules)).findings;
    expect(await levels({})).toEqual(['4:55 stale-count error', '4:55 count-list-mismatch error']);
    expect(await levels({ 'stale-count': 'off' })).toEqual(['4:55 count-list-mismatch error']);
    expect(await levels({ 'stale-count': 'warn', 'count-list-mismatch': 'error' })).toEqual(['4:55 stale-count warning', '4:55 count-list-mismatch error']);
    expect(await levels({ 'stale-count': 'off', 'count-list-mismatch': 'off' })).toEqual([]);
    const off = await check('a.md', text, { 'stale-count': 'off' });
    expect(off.verdicts.filter((v) => v.status === 'refuted').map((v) => v.ruleId)).toEqual(['stale-count', 'count-list-mismatch']);
  });

  it('a suppressed warning is still marked; a suppression of a rule that is off is unused', async () => {
    const text = `${FRONT}<!-- ledgerlint-disable-next-line stale-count -- quoted -->\n${STALE}\n`;
    expect(outline(await check('a.md', text, { 'stale-count': 'warn' })).findings).toEqual(['5:55 stale-count warning [suppressed: quoted]']);
    expect(outline(await check('a.md', text, { 'stale-count': 'off' }))).toEqual({
      findings: [],
      problems: ['a.md:4:1: warning: unused `ledgerlint-disable-next-line`: no `stale-count` finding in the text that follows'],
    });
  });
});
