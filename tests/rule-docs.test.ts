/**
 * Every rule's documentation examples are fixtures: the not-ok example must
 * give exactly the documented message under that rule, the ok example no
 * finding under it. A rule without a page fails. A page with an
 * `<!-- as-of: DATE -->` marker runs its examples with `--as-of DATE`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '../src/check.js';
import { buildLexicon } from '../src/extract/index.js';
import { loadLedger } from '../src/ledger/load.js';
import { rules } from '../src/reconcile/index.js';
import { parsePartialDate } from '../src/time/partial-date.js';

const lexicon = buildLexicon(await loadLedger('ledger'));

function examples(id: string) {
  const page = readFileSync(`docs/rules/${id}.md`, 'utf8');
  const block = (label: string) => new RegExp('```md ' + label + '\\n([\\s\\S]*?)```').exec(page)?.[1];
  const message = /## Not OK[\s\S]*?\n> (.+)\n/.exec(page)?.[1];
  const asOf = /<!-- as-of: (\S+) -->/.exec(page)?.[1];
  const options = asOf ? { asOf: parsePartialDate(asOf), recheckAt: parsePartialDate(asOf) } : {};
  return { notOk: block('not-ok'), ok: block('ok'), message, options };
}

describe.each(rules.map((rule) => [rule.meta.id, rule.meta.kinds] as const))('docs/rules/%s.md', (id, kinds) => {
  const { notOk, ok, message, options } = examples(id);

  it('has a not-ok example that gives the documented message', async () => {
    const result = await checkArticle(`${id}-not-ok.md`, notOk!, lexicon, options);
    const findings = result.verdicts.filter((v) => v.ruleId === id && v.status === 'refuted');
    expect(findings.map((v) => v.message)).toEqual([message]);
  });

  it('has an ok example with no finding under the rule', async () => {
    const result = await checkArticle(`${id}-ok.md`, ok!, lexicon, options);
    // Not vacuous: the example holds a claim the rule reads.
    expect(result.claims.some((c) => kinds.includes(c.kind))).toBe(true);
    expect(result.verdicts.filter((v) => v.ruleId === id && v.status === 'refuted')).toEqual([]);
  });
});
