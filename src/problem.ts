/**
 * A problem with an input (ledger, article, config, arguments) rather than a
 * finding about a claim. Problems carry a position when the input has one, so
 * every message can say `file:line:col`.
 */
export interface Problem {
  readonly file: string;
  readonly line?: number; // 1-based
  readonly column?: number; // 1-based
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line === undefined ? undefined : problem.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${problem.severity}: ${problem.message}`;
}

/** Thrown when an input cannot be used at all; the CLI turns it into exit code 2. */
export class UnusableInputError extends Error {
  /** `what` names the input in the closing line: "the ledger", "the config". */
  constructor(readonly problems: readonly Problem[], readonly what: 'the ledger' | 'the config' = 'the ledger') {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'UnusableInputError';
  }
}
