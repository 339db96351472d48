/**
 * The timeline picture: for each collection an article's count claims speak
 * about, the collection's member count over time from the ledger (a step
 * line per unit the claims count in: "countries" leave out the EU, "partners"
 * do not), and each count claim at its as-of date with its stated value,
 * coloured and shaped by its worst verdict.
 *
 * Claims usually bunch in the last year or two of a long history, so when
 * they do, a second chart shows just their period. Inline SVG, presentation
 * attributes only (no style attributes, which the CSP forbids), every number
 * rounded so the same input gives the same bytes.
 */
import type { FileResult } from '../check.js';
import type { CountClaim } from '../extract/claim.js';
import type { Collection, Ledger, Membership, Unit } from '../ledger/model.js';
import { countAt, membersCountedBy, whenCountWas } from '../ledger/query.js';
import type { Status } from '../reconcile/index.js';
import { formatDay, formatPartialDate, MONTH_NAMES, partialDateOfDay, toInterval, dayNumber, type DayNumber } from '../time/partial-date.js';
import { escapeHtml, plural } from './html-escape.js';
import { ids, STATUS_LABEL, worst } from './html-text.js';

const W = 600;
const H = 250;
const M = { left: 46, right: 18, top: 14, bottom: 46 } as const;
const COLOURS: Readonly<Record<Status, string>> = { refuted: '#c62828', unverifiable: '#b26a00', supported: '#2e7d32' };
const DASHES = ['', '7 4', '2 3', '10 3 2 3'] as const;
const INK = ['#333', '#8a8a8a', '#5c6bc0', '#8d6e63'] as const;

interface Series {
  readonly label: string;
  readonly unit?: Unit;
  readonly steps: readonly Step[];
}

/** From `day` until the next step, the collection may have min to max members. */
interface Step {
  readonly day: DayNumber;
  readonly min: number;
  readonly max: number;
}

interface Plotted {
  readonly claim: CountClaim;
  readonly series: number;
  readonly start: DayNumber;
  readonly end: DayNumber;
  readonly status: Status;
  readonly ledger: { readonly min: number; readonly max: number };
  readonly href: string;
}

interface Domain {
  readonly start: DayNumber;
  readonly end: DayNumber;
}

/** Every timeline figure for one article, or '' when it has no count claims. */
export function timelinesHtml(fi: number, file: FileResult, ledger: Ledger, anchors: ReadonlySet<string>): string {
  const counts = file.claims.filter((c): c is CountClaim => c.kind === 'count');
  const collections = [...new Set(counts.map((c) => c.collection))];
  return collections
    .map((id) => {
      const collection = ledger.collections.get(id);
      return collection ? figure(fi, file, collection, counts.filter((c) => c.collection === id), ledger, anchors) : '';
    })
    .join('');
}

function figure(fi: number, file: FileResult, collection: Collection, claims: readonly CountClaim[], ledger: Ledger, anchors: ReadonlySet<string>): string {
  const heading = `<h4>${escapeHtml(collection.title)}: members over time</h4>`;
  const open = `<figure class="timeline" id="${ids.timeline(fi, collection.id)}">${heading}`;
  if (!collection.complete) {
    return `${open}<p class="note">The ledger does not list every member of this collection, so its count over time is not drawn and counts of it cannot be checked (${plural(claims.length, 'count claim')}).</p></figure>`;
  }
  const dated = claims.filter((c) => c.asOf);
  const undated = claims.length - dated.length;
  const units = unitsOf(collection, dated);
  const statusOf = (claim: CountClaim) => worst(file.verdicts.filter((v) => v.claimId === claim.id).map((v) => v.status)) ?? 'unverifiable';
  const plotted: Plotted[] = dated.map((claim) => {
    const when = toInterval(claim.asOf!.date);
    const unit = unitOf(collection, claim);
    const href = anchors.has(ids.highlight(fi, claim.id)) ? ids.highlight(fi, claim.id) : ids.panel(fi, claim.id);
    return { claim, series: units.findIndex((u) => u === unit), start: when.start, end: when.end, status: statusOf(claim), ledger: countAt(collection, when, unit), href };
  });
  const full = fullDomain(collection, plotted);
  const charts = [chart(collection, ledger, units, plotted, full, 'year')];
  const detail = detailDomain(full, plotted);
  if (detail) charts.push(chart(collection, ledger, units, plotted, detail, 'month'));
  const notes = undated > 0 ? `<p class="note">${plural(undated, 'count claim')} without a date ${undated === 1 ? 'is' : 'are'} not drawn.</p>` : '';
  const caption = `<figcaption>Lines: the ledger's count (a band where a date is known only to the month or year). Marks: the article's counts at the date each speaks for — <span class="key refuted">✕ refuted</span> <span class="key unverifiable">◇ could not be checked</span> <span class="key supported">● verified</span>. Hover for details; click a mark to find it in the text.</figcaption>`;
  return `${open}<div class="charts">${charts.join('')}</div>${notes}${caption}</figure>`;
}

