/** One line per claim, for `ledgerlint claims`: what was read, without the spans. */
import { formatPartialDate } from '../time/partial-date.js';
import type { Claim } from './claim.js';

export function describeClaim(claim: Claim): string {
  switch (claim.kind) {
    case 'count':
      return `${claim.hedge === 'exact' ? '' : `${claim.hedge} `}${claim.value} ${claim.unit ?? 'members'}`;
    case 'list':
      return `${claim.completeness}, ${claim.entries.length} entries: ${claim.entries.map((e) => (e.entity ?? `${e.name}?`) + (e.date ? ` ${formatPartialDate(e.date.date)}` : '')).join(', ')}`;
    case 'member-date':
      return `${claim.entity} since ${formatPartialDate(claim.date)}${claim.until ? ` to ${formatPartialDate(claim.until)}` : ''}`;
    case 'as-of':
      return `the article is current to ${formatPartialDate(claim.date)}`;
  }
}
