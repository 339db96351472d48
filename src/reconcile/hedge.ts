/**
 * What a hedged count allows: "more than 190" is any count above 190, "nearly
 * a dozen" ten or eleven, "about 40" within a tenth either way.
 */
import type { Hedge } from '../extract/claim.js';
import type { CountRange } from '../ledger/query.js';

export function allows(stated: number, hedge: Hedge, actual: number): boolean {
  switch (hedge) {
    case 'exact': return actual === stated;
    case 'more-than': return actual > stated;
    case 'at-least': return actual >= stated;
    case 'fewer-than': return actual < stated;
    case 'at-most': return actual <= stated;
    case 'nearly': return actual < stated && actual >= Math.ceil(stated * 0.8);
    case 'about': return Math.abs(actual - stated) <= Math.max(1, Math.round(stated * 0.1));
  }
}

/** Whether any count the ledger allows at that date satisfies the claim. */
export function allowsSome(stated: number, hedge: Hedge, range: CountRange): boolean {
  for (let actual = range.min; actual <= range.max; actual++) if (allows(stated, hedge, actual)) return true;
  return false;
}

export function describeRange(range: CountRange): string {
  return range.min === range.max ? `\`${range.min}\`` : `\`${range.min}\` to \`${range.max}\``;
}
