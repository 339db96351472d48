/**
 * The config file's shape (ledgerlint.config.yaml). Unknown keys are errors:
 * a misspelt key silently ignored would leave a rule on that was meant off.
 */
import { z } from 'zod';
import { RULE_LEVELS } from '../policy/index.js';
import { rules } from '../reconcile/rules/index.js';
import { closest } from '../text/closest.js';
import { partialDateProblem } from '../time/partial-date.js';


const patterns = z.array(z.string().min(1, 'a pattern cannot be empty'));

const AsOfSchema = z.string().superRefine((value, ctx) => {
  if (value === 'today') return;
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}, or \`today\`` });
});

// Checked here rather than after parsing, so an unknown rule is listed with the config's other problems.
const RuleIdSchema = z.string().superRefine((id, ctx) => {
  const known = rules.map((rule) => rule.meta.id);
  if (known.includes(id)) return;
  const suggestion = closest(id, known);
  ctx.addIssue({ code: 'custom', message: `unknown rule${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}` });
});

// A key left with every entry commented out reads as null: the same as leaving it out.
export const ConfigSchema = z.strictObject({
  /** The ledger folder, relative to the config file. */
  ledger: z.string().min(1).optional(),
  /** What `ledgerlint check` checks when no path is given. */
  paths: z.array(z.string().min(1)).min(1).nullish(),
  /** gitignore-style patterns: files found in folders are checked only when they match one. */
  include: patterns.nullish(),
  /** gitignore-style patterns for files never to check (added to .ledgerlintignore). */
  ignore: patterns.nullish(),
  /** The default for --as-of. */
  asOf: AsOfSchema.optional(),
  rules: z.record(RuleIdSchema, z.enum(RULE_LEVELS, { error: `expected one of ${RULE_LEVELS.join(', ')}` })).nullish(),
});

export type ConfigData = z.output<typeof ConfigSchema>;
