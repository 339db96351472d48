/**
 * The CLI as a function: argv in, exit code out. It parses arguments, calls
 * a command, and turns unusable input into a one-line reason and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, UnusableInputError } from '../problem.js';
import { relativePath } from '../report/relative-path.js';
import { checkCommand } from './commands/check.js';
import { claimsCommand } from './commands/claims.js';
import { validateCommand } from './commands/ledger.js';
import { OutputError, UsageError, type CliIo } from './io.js';

export const HELP = `ledgerlint — check timeline claims in articles against a cited ledger

Usage:
  ledgerlint check PATHS...        check articles (.md, .txt; folders are searched)
  ledgerlint claims FILE           show the claims extracted from one article
  ledgerlint ledger validate [DIR] list every problem in a ledger (default: the built-in one)

Options for check and claims:
  --ledger DIR       the ledger folder (default: the ledger shipped with ledgerlint)
  --as-of DATE       judge undated articles at DATE (YYYY, YYYY-MM, YYYY-MM-DD or today)
  --format NAME      stylish (default), json, markdown, sarif, html [check]
                     or github (annotations and the job summary)
  --output FILE      write the report to FILE instead of stdout    [check]
  --report-dir DIR   also write report.md, report.json and         [check]
                     index.html (the editor's page) to DIR
  --color, --no-color
  --json             print claims as JSON                          [claims]
  -h, --help         this help
  -v, --version      the version

Exit codes: 0 no errors, 1 errors found, 2 unusable input, ledger or arguments.
`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof OutputError) {
      io.stderr(`ledgerlint: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UnusableInputError) {
      for (const problem of error.problems) io.stderr(`${formatProblem({ ...problem, file: relativePath(io.cwd, problem.file) })}\n`);
      io.stderr('ledgerlint: the ledger cannot be used; run `ledgerlint ledger validate` for details\n');
      return 2;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse(argv);
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  const color = values['no-color'] ? false : values.color ? true : undefined;
  switch (command) {
    case 'check':
      if (rest.length === 0) throw new UsageError('check: give at least one file or folder to check');
      return checkCommand({ paths: rest, ledger: values.ledger, asOf: values['as-of'], format: values.format, output: values.output, reportDir: values['report-dir'], color }, io, version());
    case 'claims':
      if (rest.length !== 1) throw new UsageError('claims: give exactly one file');
      return claimsCommand({ file: rest[0]!, ledger: values.ledger, asOf: values['as-of'], json: values.json }, io);
    case 'ledger':
      if (rest[0] !== 'validate' || rest.length > 2) throw new UsageError('ledger: expected `ledger validate [DIR]`');
      return validateCommand(rest[1] ?? values.ledger, io);
    default:
      throw new UsageError(`unknown command \`${command}\`: expected check, claims or ledger validate (see --help)`);
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ledger: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'report-dir': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}
