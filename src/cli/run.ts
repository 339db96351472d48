/**
 * The CLI as a function: argv in, exit code out. It parses arguments, calls
 * a command, and turns unusable input into a one-line reason and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, UnusableInputError } from '../problem.js';
import { relativePath } from '../report/relative-path.js';
import { OutputError, UsageError, type CliIo } from './io.js';

export const HELP = `ledgerlint — check timeline claims in articles against a cited ledger

Usage:
  ledgerlint check [PATHS...]      check articles (.md, .txt; folders are searched;
                                   default: \`paths\` in ledgerlint.config.yaml)
  ledgerlint claims FILE           show the claims extracted from one article
  ledgerlint ledger validate [DIR] list every problem in a ledger (default: the built-in one)
  ledgerlint ledger diff OLD NEW --sources DIR
                                   the verdicts on DIR's articles that changing ledger
                                   OLD to NEW alters (--format stylish, markdown or json)
  ledgerlint reconcile PATHS...    compare the sources with each other (and the ledger): one
                                   timeline per collection and member, every conflict with
                                   file:line on each side, and the ledger changes they support
  ledgerlint merge FILES...        combine the JSON or SARIF reports of --shard runs into one
  ledgerlint init                  write a commented starter ledgerlint.config.yaml

Options for check and claims:
  --ledger DIR           the ledger folder (default: the one shipped with ledgerlint)
  --as-of DATE           judge undated articles at DATE (YYYY, YYYY-MM, YYYY-MM-DD or
                         today), and re-judge dated articles' present-tense claims at it
  --json                 print claims as JSON                                  [claims]

Options for check:
  --format NAME          stylish (default), json, markdown, sarif, html, or github
                         (annotations and the job summary)
  --output FILE          write the report to FILE instead of stdout
  --report-dir DIR       also write report.md, report.json, report.sarif and
                         index.html (the editor's page) to DIR
  --config FILE          the config (default: the nearest ledgerlint.config.yaml)
  --no-config            use no config file
  --no-ignore            also check what the config's ignore and .ledgerlintignore skip
  --max-warnings N       exit 1 when there are more than N warnings
  --changed-since REF    only articles changed since the git ref REF (its merge base
                         with HEAD), and uncommitted ones
  --jobs N               check in N worker threads (default 1)
  --cache                skip articles unchanged since the last run
  --cache-location FILE  where --cache keeps results (default .ledgerlintcache)
  --shard I/N            check only the I-th of N deterministic shares of the articles
                         (combine their JSON or SARIF with \`merge\`)
  --color, --no-color

Options for reconcile (and --ledger, --as-of, --output, --color):
  --format NAME          stylish (default), json, markdown or html
  --sources-only         use the ledger's names and terms but none of its memberships:
                         compare the sources with each other only
  --propose FILE         write the ledger changes the sources support (missing members,
                         dates they agree on that the ledger contradicts) as a YAML patch
                         with the sources as citations; the ledger is never changed

  -h, --help             this help
  -v, --version          the version

Exit codes: 0 no errors (reconcile: the sources agree), 1 errors found (they conflict),
2 unusable input, ledger, config or arguments.
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
      const hint = error.what === 'the ledger' ? '; run `ledgerlint ledger validate` for details' : '';
      io.stderr(`ledgerlint: ${error.what} cannot be used${hint}\n`);
      return 2;
    }
    throw error;
  }
}

/** Each command is imported when it runs: a check never loads what only `ledger validate` needs. */
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
      return (await import('./commands/check.js')).checkCommand({
        paths: rest,
        config: values.config,
        noConfig: values['no-config'],
        noIgnore: values['no-ignore'],
        ledger: values.ledger,
        asOf: values['as-of'],
        format: values.format,
        output: values.output,
        reportDir: values['report-dir'],
        color,
        maxWarnings: values['max-warnings'],
        jobs: values.jobs,
        cache: values.cache,
        cacheLocation: values['cache-location'],
        shard: values.shard,
        changedSince: values['changed-since'],
      }, io, version());
    case 'reconcile':
      if (rest.length === 0) throw new UsageError('reconcile: give at least one file or folder of sources');
      return (await import('./commands/reconcile.js')).reconcileCommand({ paths: rest, ledger: values.ledger, sourcesOnly: values['sources-only'], asOf: values['as-of'], format: values.format, output: values.output, propose: values.propose, color }, io, version());
    case 'merge':
      return (await import('./commands/merge.js')).mergeCommand({ files: rest, format: values.format, output: values.output }, io);
    case 'init':
      if (rest.length > 0) throw new UsageError('init: takes no arguments; it writes ledgerlint.config.yaml in the current folder');
      return (await import('./commands/init.js')).initCommand(io);
    case 'claims':
      if (rest.length !== 1) throw new UsageError('claims: give exactly one file');
      return (await import('./commands/claims.js')).claimsCommand({ file: rest[0]!, ledger: values.ledger, asOf: values['as-of'], json: values.json }, io);
    case 'ledger':
      if (rest[0] === 'diff') {
        if (rest.length !== 3) throw new UsageError('ledger diff: expected `ledger diff OLD NEW --sources DIR`');
        return (await import('./commands/ledger.js')).ledgerDiffCommand({ old: rest[1]!, new: rest[2]!, sources: values.sources, format: values.format, asOf: values['as-of'], color }, io);
      }
      if (rest[0] !== 'validate' || rest.length > 2) throw new UsageError('ledger: expected `ledger validate [DIR]` or `ledger diff OLD NEW --sources DIR`');
      return (await import('./commands/ledger.js')).validateCommand(rest[1] ?? values.ledger, io);
    default:
      throw new UsageError(`unknown command \`${command}\`: expected check, claims, ledger, reconcile, merge or init (see --help)`);
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
        sources: { type: 'string' },
        config: { type: 'string' },
        'no-config': { type: 'boolean' },
        'no-ignore': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        shard: { type: 'string' },
        'changed-since': { type: 'string' },
        'sources-only': { type: 'boolean' },
        propose: { type: 'string' },
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