/** The units the claims count in, each once: the collection's own term (every member) first. */
function unitsOf(collection: Collection, claims: readonly CountClaim[]): (Unit | undefined)[] {
  const found: (Unit | undefined)[] = [];
  for (const claim of claims) {
    const unit = unitOf(collection, claim);
    if (!found.includes(unit)) found.push(unit);
  }
  return found.sort((a, b) => (a?.type ?? '').localeCompare(b?.type ?? ''));
}

/** Units that count the same members are one line: only the entity type matters. */
function unitOf(collection: Collection, claim: CountClaim): Unit | undefined {
  const unit = collection.units.find((u) => u.noun === claim.unit);
  if (!unit?.type) return undefined;
  return collection.units.find((u) => u.type === unit.type);
}

const TYPE_PLURAL: Readonly<Record<string, string>> = { country: 'countries', organization: 'organizations', territory: 'territories', person: 'people' };

function seriesLabel(unit: Unit | undefined): string {
  return unit?.type ? TYPE_PLURAL[unit.type] ?? `${unit.type}s` : 'all members';
}

/** The day a membership may begin or end: where the count may change. */
function changeDays(members: readonly Membership[]): DayNumber[] {
  const days = new Set<DayNumber>();
  for (const m of members) {
    for (const date of [m.since, m.until]) {
      if (!date) continue;
      const { start, end } = toInterval(date);
      days.add(start);
      days.add(end - 1);
    }
  }
  return [...days].sort((a, b) => a - b);
}

function stepsOf(collection: Collection, unit: Unit | undefined, domain: Domain): Step[] {
  const days = [domain.start, ...changeDays(membersCountedBy(collection, unit)).filter((d) => d > domain.start && d < domain.end)];
  const steps: Step[] = [];
  for (const day of days) {
    const { min, max } = countAt(collection, { start: day, end: day + 1 }, unit);
    const last = steps.at(-1);
    if (last && last.min === min && last.max === max) continue;
    steps.push({ day, min, max });
  }
  return steps;
}

function yearStart(year: number): DayNumber {
  return dayNumber(year, 1, 1);
}

function yearOf(day: DayNumber): number {
  return partialDateOfDay(day).year;
}

/** From the year before the first change or claim to the end of the year of the last. */
function fullDomain(collection: Collection, plotted: readonly Plotted[]): Domain {
  const days = [...changeDays(collection.members), ...plotted.flatMap((p) => [p.start, p.end - 1])];
  if (days.length === 0) return { start: yearStart(2000), end: yearStart(2001) };
  return { start: yearStart(yearOf(Math.min(...days)) - 1), end: yearStart(yearOf(Math.max(...days)) + 1) };
}

/** The claims' own period, when they bunch in under a third of a long history; month starts, at least 18 months. */
function detailDomain(full: Domain, plotted: readonly Plotted[]): Domain | undefined {
  if (plotted.length === 0 || full.end - full.start < 6 * 365) return undefined;
  const first = Math.min(...plotted.map((p) => p.start));
  const last = Math.max(...plotted.map((p) => p.end));
  if ((last - first) * 3 > full.end - full.start) return undefined;
  const monthStart = (day: DayNumber, add: number) => {
    const d = partialDateOfDay(day);
    return dayNumber(d.year, (d.month ?? 1) + add, 1);
  };
  let start = monthStart(first, -6);
  const end = monthStart(last - 1, 3);
  if (end - start < 540) start = monthStart(end - 540, 0);
  return { start: Math.max(start, full.start), end: Math.min(end, full.end) };
}

const round = (n: number) => String(Math.round(n * 10) / 10);

