/**
 * Checks that span files: ids that must exist, things that must be unique,
 * dates that must be in order. Each problem points at the value to fix.
 */
import path from 'node:path';
import { closest } from '../text/closest.js';
import type { Problem } from '../problem.js';
import { describePartialDate, parsePartialDate, toInterval, type PartialDate } from '../time/partial-date.js';
import type { Ledger, SourceLocation } from './model.js';
import { countAt } from './query.js';
import { countOf } from '../text/plural.js';
import type { LedgerFile, YamlPath } from './read.js';

export function crossCheckLedgerFiles(files: readonly LedgerFile[]): Problem[] {
  const problems: Problem[] = [];
  const report = (location: SourceLocation, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ ...location, message, severity });

  const entities = new Map<string, { since?: PartialDate; until?: PartialDate; location: SourceLocation }>();
  const aliasOwner = new Map<string, string>();
  for (const file of files) {
    for (const [id, entity] of Object.entries(file.data.entities ?? {})) {
      const location = file.locateKey(['entities', id]);
      const earlier = entities.get(id);
      if (earlier) {
        report(location, `duplicate entity \`${id}\`: already declared at ${where(earlier.location)}`);
        continue;
      }
      entities.set(id, { since: date(entity.since), until: date(entity.until), location });
      for (const [a, alias] of [entity.name, ...(entity.aliases ?? [])].entries()) {
        const owner = aliasOwner.get(alias);
        if (owner && owner !== id) {
          report(file.locate(a === 0 ? ['entities', id, 'name'] : ['entities', id, 'aliases', a - 1]), `name \`${alias}\` of \`${id}\` is already a name of \`${owner}\`: an article could not tell them apart`);
        } else {
          aliasOwner.set(alias, id);
        }
      }
    }
  }

  const collectionIds = new Map<string, SourceLocation>();
  for (const file of files) {
    (file.data.collections ?? []).forEach((collection, c) => {
      const at = (...rest: YamlPath) => file.locate(['collections', c, ...rest]);
      const earlier = collectionIds.get(collection.id);
      if (earlier) report(at('id'), `duplicate collection \`${collection.id}\`: already declared at ${where(earlier)}`);
      collectionIds.set(collection.id, at('id'));
      if (collection.subject !== undefined && !entities.has(collection.subject)) {
        report(at('subject'), unknownEntity(collection.subject, entities.keys()));
      }
      const seen = new Map<string, { since?: PartialDate; until?: PartialDate; location: SourceLocation }[]>();
      collection.members.forEach((member, m) => {
        const memberAt = (...rest: YamlPath) => at('members', m, ...rest);
        const entity = entities.get(member.entity);
        if (!entity) {
          report(memberAt('entity'), unknownEntity(member.entity, entities.keys()));
          return;
        }
        const since = date(member.since);
        const until = date(member.until);
        if (since && until && toInterval(until).end <= toInterval(since).start) {
          report(memberAt('until'), `\`${member.entity}\` leaves (${describePartialDate(until)}) before it joins (${describePartialDate(since)})`);
        }
        if (since && entity.since && toInterval(since).end <= toInterval(entity.since).start) {
          report(memberAt('since'), `\`${member.entity}\` joins in ${describePartialDate(since)}, before the entity existed (${describePartialDate(entity.since)})`);
        }
        if (since && entity.until && toInterval(since).start >= toInterval(entity.until).end) {
          report(memberAt('since'), `\`${member.entity}\` joins in ${describePartialDate(since)}, after the entity ceased to exist (${describePartialDate(entity.until)})`);
        }
        const periods = seen.get(member.entity) ?? [];
        const overlap = periods.find((p) => overlaps(p, { since, until }));
        if (overlap) {
          report(memberAt('entity'), `duplicate member \`${member.entity}\` in \`${collection.id}\`: already a member at ${where(overlap.location)}`);
        }
        periods.push({ since, until, location: memberAt() });
        seen.set(member.entity, periods);
      });
      (collection.candidates ?? []).forEach((candidate, k) => {
        if (!entities.has(candidate.entity)) report(at('candidates', k, 'entity'), unknownEntity(candidate.entity, entities.keys()));
        if (seen.has(candidate.entity)) report(at('candidates', k, 'entity'), `\`${candidate.entity}\` is a member of \`${collection.id}\`: give its events on its member row`);
      });
      const unitNouns = Object.keys(collection.units);
      (collection.reported ?? []).forEach((reported, r) => {
        if (reported.unit !== undefined && !unitNouns.includes(reported.unit)) {
          report(at('reported', r, 'unit'), `unknown unit \`${reported.unit}\`: expected one of ${unitNouns.map((u) => `\`${u}\``).join(', ')}`);
        }
      });
    });
  }
  return problems;
}

function overlaps(a: { since?: PartialDate; until?: PartialDate }, b: { since?: PartialDate; until?: PartialDate }): boolean {
  const start = (p: { since?: PartialDate }) => (p.since ? toInterval(p.since).start : -Infinity);
  const end = (p: { until?: PartialDate }) => (p.until ? toInterval(p.until).end : Infinity);
  return start(a) < end(b) && start(b) < end(a);
}

function date(value: string | number | undefined): PartialDate | undefined {
  return value === undefined ? undefined : parsePartialDate(String(value));
}

function where(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

function unknownEntity(id: string, known: Iterable<string>): string {
  const suggestion = closest(id, known);
  return `unknown entity \`${id}\`: declare it under \`entities\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`;
}

/**
 * A count a source reported must match the members at that date: it catches a
 * member entered with the wrong date, or one left out.
 */
export function checkReportedCounts(ledger: Ledger, root: string): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ledger.collections.values()) {
    for (const reported of collection.reported) {
      const unit = collection.units.find((u) => u.noun === reported.unit);
      const range = countAt(collection, toInterval(reported.date), unit);
      const counted = countOf(reported.count, reported.unit ?? 'member');
      // An incomplete collection lists only some members: a reported total can only bound it from above.
      if (!collection.complete && reported.count < range.min) {
        problems.push({ ...reported.location, file: path.join(root, reported.location.file), severity: 'error', message: `reported count of \`${counted}\` on ${describePartialDate(reported.date)} is fewer than the \`${range.min}\` the ledger lists in \`${collection.id}\` at that date (${reported.url})` });
      } else if (collection.complete && (reported.count < range.min || reported.count > range.max)) {
        const has = range.min === range.max ? `${range.min}` : `${range.min} to ${range.max}`;
        problems.push({ ...reported.location, file: path.join(root, reported.location.file), severity: 'error', message: `reported count of \`${counted}\` on ${describePartialDate(reported.date)} disagrees with the members of \`${collection.id}\`, which give \`${has}\` (${reported.url})` });
      }
    }
  }
  return problems;
}
