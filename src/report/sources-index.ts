/** The reconcile reporters by name, each a pure (run, context) → string, and the ledger patch. */
import { sourcesHtml } from './sources-html.js';
import { sourcesJson } from './sources-json.js';
import { sourcesMarkdown } from './sources-markdown.js';
import type { ReconcileReporter } from './sources-results.js';
import { sourcesStylish } from './sources-stylish.js';

export const reconcileReporters = { stylish: sourcesStylish, json: sourcesJson, markdown: sourcesMarkdown, html: sourcesHtml } as const satisfies Record<string, ReconcileReporter>;
export type ReconcileFormat = keyof typeof reconcileReporters;

export { proposalsPatch, PATCH_FORMAT_VERSION } from './sources-patch.js';
export { RECONCILE_JSON_VERSION } from './sources-json.js';
export { reconcileExitCode, summarizeReconcile, type ReconcileRun, type ReconcileReporter, type ReconcileSummary } from './sources-results.js';
