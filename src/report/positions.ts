/** Offsets become line:column only here, at the edge, via vfile-location. */
import { location } from 'vfile-location';
import type { Span } from '../ingest/article.js';

export interface Range {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export type Locator = (span: Span) => Range;

export function locator(text: string): Locator {
  const place = location(text);
  return (span) => {
    const start = place.toPoint(span.start) ?? { line: 1, column: 1 };
    const end = place.toPoint(span.end) ?? endOf(text);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };
}

/** vfile-location has no point for the offset just past the end of the text. */
function endOf(text: string): { line: number; column: number } {
  const lines = text.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