function niceStep(max: number, ticks: number, steps: readonly number[]): number {
  return steps.find((s) => max / s <= ticks) ?? steps.at(-1)!;
}

function chart(collection: Collection, ledger: Ledger, units: readonly (Unit | undefined)[], plotted: readonly Plotted[], domain: Domain, scale: 'year' | 'month'): string {
  // Series that draw the same line in this domain are one line with both labels.
  const lines: Series[] = [];
  const lineIndex: number[] = [];
  for (const unit of units) {
    const steps = stepsOf(collection, unit, domain);
    const same = lines.findIndex((s) => JSON.stringify(s.steps) === JSON.stringify(steps));
    if (same >= 0) lines[same] = { ...lines[same]!, label: `${lines[same]!.label} = ${seriesLabel(unit)}` };
    else lines.push({ label: seriesLabel(unit), ...(unit ? { unit } : {}), steps });
    lineIndex.push(same >= 0 ? same : lines.length - 1);
  }
  const lineOf = (unitIndex: number) => lineIndex[unitIndex] ?? 0;
  const shown = plotted.filter((p) => p.end > domain.start && p.start < domain.end);
  const top = Math.max(1, ...lines.flatMap((s) => s.steps.map((st) => st.max)), ...shown.map((p) => p.claim.value));
  const yStep = niceStep(top, 6, [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 5000, 10000]);
  const yMax = Math.ceil((top + 0.5) / yStep) * yStep;
  const x = (day: DayNumber) => M.left + ((Math.min(Math.max(day, domain.start), domain.end) - domain.start) / (domain.end - domain.start)) * (W - M.left - M.right);
  const y = (n: number) => M.top + (1 - n / yMax) * (H - M.top - M.bottom);
  const out: string[] = [];
  const label = scale === 'year' ? `${collection.title}: members from ${yearOf(domain.start)} to ${yearOf(domain.end - 1)}` : `${collection.title}: members from ${formatDay(domain.start).slice(0, 7)} to ${formatDay(domain.end - 1).slice(0, 7)}, the period the article's counts speak for`;
  out.push(`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>`);
  // Count axis: gridlines, ticks and labels.
  for (let n = 0; n <= yMax; n += yStep) {
    out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${round(y(n))}" y2="${round(y(n))}" stroke="#e3e3e3"/><text x="${M.left - 6}" y="${round(y(n) + 4)}" text-anchor="end" class="tick">${n}</text>`);
  }
  out.push(`<text class="axis" transform="translate(13 ${round((M.top + H - M.bottom) / 2)}) rotate(-90)" text-anchor="middle">members</text>`);
  // Time axis.
  out.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#555"/>`);
  out.push(...timeTicks(domain, scale, x));
  out.push(`<text class="axis" x="${round((M.left + W - M.right) / 2)}" y="${H - 6}" text-anchor="middle">${scale === 'year' ? 'year' : 'month'}</text>`);
  // The ledger's lines.
  [...lines.entries()].reverse().forEach(([i, series]) => out.push(seriesSvg(series, i, collection, ledger, domain, x, y, scale === 'month' && i === 0)));
  // Legend, top left, where a growing count leaves room.
  lines.forEach((series, i) => {
    const ly = M.top + 10 + i * 16;
    out.push(`<line x1="${M.left + 10}" x2="${M.left + 34}" y1="${ly}" y2="${ly}" stroke="${INK[i % INK.length]}" stroke-width="2"${DASHES[i % DASHES.length] ? ` stroke-dasharray="${DASHES[i % DASHES.length]}"` : ''}/><text x="${M.left + 40}" y="${ly + 4}" class="legend">ledger: ${escapeHtml(series.label)}</text>`);
  });
  out.push(...claimMarks(collection, shown, lineOf, lines, x, y));
  out.push('</svg>');
  return out.join('');
}

