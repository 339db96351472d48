/**
 * ledgerlint's public API: check articles against a ledger, load and validate
 * ledgers, and format results. Everything else is internal.
 */
export { asOfOptions, checkArticle, type CheckOptions, type FileResult } from './check.js';
export { checkFiles, type RunnerOptions } from './runner/index.js';
export { judge, type Finding, type RuleLevel, type RuleLevels } from './policy/index.js';
export { findConfigFile, defaultConfig, type Config } from './config/find.js';
export { loadConfig } from './config/load.js';
export { extractClaims, buildLexicon, type Claim, type CountClaim, type ListClaim, type ListEntry, type AsOf, type Lexicon } from './extract/index.js';
export { ingest, readArticle, type Article, type Block, type Span } from './ingest/index.js';
export { loadLedger, validateLedger, DEFAULT_LEDGER_DIR } from './ledger/load.js';
export type { Ledger, Collection, Entity, Membership, Citation } from './ledger/model.js';
export { countAt, membersAt, whenCountWas, ordinalOf, membershipsOf } from './ledger/query.js';
export { reconcile, rules, type Verdict, type Status, type Evidence, type Rule } from './reconcile/index.js';
export { reporters, exitCodeOf, summarize, type Reporter, type RunResult, type ReportContext } from './report/index.js';
export { compareSources, withoutMemberships, type CompareOptions, type SourcesReport, type Conflict, type MemberTimeline, type Proposal } from './sources/index.js';
export { reconcileReporters, proposalsPatch, reconcileExitCode, type ReconcileRun } from './report/sources-index.js';
export { formatProblem, UnusableInputError, type Problem } from './problem.js';
export { parsePartialDate, formatPartialDate, type PartialDate } from './time/partial-date.js';
export { run } from './cli/run.js';
export { remarkLedgerlint, type RemarkLedgerlintOptions } from './remark-plugin.js';
