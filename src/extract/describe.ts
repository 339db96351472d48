/** One line per claim, for `ledgerlint claims`: what was read, without the spans. */
import { formatPartialDate } from '../time/partial-date.js';
import type { Claim } from './claim.js';

export function describeClaim(claim: Claim): string {
  const holder = 'holder' in claim && claim.holder ? ` (of ${claim.holder}'s collection)` : '';
  switch (claim.kind) {
    case 'count':
      return `${claim.hedge === 'exact' ? '' : `${claim.hedge} `}${claim.value} ${claim.unit ?? 'members'}`;
    case 'list':
      return `${claim.completeness}, ${claim.entries.length} entries: ${claim.entries.map((e) => (e.entity ?? `${e.name}?`) + (e.date ? ` ${formatPartialDate(e.date.date)}` : '')).join(', ')}`;
    case 'member-date':
      return `${claim.entity} since ${formatPartialDate(claim.date)}${claim.until ? ` to ${formatPartialDate(claim.until)}` : ''}`;
    case 'as-of':
      return `the article is current to ${formatPartialDate(claim.date)}`;
    case 'ordinal':
      return `${claim.entity} is number ${claim.rank}${claim.unit ? ` among ${claim.unit} members` : ''}${holder}`;
    case 'superlative':
      return `${claim.entity} is the ${claim.which}${claim.group ? ` in ${claim.group}` : ''}${holder}`;
    case 'relative-timing':
      return `${claim.entity} ${claim.hedge === 'exact' ? '' : `${claim.hedge} `}${claim.amount} ${claim.unit}(s) after ${claim.anchor}`;
    case 'duration':
      return `${claim.entity} for ${claim.hedge === 'exact' ? '' : `${claim.hedge} `}${claim.amount} ${claim.unit}(s)`;
    case 'group':
      return `${claim.quantifier} ${claim.value}${claim.total ? ` of ${claim.total}` : ''}${claim.others ? ' other' : ''} in ${claim.group}`;
    case 'delta':
      return `${claim.value} more ${claim.unit ?? 'members'} in ${formatPartialDate(claim.period)}`;
    case 'tier':
      return `misnamed tier; the ledger's term is "${claim.expected}"`;
    case 'status':
      return `${claim.entity} ${claim.step}${claim.date ? ` in ${formatPartialDate(claim.date)}` : ''}`;
    case 'membership':
      return `${claim.entity} ${claim.member ? 'is' : 'is not'} a member`;
    case 'founding':
      return `founded in ${formatPartialDate(claim.date)}`;
  }
}
