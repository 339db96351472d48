/** What `ledgerlint init` writes: every key, explained; only `paths` and `ignore` (node_modules/ and reports/, which hold no articles to check) are set. */
import { rules } from '../reconcile/rules/index.js';

export function starterConfig(): string {
  const ruleLines = rules.map((rule) => `  # ${rule.meta.id}: ${rule.meta.severity === 'warning' ? 'warn' : 'error'}`);
  return `# ledgerlint configuration. Paths are relative to this file.
# Every key is optional; delete what you do not need.

# The ledger folder (YAML files of entities and collections).
# Default: the ledger shipped with ledgerlint.
# ledger: ledger

# What \`ledgerlint check\` checks when no path is given.
paths:
  - .

# gitignore-style patterns. Files found by searching folders are checked only
# when they match \`include\` (default: every .md, .markdown, .mdx, .txt, .text).
# include:
#   - "articles/**/*.md"

# Files never to check, e.g. an archive that must stay as published. The
# patterns in a .ledgerlintignore file beside this one are added to these.
ignore:
  - node_modules/
  - reports/

# The date to judge claims at when an article gives none, and the date
# present-tense claims are re-checked at: YYYY, YYYY-MM, YYYY-MM-DD or today.
# asOf: today

# Rule levels: off, warn or error. Shown at their defaults.
rules:
${ruleLines.join('\n')}
`;
}
