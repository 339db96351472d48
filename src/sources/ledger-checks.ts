/**
 * Whether each statement agrees with the ledger: a member's date with the
 * ledger's date (or a date it accepts besides), a count with the number of
 * members the ledger has at that date. Lists are checked entry by entry, as
 * member statements.
 */
import type { Ledger } from '../ledger/model.js';
import { countAt, membershipsOf } from '../ledger/query.js';
import { allowedByHedge } from './counts.js';
import type { CountStatement, LedgerCheck, MemberStatement } from './model.js';
import { fits } from './timeline.js';

export function checkMember(statement: MemberStatement, ledger: Ledger): LedgerCheck {
  const collection = ledger.collections.get(statement.collection);
  if (!collection) return 'unchecked';
  const memberships = membershipsOf(collection, statement.entity);
  if (memberships.length === 0) return 'not-in-ledger';
  if (memberships.every((m) => !m.since && m.also.length === 0)) return 'unchecked';
  return memberships.some((m) => fits(m, statement.interval)) ? 'agrees' : 'disagrees';
}

/** A count against a complete collection; an incomplete one cannot say how many members it has. */
export function checkCount(statement: CountStatement, ledger: Ledger): LedgerCheck {
  const collection = ledger.collections.get(statement.collection);
  if (statement.kind !== 'count' || !collection?.complete) return 'unchecked';
  const unit = statement.unit === 'all' || statement.unit === undefined ? undefined : { noun: statement.unit, type: statement.unit };
  const has = countAt(collection, statement.interval, unit);
  const allowed = allowedByHedge(statement.value!, statement.hedge!);
  return Math.max(has.min, allowed.min) <= Math.min(has.max, allowed.max) ? 'agrees' : 'disagrees';
}
