/** Every rule, in the order their verdicts are reported for a claim. */
import type { Claim } from '../../extract/claim.js';
import type { Rule } from '../rule.js';
import { countListMismatch } from './count-list-mismatch.js';
import { listExtraMember } from './list-extra-member.js';
import { listMissingMember } from './list-missing-member.js';
import { memberAfterAsOf } from './member-after-as-of.js';
import { staleAsOf } from './stale-as-of.js';
import { staleCount } from './stale-count.js';
import { internalContradiction } from './internal-contradiction.js';
import { wrongDate } from './wrong-date.js';
import { wrongOrdinal } from './wrong-ordinal.js';
import { staleSuperlative } from './stale-superlative.js';
import { relativeTiming } from './relative-timing.js';
import { duration } from './duration.js';
import { groupClaim } from './group-claim.js';
import { deltaCount } from './delta-count.js';
import { wrongTier } from './wrong-tier.js';
import { outdatedSincePublication } from './outdated-since-publication.js';
import { wrongStatus } from './wrong-status.js';
import { wrongMembership } from './wrong-membership.js';
import { wrongFounding } from './wrong-founding.js';

export const rules: readonly Rule<Claim>[] = [
  staleCount,
  countListMismatch,
  listMissingMember,
  listExtraMember,
  memberAfterAsOf,
  wrongDate,
  staleAsOf,
  internalContradiction,
  wrongOrdinal,
  staleSuperlative,
  relativeTiming,
  duration,
  groupClaim,
  deltaCount,
  wrongTier,
  wrongStatus,
  wrongMembership,
  wrongFounding,
  outdatedSincePublication,
] as Rule<Claim>[];

export function ruleById(id: string): Rule<Claim> | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
