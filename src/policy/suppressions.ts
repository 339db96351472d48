/**
 * In-article suppressions: `<!-- ledgerlint-disable-next-line stale-count -- reason -->`
 * silences the named rules (all rules when none is named) in the block that
 * follows the comment: the next paragraph, heading, list item, table cell or
 * line of plain text. A reason is required, so an archive of suppressions
 * explains itself.
 */
import type { Article, Span } from '../ingest/article.js';
import { closest } from '../text/closest.js';

export const DIRECTIVE = 'ledgerlint-disable-next-line';

export interface Suppression {
  /** The comment, for messages about it. */
  readonly span: Span;
  /** Rule ids, or undefined for every rule. */
  readonly rules?: readonly string[];
  readonly reason: string;
  /** The findings it silences start inside this range. */
  readonly target: Span;
}

export interface DirectiveProblem {
  readonly span: Span;
  readonly message: string;
}

export function readSuppressions(article: Article, knownRules: readonly string[]): { suppressions: Suppression[]; problems: DirectiveProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: DirectiveProblem[] = [];
  for (const comment of article.comments) {
    const directive = /^ledgerlint-([\w-]*)/.exec(comment.text);
    if (!directive) continue;
    if (directive[0] !== DIRECTIVE) {
      problems.push({ span: comment.span, message: `unknown directive \`${directive[0]}\`: expected \`${DIRECTIVE} RULE -- reason\`` });
      continue;
    }
    const body = comment.text.slice(DIRECTIVE.length);
    const dashes = body.indexOf('--');
    const reason = dashes < 0 ? '' : body.slice(dashes + 2).trim();
    if (!reason) {
      problems.push({ span: comment.span, message: `\`${DIRECTIVE}\` needs a reason after \`--\`: \`<!-- ${DIRECTIVE} RULE -- why this is right -->\`; nothing is suppressed` });
      continue;
    }
    const ids = (dashes < 0 ? body : body.slice(0, dashes)).split(/[\s,]+/).filter(Boolean);
    const unknown = ids.filter((id) => !knownRules.includes(id));
    for (const id of unknown) {
      const suggestion = closest(id, knownRules);
      problems.push({ span: comment.span, message: `\`${DIRECTIVE}\` names an unknown rule \`${id}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}` });
    }
    const rules = ids.filter((id) => knownRules.includes(id));
    if (ids.length > 0 && rules.length === 0) continue;
    const target = article.blocks.find((block) => block.span.start >= comment.span.end)?.span;
    if (!target) {
      problems.push({ span: comment.span, message: `\`${DIRECTIVE}\` is followed by no text to suppress findings in` });
      continue;
    }
    suppressions.push({ span: comment.span, ...(ids.length > 0 ? { rules } : {}), reason, target });
  }
  return { suppressions, problems };
}

/** Whether a suppression covers a finding of `ruleId` at `span`. */
export function covers(suppression: Suppression, ruleId: string, span: Span): boolean {
  return span.start >= suppression.target.start && span.start < suppression.target.end
    && (suppression.rules === undefined || suppression.rules.includes(ruleId));
}
