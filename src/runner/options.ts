/** What every article of a run is checked with, in the main thread and in workers alike. */
import type { RuleLevels } from '../policy/index.js';
import type { PartialDate } from '../time/partial-date.js';

export interface ArticleOptions {
  /** The ledger folder, absolute: workers load it themselves. */
  readonly ledgerDir: string;
  readonly asOf?: PartialDate;
  readonly rules: RuleLevels;
}
