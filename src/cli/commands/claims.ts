/** `ledgerlint claims FILE`: the extracted claims with spans, dates and where each date came from. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractClaims, buildLexicon } from '../../extract/index.js';
import { describeClaim } from '../../extract/describe.js';
import { readAs } from '../../reconcile/read-as.js';
import { ingest } from '../../ingest/index.js';
import { describeFsError } from '../../fs-error.js';
import { formatProblem } from '../../problem.js';
import { locator } from '../../report/positions.js';
import { formatPartialDate } from '../../time/partial-date.js';
import type { CliIo } from '../io.js';
import { parseAsOf, readLedgerOption } from '../options.js';

export interface ClaimsFlags {
  readonly file: string;
  readonly ledger?: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

export async function claimsCommand(flags: ClaimsFlags, io: CliIo): Promise<number> {
  const asOf = parseAsOf(flags.asOf, io);
  const lexicon = buildLexicon(await readLedgerOption(flags.ledger, io));
  const file = path.resolve(io.cwd, flags.file);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.stderr(`${flags.file}: error: cannot read: ${describeFsError(error)}\n`);
    return 2;
  }
  const { article, problems } = ingest(flags.file, bytes);
  for (const problem of problems) io.stderr(`${formatProblem(problem)}\n`);
  if (!article) return 2;
  const claims = await extractClaims(article, lexicon, asOf ? { asOf } : {});
  const locate = locator(article.text);
  if (flags.json) {
    io.stdout(`${JSON.stringify(claims.map((c) => ({ ...c, ...locate(c.span) })), null, 2)}\n`);
    return 0;
  }
  for (const claim of claims) {
    const at = locate(claim.span);
    const when = claim.asOf ? `as of ${formatPartialDate(claim.asOf.date)} (${claim.asOf.source})` : 'no date';
    const doubts = claim.reading.doubts.map((d) => `\n    doubt (${d.slot}): ${d.why}`).join('');
    io.stdout(`${flags.file}:${at.line}:${at.column}-${at.endLine}:${at.endColumn}  ${claim.id} ${claim.kind} ${claim.collection}  ${describeClaim(claim)}  ${when}\n    ${JSON.stringify(claim.text)}\n    ${readAs(claim, lexicon.ledger)}${doubts}\n`);
  }
  io.stdout(`${claims.length} claim${claims.length === 1 ? '' : 's'}\n`);
  return 0;
}
