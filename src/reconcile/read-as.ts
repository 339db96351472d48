/**
 * A claim's reading in plain words, shown with every verdict so that an editor
 * can dismiss a misreading at a glance: "read as: the number of `euro-area`
 * members on 2015-01-01 (front matter) is 18; collection: named in the sentence".
 */
import type { Claim } from '../extract/claim.js';
import type { Ledger } from '../ledger/model.js';
import { formatPartialDate } from '../time/partial-date.js';
import { pluralize } from '../text/plural.js';
import { ordinalWord } from './evidence.js';

const HEDGES: Readonly<Record<string, string>> = { exact: '', 'more-than': 'more than ', 'at-least': 'at least ', 'fewer-than': 'fewer than ', 'at-most': 'at most ', about: 'about ', nearly: 'nearly ' };

export function readAs(claim: Claim, ledger: Ledger): string {
  const name = (id: string) => ledger.entities.get(id)?.name ?? id;
  const c = `\`${claim.collection}\``;
  const when = claim.asOf ? `${'past' in claim && claim.past ? 'at some time up to' : 'on'} ${formatPartialDate(claim.asOf.date)} (${claim.asOf.source})` : 'at no stated date';
  const part = claim.reading.set === 'whole' ? '' : ` (${claim.reading.set})`;
  const what = ((): string => {
    switch (claim.kind) {
      case 'count':
        return `the number of ${claim.unit ? pluralize(claim.unit) : 'members'} of ${c}${part} ${when} is ${HEDGES[claim.hedge] ?? ''}${claim.value}`;
      case 'list':
        return `${claim.completeness === 'complete' ? 'every member' : 'some members'} of ${c}${part} ${when}: ${claim.entries.length} names`;
      case 'member-date':
        return `${name(claim.entity)} joined ${c} ${claim.until ? `between ${formatPartialDate(claim.date)} and ${formatPartialDate(claim.until)}` : `in ${formatPartialDate(claim.date)}`}`;
      case 'as-of':
        return `the article is current to ${formatPartialDate(claim.date)}`;
      case 'ordinal':
        return `${name(claim.entity)} was the ${ordinalWord(claim.rank)} ${claim.unit ?? 'member'}${claim.qualifier ? ` (${claim.qualifier})` : ''} to join ${c}`;
      case 'superlative':
        return `${name(claim.entity)} is the ${claim.which} ${claim.group ? `\`${claim.group}\` ` : ''}member of ${c} ${when}`;
      case 'relative-timing':
        return `${name(claim.entity)} joined ${c} ${HEDGES[claim.hedge] ?? ''}${amountOf(claim.amount, claim.unit)} after ${name(claim.anchor)}`;
      case 'duration':
        return `${name(claim.entity)} has been in ${c} for ${HEDGES[claim.hedge] ?? ''}${amountOf(claim.amount, claim.unit)} ${when}`;
      case 'group':
        return `${claim.quantifier} ${claim.value}${claim.total ? ` of ${claim.total}` : ''}${claim.others ? ' other' : ''} members of \`${claim.group}\` are in ${c} ${when}`;
      case 'delta':
        return `${c} gained ${claim.value} ${claim.unit ? pluralize(claim.unit) : 'members'} in ${formatPartialDate(claim.period)}`;
      case 'tier':
        return `the tier is called "${claim.expected}"`;
      case 'status':
        return `${name(claim.entity)}'s step \`${claim.step}\` in ${c} happened ${claim.date ? `in ${formatPartialDate(claim.date)}` : `about ${when}`}`;
      case 'membership':
        return `${name(claim.entity)} ${claim.member ? 'is' : 'is not'} a member of ${c} ${when}`;
      case 'founding':
        return `${c} began in ${formatPartialDate(claim.date)}`;
    }
  })();
  return `read as: ${what}; collection: ${claim.reading.collection.why}`;
}

/** "1 year", "4 years". */
function amountOf(amount: number, unit: string): string {
  return `${amount} ${amount === 1 ? unit : pluralize(unit)}`;
}
