/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure
 * DevOps, VS Code's SARIF viewer): one run, every rule of the registry as a
 * reportingDescriptor, one result per finding (refuted verdict).
 *
 * The output is deterministic — no timestamps, no absolute paths of the
 * machine, files and findings in the order every other format uses — so the
 * same tree and ledger give the same bytes anywhere.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult } from '../check.js';
import type { Problem } from '../problem.js';
import { rules } from '../reconcile/index.js';
import { ruleDocPath } from '../reconcile/rule.js';
import { locator } from './positions.js';
import { relativePath } from './relative-path.js';
import { exitCodeOf, summarize, type ReportContext, type RunResult } from './results.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base the relative artifact URIs resolve against: the folder ledgerlint ran in (`cwd`), by SARIF's convention for a source root. */
export const SOURCE_ROOT = '%SRCROOT%';

/** The name and version of the fingerprint in `partialFingerprints`; bump the version if its inputs change. */
export const FINGERPRINT = 'ledgerlint/v2';

export function sarif(run: RunResult, context: ReportContext): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const results = run.files.flatMap((file) => fileResults(file, context, ruleIndex));
  const notifications = [...run.problems, ...run.files.flatMap((f) => f.problems)].map((p) => notification(p, context));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ledgerlint',
            version: context.version,
            // No `informationUri`, and no `helpUri` on the rules: the schema and the spec (§3.19.17, §3.49.12)
            // require absolute URIs there, and ledgerlint has no published home yet. The rule's page is named
            // in `help` and `properties.docs` instead, as the path inside the package.
            rules: rules.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              help: { text: `${meta.description} See ${ruleDocPath(meta.id)} in the ledgerlint package.` },
              defaultConfiguration: { level: meta.severity },
              properties: { docs: ruleDocPath(meta.id) },
            })),
          },
        },
        // Input problems (an unreadable file, a bad encoding, an empty file) are notifications of the
        // invocation, not results: they say nothing about a claim, so they have no rule, no fingerprint
        // and no place among the findings a dashboard tracks and dismisses; SARIF keeps
        // `toolExecutionNotifications` for exactly "could not process this file" (§3.20.21), and
        // `executionSuccessful: false` carries the CLI's exit code 2 to consumers that do not read
        // notifications. Each still names the file (and line, when the problem has one).
        invocations: [
          {
            executionSuccessful: summarize(run).unusable === 0,
            exitCode: exitCodeOf(run),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        // Columns, charOffset and charLength count UTF-16 code units of the decoded text, as JavaScript does.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function fileResults(file: FileResult, context: ReportContext, ruleIndex: ReadonlyMap<string, number>) {
  const article = file.article;
  if (!article) return [];
  const locate = locator(article.text);
  const uri = artifactUri(context, file.path);
  const seen = new Map<string, number>();
  // Suppressed findings stay, marked, so a dashboard can show what was waived and why (§3.27.23).
  return file.findings.map(({ verdict, severity, suppressed }) => {
    const { span } = verdict;
    const words = article.text.slice(span.start, span.end);
    const at = locate(span);
    // Stable across edits elsewhere in the article: the rule, the file and the words, never a line number;
    // the occurrence index tells apart the same words flagged twice by one rule in one file.
    const key = [verdict.ruleId, uri.uri, words.replace(/\s+/g, ' ').trim()].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const index = ruleIndex.get(verdict.ruleId);
    const properties = {
      ...(verdict.suggestion !== undefined ? { suggestion: verdict.suggestion } : {}),
      ...(verdict.expected !== undefined ? { expected: verdict.expected } : {}),
      ...(verdict.actual !== undefined ? { actual: verdict.actual } : {}),
    };
    return {
      ruleId: verdict.ruleId,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: severity,
      message: { text: `${verdict.message} (${verdict.reading})` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: uri,
            region: {
              startLine: at.line,
              startColumn: at.column,
              endLine: at.endLine,
              endColumn: at.endColumn,
              charOffset: span.start,
              charLength: span.end - span.start,
              snippet: { text: words },
            },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT]: sha256(`${key}\u0000${occurrence}`) },
      ...(suppressed ? { suppressions: [{ kind: 'inSource', justification: suppressed.reason }] } : {}),
      ...(Object.keys(properties).length > 0 ? { properties } : {}),
    };
  });
}

function notification(problem: Problem, context: ReportContext) {
  const region = problem.line === undefined ? undefined : { startLine: problem.line, ...(problem.column !== undefined ? { startColumn: problem.column } : {}) };
  return {
    level: problem.severity,
    message: { text: problem.message },
    locations: [{ physicalLocation: { artifactLocation: artifactUri(context, problem.file), ...(region ? { region } : {}) } }],
  };
}

/**
 * A file as an artifactLocation: relative to the working folder with forward slashes, each segment
 * percent-encoded (spaces, `%`, `#`, `:` are not URI characters); a file outside it as a file: URI.
 */
function artifactUri(context: ReportContext, file: string): { uri: string; uriBaseId?: string } {
  const relative = relativePath(context.cwd, file);
  if (path.isAbsolute(relative) || relative === '..' || relative.startsWith('../')) return { uri: pathToFileURL(path.resolve(context.cwd, file)).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