function timeTicks(domain: Domain, scale: 'year' | 'month', x: (day: DayNumber) => number): string[] {
  const out: string[] = [];
  const base = H - M.bottom;
  const tick = (day: DayNumber, text: string, major: boolean) =>
    `<line x1="${round(x(day))}" x2="${round(x(day))}" y1="${base}" y2="${base + (major ? 6 : 3)}" stroke="#555"/>${text ? `<text x="${round(x(day))}" y="${base + 18}" text-anchor="middle" class="tick">${text}</text>` : ''}`;
  const first = yearOf(domain.start);
  const last = yearOf(domain.end - 1);
  if (scale === 'year') {
    const every = niceStep(last - first + 1, 10, [1, 2, 5, 10, 20, 50, 100]);
    for (let year = first; year <= last + 1; year++) {
      const day = yearStart(year);
      if (day < domain.start || day > domain.end) continue;
      out.push(tick(day, year % every === 0 ? String(year) : '', year % every === 0));
    }
    return out;
  }
  let labelled = false;
  for (let year = first; year <= last; year++) {
    for (let month = 1; month <= 12; month++) {
      const day = dayNumber(year, month, 1);
      if (day < domain.start || day > domain.end) continue;
      const quarter = (month - 1) % 3 === 0;
      const name = MONTH_NAMES[month - 1]!.slice(0, 3);
      // January shows its year, and so does the first label, so every month can be read.
      out.push(tick(day, quarter ? (month === 1 ? String(year) : labelled ? name : `${name} ${year}`) : '', quarter));
      if (quarter) labelled = true;
    }
  }
  return out;
}

function seriesSvg(series: Series, index: number, collection: Collection, ledger: Ledger, domain: Domain, x: (d: DayNumber) => number, y: (n: number) => number, labelSteps: boolean): string {
  const out: string[] = [];
  const dash = DASHES[index % DASHES.length] ? ` stroke-dasharray="${DASHES[index % DASHES.length]}"` : '';
  const ink = INK[index % INK.length]!;
  const members = membersCountedBy(collection, series.unit);
  const nameOf = (m: Membership) => ledger.entities.get(m.entity)?.name ?? m.entity;
  series.steps.forEach((step, i) => {
    const next = series.steps[i + 1];
    const end = next?.day ?? domain.end;
    const x1 = round(x(step.day));
    const x2 = round(x(end));
    if (step.max > step.min) out.push(`<rect x="${x1}" y="${round(y(step.max))}" width="${round(Math.max(1.5, x(end) - x(step.day)))}" height="${round(y(step.min) - y(step.max))}" fill="#9e9e9e" fill-opacity="0.35"/>`);
    const joined = members.filter((m) => m.since && (toInterval(m.since).start === step.day || toInterval(m.since).end - 1 === step.day)).map(nameOf);
    const left = members.filter((m) => m.until && (toInterval(m.until).start === step.day || toInterval(m.until).end - 1 === step.day)).map(nameOf);
    const count = step.min === step.max ? String(step.min) : `${step.min} to ${step.max}`;
    const when = next ? `from ${formatDay(step.day)} to ${formatDay(end - 1)}` : `from ${formatDay(step.day)}`;
    const change = [joined.length ? `joined: ${joined.join(', ')}` : '', left.length ? `left: ${left.join(', ')}` : ''].filter(Boolean).join('; ');
    const title = `${series.label}: ${count} ${when}${change ? ` (${change})` : ''}`;
    out.push(`<line x1="${x1}" x2="${x2}" y1="${round(y(step.min))}" y2="${round(y(step.min))}" stroke="${ink}" stroke-width="2"${dash}><title>${escapeHtml(title)}</title></line>`);
    if (next) out.push(`<line x1="${x2}" x2="${x2}" y1="${round(y(step.min))}" y2="${round(y(next.min))}" stroke="${ink}" stroke-width="2"${dash}/>`);
    if (labelSteps && step.min === step.max && x(end) - x(step.day) > 14) {
      out.push(`<text x="${round(x(step.day) + 3)}" y="${round(y(step.min) + 12)}" class="step">${step.min}</text>`);
    }
  });
  return out.join('');
}

