/**
 * wrong-status: a step of membership other than joining — an application, an
 * invitation, a signature, a ratification, a suspension, a reinstatement, a
 * withdrawal — that the ledger dates differently. The ledger's events (and,
 * for a withdrawal, the end of a membership) are what is known; a step the
 * ledger records nothing of is unverifiable, not wrong.
 */
import type { StatusClaim } from '../../extract/claim.js';
import { stepsOf } from '../../ledger/query.js';
import { formatPartialDate, toInterval } from '../../time/partial-date.js';
import { entityName } from '../evidence.js';
import type { Rule } from '../rule.js';

/** A step stated with no date of its own happened about when the article says so: within a month of its date. */
const NEAR_DAYS = 31;

export const wrongStatus: Rule<StatusClaim> = {
  meta: {
    id: 'wrong-status',
    description: 'A step of membership other than joining (applied, suspended, withdrew …) that the ledger dates differently.',
    severity: 'error',
    kinds: ['status'],
    dependsOn: ['collection', 'owner', 'member', 'status', 'time', 'negation'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const name = entityName(ledger, claim.entity, claim.entity);
    const steps = stepsOf(collection, claim.entity, claim.step);
    const what = `\`${claim.text}\``;
    if (steps.length === 0) {
      return { status: 'unverifiable', span: claim.span, evidence: [], message: `${what}: the ledger records no \`${claim.step}\` step for \`${name}\` in \`${collection.id}\`` };
    }
    const dates = steps.map((s) => formatPartialDate(s.date)).join(', ');
    const when = claim.date ? toInterval(claim.date) : claim.asOf && widen(toInterval(claim.asOf.date), NEAR_DAYS);
    if (!when) return { status: 'unverifiable', span: claim.span, evidence: [], message: `${what} needs a date to be checked` };
    const fits = steps.some((s) => overlap(toInterval(s.date), when));
    if (fits) return { status: 'supported', span: claim.span, evidence: [], message: `${what}: the ledger dates \`${name}\`'s \`${claim.step}\` step ${dates}` };
    // Words for steps are used loosely: "suspended" for a membership that lapsed, an announced withdrawal for the withdrawal.
    const loose = LOOSELY[claim.step]?.find((step) => stepsOf(collection, claim.entity, step).some((s) => overlap(toInterval(s.date), when)));
    if (loose) return { status: 'unverifiable', span: claim.span, evidence: [], message: `${what}: the ledger has \`${name}\`'s \`${loose}\` step then, which "${claim.step}" may loosely mean` };
    // With no date of its own the step may be another one the ledger does not record.
    if (!claim.date) return { status: 'unverifiable', span: claim.span, evidence: [], message: `${what}: the ledger dates \`${name}\`'s \`${claim.step}\` step ${dates}, not near the article's date` };
    return {
      status: 'refuted',
      span: claim.span,
      evidence: [],
      actual: formatPartialDate(claim.date),
      expected: formatPartialDate(steps[0]!.date),
      message: `${what} for \`${name}\` contradicts the ledger, which dates its \`${claim.step}\` step in \`${collection.id}\` ${dates}`,
    };
  },
};

/** Steps a word may loosely stand for. */
const LOOSELY: Partial<Record<StatusClaim['step'], readonly StatusClaim['step'][]>> = {
  suspended: ['withdrew'],
  withdrew: ['withdrawal-announced'],
  'withdrawal-announced': ['withdrew'],
  applied: ['invited'],
  invited: ['applied'],
  signed: ['ratified'],
  ratified: ['signed'],
};

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function widen(interval: { start: number; end: number }, days: number): { start: number; end: number } {
  return { start: interval.start - days, end: interval.end + days };
}
