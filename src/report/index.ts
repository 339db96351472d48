/** The report stage's entry: reporters by name, each a pure (results, context) → string. */
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import type { ReportContext, RunResult } from './results.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type Reporter = (run: RunResult, context: ReportContext) => string;

export const reporters = { stylish, json, markdown, sarif, github, html } as const satisfies Record<string, Reporter>;
export type FormatName = keyof typeof reporters;

export { githubSummary } from './github.js';
export { exitCodeOf, findingsOf, summarize, type ReportContext, type RunResult, type Summary } from './results.js';