function claimMarks(collection: Collection, shown: readonly Plotted[], lineOf: (unitIndex: number) => number, lines: readonly Series[], x: (d: DayNumber) => number, y: (n: number) => number): string[] {
  // Claims with the same value at the same date on the same line are one mark, at the worst of their verdicts.
  const groups = new Map<string, Plotted[]>();
  for (const p of shown) {
    const key = [lineOf(p.series), p.start, p.end, p.claim.value].join('|');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const out: string[] = [];
  const labels: { x: number; y: number; width: number }[] = [];
  for (const group of groups.values()) {
    const status = worst(group.map((g) => g.status)) ?? 'unverifiable';
    const p = group.find((g) => g.status === status) ?? group[0]!;
    const series = lines[lineOf(p.series)]!;
    const cx = x((p.start + p.end) / 2);
    const cy = y(p.claim.value);
    const colour = COLOURS[status];
    const ledgerCount = p.ledger.min === p.ledger.max ? String(p.ledger.min) : `${p.ledger.min} to ${p.ledger.max}`;
    const asOf = p.claim.asOf!;
    const off = p.claim.value < p.ledger.min ? p.ledger.min : p.claim.value > p.ledger.max ? p.ledger.max : undefined;
    const truePeriods = off !== undefined && p.claim.hedge === 'exact' ? whenCountWas(collection, p.claim.value, series.unit) : [];
    const title = [
      `${p.claim.value} as of ${formatPartialDate(asOf.date)} (${asOf.source}); the ledger has ${ledgerCount} ${series.label}${truePeriods.length ? `; ${p.claim.value} was true ${truePeriods.map((t) => t.label).join(', ')}` : ''}`,
      ...group.map((g) => `“${g.claim.text.replace(/\s+/g, ' ')}”: ${STATUS_LABEL[g.status]}`),
    ].join('\n');
    const parts: string[] = [`<a href="#${escapeHtml(p.href)}" class="mark"><title>${escapeHtml(title)}</title>`];
    if (x(p.end) - x(p.start) > 6) parts.push(`<line x1="${round(x(p.start))}" x2="${round(x(p.end))}" y1="${round(cy)}" y2="${round(cy)}" stroke="${colour}" stroke-width="3" stroke-opacity="0.45"/>`);
    if (off !== undefined) {
      parts.push(`<line x1="${round(cx)}" x2="${round(cx)}" y1="${round(cy)}" y2="${round(y(off))}" stroke="${colour}" stroke-width="1.5" stroke-dasharray="2 2"/>`);
      parts.push(`<circle cx="${round(cx)}" cy="${round(y(off))}" r="3" fill="#fff" stroke="${colour}" stroke-width="1.5"/>`);
    }
    parts.push(symbol(status, cx, cy, colour));
    const written = [...new Set(group.map((g) => g.claim.written))].join(', ');
    const text = `“${written}”${off !== undefined ? ` · ledger ${ledgerCount}` : ''}`;
    // Labels go above their mark (below when the ledger's line is above it), and step aside from earlier labels.
    const width = text.length * 6.5;
    const prefer = off !== undefined && off > p.claim.value ? [cy + 20, cy - 11, cy + 33, cy - 24] : [cy - 11, cy + 20, cy - 24, cy + 33];
    const ly = prefer.find((candidate) => !labels.some((l) => Math.abs(l.y - candidate) < 12 && Math.abs(l.x - cx) < (l.width + width) / 2)) ?? prefer[0]!;
    const lx = Math.min(Math.max(cx, M.left + width / 2), W - M.right - width / 2);
    labels.push({ x: lx, y: ly, width });
    parts.push(`<text x="${round(lx)}" y="${round(ly)}" text-anchor="middle" class="claim" fill="${colour}">${escapeHtml(text)}</text>`);
    parts.push('</a>');
    out.push(parts.join(''));
  }
  return out;
}

/** ✕ in a ring for refuted, a hollow diamond for could-not-check, a dot for verified: shape as well as colour. */
function symbol(status: Status, cx: number, cy: number, colour: string): string {
  const [X, Y] = [round(cx), round(cy)];
  if (status === 'refuted') {
    const d = 3.5;
    return `<circle cx="${X}" cy="${Y}" r="7" fill="#fff" stroke="${colour}" stroke-width="2"/><path d="M${round(cx - d)} ${round(cy - d)}L${round(cx + d)} ${round(cy + d)}M${round(cx - d)} ${round(cy + d)}L${round(cx + d)} ${round(cy - d)}" stroke="${colour}" stroke-width="2.2"/>`;
  }
  if (status === 'unverifiable') {
    return `<path d="M${X} ${round(cy - 7)}L${round(cx + 7)} ${Y}L${X} ${round(cy + 7)}L${round(cx - 7)} ${Y}Z" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
  }
  return `<circle cx="${X}" cy="${Y}" r="6" fill="${colour}" stroke="#fff" stroke-width="1.5"/>`;
}
