// Run from the repository root: the real ledger is loaded from ./ledger.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/load.js';
import type { Collection, Ledger, Membership, Unit } from '../../src/ledger/model.js';
import { countAt, membersAt, membersCountedBy, membershipsOf, ordinalOf, whenCountWas } from '../../src/ledger/query.js';
import type { EntityType } from '../../src/ledger/schema.js';
import { describePartialDate, parsePartialDate, toInterval, type DayInterval } from '../../src/time/partial-date.js';

const on = (text: string): DayInterval => toInterval(parsePartialDate(text));
const COUNTRY: Unit = { noun: 'country', type: 'country' };
const PARTNER: Unit = { noun: 'partner' };
const loc = { file: 'hand-built.yaml', line: 1, column: 1 };

function m(entity: string, since?: string, until?: string, entityType: EntityType = 'country'): Membership {
  return {
    collection: 'test',
    entity,
    entityType,
    since: since === undefined ? undefined : parsePartialDate(since),
    until: until === undefined ? undefined : parsePartialDate(until),
    also: [],
    events: [],
    sources: [{ url: 'https://example.org/' }],
    location: loc,
  };
}

function collectionOf(members: Membership[]): Collection {
  return {
    id: 'test',
    title: 'Test',
    complete: true,
    terms: ['test member'],
    units: [COUNTRY, PARTNER],
    joining: [],
    notJoining: [],
    nouns: [],
    members,
    candidates: [],
    reported: [],
    location: loc,
  };
}

const ids = (members: readonly Membership[]) => members.map((x) => x.entity);

describe('on a hand-built collection', () => {
  // a: a day; b: a month; c: a year; d: undated (a member at every date);
  // e: a day, left on a day; org: an organization.
  const c = collectionOf([
    m('a', '2020-01-10'),
    m('b', '2020-03'),
    m('c', '2021'),
    m('d'),
    m('e', '2019-05-05', '2020-02-15'),
    m('org', '2022-06-01', undefined, 'organization'),
  ]);

  it('countAt over single days: a join counts from its day, a leave from its day', () => {
    expect(countAt(c, on('2020-01-09'))).toEqual({ min: 2, max: 2 }); // d, e
    expect(countAt(c, on('2020-01-10'))).toEqual({ min: 3, max: 3 }); // + a
    expect(countAt(c, on('2020-02-14'))).toEqual({ min: 3, max: 3 });
    expect(countAt(c, on('2020-02-15'))).toEqual({ min: 2, max: 2 }); // e left
  });

  it('countAt over a month gives every count the month may see', () => {
    expect(countAt(c, on('2020-01'))).toEqual({ min: 2, max: 3 });
    expect(countAt(c, on('2020-02'))).toEqual({ min: 2, max: 3 });
    // b joined some day in March: its month alone is uncertain, the last day is not.
    expect(countAt(c, on('2020-03'))).toEqual({ min: 2, max: 3 });
    expect(countAt(c, on('2020-03-30'))).toEqual({ min: 2, max: 3 });
    expect(countAt(c, on('2020-03-31'))).toEqual({ min: 3, max: 3 });
    expect(countAt(c, on('2020-04'))).toEqual({ min: 3, max: 3 });
  });

  it('countAt over a year', () => {
    expect(countAt(c, on('2020'))).toEqual({ min: 2, max: 3 });
    expect(countAt(c, on('2021'))).toEqual({ min: 3, max: 4 });
    expect(countAt(c, on('2021-12-30'))).toEqual({ min: 3, max: 4 });
    expect(countAt(c, on('2021-12-31'))).toEqual({ min: 4, max: 4 });
    expect(countAt(c, on('2023'))).toEqual({ min: 5, max: 5 });
  });

  it('countAt by unit leaves out other types', () => {
    expect(countAt(c, on('2023'), COUNTRY)).toEqual({ min: 4, max: 4 });
    expect(countAt(c, on('2023'), PARTNER)).toEqual({ min: 5, max: 5 });
    expect(ids(membersCountedBy(c, COUNTRY))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('an undated member counts at every date', () => {
    expect(countAt(c, on('1900'))).toEqual({ min: 1, max: 1 });
    expect(countAt(collectionOf([]), on('2020'))).toEqual({ min: 0, max: 0 });
  });

  it('membersAt: certain on every day of the interval, possible on some day', () => {
    const march = membersAt(c, on('2020-03'));
    expect(ids(march.certain)).toEqual(['a', 'd']);
    expect(ids(march.possible)).toEqual(['a', 'b', 'd']);
    const feb = membersAt(c, on('2020-02'));
    expect(ids(feb.certain)).toEqual(['a', 'd']);
    expect(ids(feb.possible)).toEqual(['a', 'd', 'e']);
    const lastOfMarch = membersAt(c, on('2020-03-31'));
    expect(ids(lastOfMarch.certain)).toEqual(['a', 'b', 'd']);
    expect(ids(lastOfMarch.possible)).toEqual(['a', 'b', 'd']);
  });

  it('a month-precision `until` may end on any day of its month', () => {
    const left = collectionOf([m('x', '2019', '2020-06')]);
    expect(countAt(left, on('2020-05'))).toEqual({ min: 1, max: 1 });
    expect(countAt(left, on('2020-06-01'))).toEqual({ min: 0, max: 1 });
    expect(countAt(left, on('2020-06-29'))).toEqual({ min: 0, max: 1 });
    expect(countAt(left, on('2020-06-30'))).toEqual({ min: 0, max: 0 });
    expect(ids(membersAt(left, on('2020-06')).certain)).toEqual([]);
    expect(ids(membersAt(left, on('2020-06')).possible)).toEqual(['x']);
    expect(ids(membersAt(left, on('2020-07')).possible)).toEqual([]);
  });

  it('whenCountWas gives merged periods with the ledger\'s precision at their start', () => {
    expect(whenCountWas(c, 0)).toEqual([]);
    expect(whenCountWas(c, 1).map((p) => p.label)).toEqual(['up to 2019-05-04']);
    expect(whenCountWas(c, 2).map((p) => p.label)).toEqual(['from 2019-05-05 to 2020-01-09', 'from 2020-02-15 to 2020-03-30']);
    expect(whenCountWas(c, 3).map((p) => p.label)).toEqual(['from 2020-01-10 to 2020-02-14', 'from 2020-03 to 2021-12-30']);
    expect(whenCountWas(c, 4).map((p) => p.label)).toEqual(['from 2021 to 2022-05-31']);
    expect(whenCountWas(c, 5).map((p) => p.label)).toEqual(['since 2022-06-01']);
    expect(whenCountWas(c, 4, COUNTRY).map((p) => p.label)).toEqual(['since 2021']);
    expect(whenCountWas(c, 6)).toEqual([]);
    const [first] = whenCountWas(c, 1);
    expect(first!.start).toBe(-Infinity);
    expect(first!.end).toBe(on('2019-05-05').start);
    expect(whenCountWas(c, 5)[0]!.end).toBe(Infinity);
  });

  it('whenCountWas on a collection of undated members: at every date', () => {
    const undated = collectionOf([m('p'), m('q')]);
    expect(whenCountWas(undated, 2)).toEqual([{ start: -Infinity, end: Infinity, label: 'at every date' }]);
    expect(whenCountWas(undated, 1)).toEqual([]);
  });

  it('whenCountWas keeps the precision of a month-precision `until`', () => {
    const left = collectionOf([m('x', '2019', '2020-06')]);
    expect(whenCountWas(left, 0).map((p) => p.label)).toEqual(['up to 2019-12-30', 'since 2020-06']);
  });

  it('ordinalOf: order of joining, a range where dates are imprecise or tie', () => {
    expect(ordinalOf(c, 'e')).toEqual({ min: 2, max: 2 });
    expect(ordinalOf(c, 'a')).toEqual({ min: 3, max: 3 });
    expect(ordinalOf(c, 'b')).toEqual({ min: 4, max: 4 });
    expect(ordinalOf(c, 'org')).toEqual({ min: 6, max: 6 });
    expect(ordinalOf(c, 'org', COUNTRY)).toBeUndefined();
    expect(ordinalOf(c, 'nobody')).toBeUndefined();
    const tie = collectionOf([m('x', '2020-05'), m('y', '2020-05-10'), m('z', '2020-05-10'), m('w', '2020-06-01')]);
    expect(ordinalOf(tie, 'x')).toEqual({ min: 1, max: 3 });
    expect(ordinalOf(tie, 'y')).toEqual({ min: 1, max: 3 });
    expect(ordinalOf(tie, 'w')).toEqual({ min: 4, max: 4 });
  });

  it('ordinalOf an undated member is an honest range, min ≤ max', () => {
    const undated = collectionOf([m('p'), m('q')]);
    expect(ordinalOf(undated, 'p')).toEqual({ min: 1, max: 2 });
    expect(ordinalOf(undated, 'q')).toEqual({ min: 1, max: 2 });
  });

  it('membershipsOf lists each period of an entity that left and came back', () => {
    const back = collectionOf([m('x', '2010', '2012'), m('y', '2011'), m('x', '2015')]);
    expect(membershipsOf(back, 'x').map((x) => [x.since, x.until])).toEqual([
      [{ year: 2010 }, { year: 2012 }],
      [{ year: 2015 }, undefined],
    ]);
    expect(countAt(back, on('2013'))).toEqual({ min: 1, max: 1 });
    expect(countAt(back, on('2016'))).toEqual({ min: 2, max: 2 });
  });
});

describe('on the real ledger', () => {
  let ledger: Ledger;
  let csp: Collection;
  beforeAll(async () => {
    ledger = await loadLedger('ledger');
    csp = ledger.collections.get('vietnam-csp')!;
  });
  const collection = (id: string) => {
    const found = ledger.collections.get(id);
    if (!found) throw new Error(`no collection ${id}`);
    return found;
  };

  describe('countAt vietnam-csp', () => {
    it('October 2025 may see 13 or 14: the UK joined on the 29th, the 30th in Hanoi', () => {
      expect(countAt(csp, on('2025-10'))).toEqual({ min: 13, max: 14 });
      expect(countAt(csp, on('2025-10-28'))).toEqual({ min: 13, max: 13 });
      // The ledger's other date for the UK (`also: 2025-10-30`, Vietnam's time) keeps 13 admissible on the 29th.
      expect(countAt(csp, on('2025-10-29'))).toEqual({ min: 13, max: 14 });
      expect(countAt(csp, on('2025-10-30'))).toEqual({ min: 14, max: 14 });
      expect(countAt(csp, on('2025-11'))).toEqual({ min: 14, max: 14 });
    });

    it('10 countries on 2025-02-27 (New Zealand the 10th, the day before)', () => {
      expect(countAt(csp, on('2025-02-27'), COUNTRY)).toEqual({ min: 10, max: 10 });
      expect(countAt(csp, on('2025-02-25'), COUNTRY)).toEqual({ min: 9, max: 9 });
    });

    it('in November 2026: 14 countries, 15 partners', () => {
      expect(countAt(csp, on('2026-11'), COUNTRY)).toEqual({ min: 14, max: 14 });
      expect(countAt(csp, on('2026-11'))).toEqual({ min: 15, max: 15 });
      expect(countAt(csp, on('2026-11'), PARTNER)).toEqual({ min: 15, max: 15 });
    });

    it('the units the ledger writes count the same way', () => {
      const country = csp.units.find((u) => u.noun === 'country');
      const partner = csp.units.find((u) => u.noun === 'partner');
      expect(country).toEqual({ noun: 'country', type: 'country' });
      expect(partner).toEqual({ noun: 'partner', type: undefined });
      expect(countAt(csp, on('2026-11'), country)).toEqual({ min: 14, max: 14 });
      expect(countAt(csp, on('2026-11'), partner)).toEqual({ min: 15, max: 15 });
    });

    it('China (May 2008, month precision): possibly a member in May, certainly in June', () => {
      expect(countAt(csp, on('2008-05-15'))).toEqual({ min: 0, max: 1 });
      expect(countAt(csp, on('2008-05'))).toEqual({ min: 0, max: 1 });
      expect(countAt(csp, on('2008-06-01'))).toEqual({ min: 1, max: 1 });
      expect(countAt(csp, on('2008-04-30'))).toEqual({ min: 0, max: 0 });
    });

    it('membersAt around China\'s month', () => {
      const april = membersAt(csp, on('2008-04'));
      expect(ids(april.certain)).toEqual([]);
      expect(ids(april.possible)).toEqual([]);
      const may = membersAt(csp, on('2008-05'));
      expect(ids(may.certain)).toEqual([]);
      expect(ids(may.possible)).toEqual(['china']);
      const mid = membersAt(csp, on('2008-05-15'));
      expect(ids(mid.certain)).toEqual([]);
      expect(ids(mid.possible)).toEqual(['china']);
      const june = membersAt(csp, on('2008-06'));
      expect(ids(june.certain)).toEqual(['china']);
      expect(ids(june.possible)).toEqual(['china']);
      const year = membersAt(csp, on('2008'));
      expect(ids(year.certain)).toEqual([]);
      expect(ids(year.possible)).toEqual(['china']);
    });
  });

  describe('whenCountWas vietnam-csp', () => {
    it('9 countries: from Malaysia (2024-11-21) to the day before New Zealand', () => {
      const periods = whenCountWas(csp, 9, COUNTRY);
      expect(periods.map((p) => p.label)).toEqual(['from 2024-11-21 to 2025-02-25']);
      expect(periods[0]).toEqual({ start: on('2024-11-21').start, end: on('2025-02-26').start, label: 'from 2024-11-21 to 2025-02-25' });
    });

    it('1 country: from May 2008, the month kept', () => {
      const periods = whenCountWas(csp, 1, COUNTRY);
      expect(periods).toHaveLength(1);
      expect(periods[0]!.label.startsWith('from 2008-05 ')).toBe(true);
      expect(periods[0]!.label).toBe('from 2008-05 to 2012-07-26');
      expect(periods[0]!.start).toBe(on('2008-05').start);
    });

    it('15 partners: since the EU (2026-01-29)', () => {
      expect(whenCountWas(csp, 15)).toEqual([{ start: on('2026-01-29').start, end: Infinity, label: 'since 2026-01-29' }]);
      expect(whenCountWas(csp, 15, COUNTRY)).toEqual([]);
    });

    it('14 countries since the UK; 14 partners only until the EU', () => {
      expect(whenCountWas(csp, 14, COUNTRY).map((p) => p.label)).toEqual(['since 2025-10-29']);
      expect(whenCountWas(csp, 14).map((p) => p.label)).toEqual(['from 2025-10-29 to 2026-01-28']);
    });
  });

  describe('ordinalOf vietnam-csp', () => {
    it('China 1st, Russia 2nd, India 3rd, US 5th, UK 14th; the EU 15th partner', () => {
      expect(ordinalOf(csp, 'china', COUNTRY)).toEqual({ min: 1, max: 1 });
      expect(ordinalOf(csp, 'russia', COUNTRY)).toEqual({ min: 2, max: 2 });
      expect(ordinalOf(csp, 'india', COUNTRY)).toEqual({ min: 3, max: 3 });
      expect(ordinalOf(csp, 'united-states', COUNTRY)).toEqual({ min: 5, max: 5 });
      expect(ordinalOf(csp, 'united-states')).toEqual({ min: 5, max: 5 });
      expect(ordinalOf(csp, 'united-kingdom', COUNTRY)).toEqual({ min: 14, max: 14 });
      expect(ordinalOf(csp, 'european-union')).toEqual({ min: 15, max: 15 });
      expect(ordinalOf(csp, 'european-union', COUNTRY)).toBeUndefined();
    });
  });

  describe('tier ladders', () => {
    it('the UK\'s strategic partnership ends when its CSP begins (derived, not written)', async () => {
      const sp = collection('vietnam-strategic-partnership');
      const uk = membershipsOf(sp, 'united-kingdom');
      expect(uk).toHaveLength(1);
      expect(uk[0]!.since).toEqual({ year: 2010, month: 9, day: 8 });
      expect(uk[0]!.until).toEqual({ year: 2025, month: 10, day: 29 });
      expect(uk[0]!.endedBy).toEqual({ collection: 'vietnam-csp', since: { year: 2025, month: 10, day: 29 } });
      // Not written in the YAML: the file has no `until` at all.
      const yaml = await readFile('ledger/collections/vietnam-strategic-partnerships.yaml', 'utf8');
      expect(yaml).not.toMatch(/^\s*until:/m);
    });

    it('a member that never moved up has no `until`', () => {
      const sp = collection('vietnam-strategic-partnership');
      for (const entity of ['germany', 'spain', 'philippines', 'algeria']) {
        const [membership] = membershipsOf(sp, entity);
        expect(membership?.until, entity).toBeUndefined();
        expect(membership?.endedBy, entity).toBeUndefined();
      }
    });

    it('the lowest rung ends at the next rung the entity entered, skipping a rung when it did', () => {
      const cp = collection('vietnam-comprehensive-partnership');
      expect(membershipsOf(cp, 'united-states')[0]!.endedBy).toEqual({
        collection: 'vietnam-csp',
        since: { year: 2023, month: 9, day: 10 },
      });
      expect(membershipsOf(cp, 'south-korea')[0]!.endedBy).toEqual({
        collection: 'vietnam-strategic-partnership',
        since: { year: 2009, month: 10, day: 21 },
      });
      // Month precision carries over to the derived `until`.
      expect(membershipsOf(cp, 'indonesia')[0]!.until).toEqual({ year: 2013, month: 6 });
    });

    it('the top rung is never ended by the ladder', () => {
      expect(csp.members.every((x) => x.until === undefined && x.endedBy === undefined)).toBe(true);
    });

    it('the UK is a strategic partner up to 2025-10-28 and not on the 29th', () => {
      const sp = collection('vietnam-strategic-partnership');
      expect(ids(membersAt(sp, on('2025-10-28')).certain)).toContain('united-kingdom');
      expect(ids(membersAt(sp, on('2025-10-29')).possible)).not.toContain('united-kingdom');
      // South Africa's other date (`also: 2025-11-21`) leaves it possibly not yet a strategic partner on those days.
      expect(countAt(sp, on('2025-10-28'))).toEqual({ min: 10, max: 11 });
      expect(countAt(sp, on('2025-10-29'))).toEqual({ min: 9, max: 10 });
    });

    it('strategic partners exclude those who moved up to CSP', () => {
      const sp = collection('vietnam-strategic-partnership');
      expect(sp.members).toHaveLength(23);
      const movedUp = sp.members.filter((x) => x.endedBy?.collection === 'vietnam-csp').map((x) => x.entity).sort();
      expect(movedUp).toEqual([
        'australia', 'france', 'india', 'indonesia', 'japan', 'malaysia', 'new-zealand', 'russia',
        'singapore', 'south-korea', 'thailand', 'united-kingdom',
      ]);
      // 23 listed − 12 who moved up = 11 strategic partners now.
      expect(countAt(sp, on('2026-11'), PARTNER)).toEqual({ min: 11, max: 11 });
      // The official count on 2025-08-22: "10 strategic partners".
      expect(countAt(sp, on('2025-08-22'), PARTNER)).toEqual({ min: 10, max: 10 });
      for (const x of ids(membersAt(sp, on('2026-11')).possible)) {
        expect(ids(membersAt(csp, on('2026-11')).possible), x).not.toContain(x);
      }
    });
  });

  it('unsc-p5: five undated members, five at any date', () => {
    const p5 = collection('unsc-p5');
    expect(countAt(p5, on('1950'))).toEqual({ min: 5, max: 5 });
    expect(countAt(p5, on('2026-11'))).toEqual({ min: 5, max: 5 });
    expect(whenCountWas(p5, 5)).toEqual([{ start: -Infinity, end: Infinity, label: 'at every date' }]);
  });

  it('ASEAN: 10 members before 2025-10-26, 11 from that day', () => {
    const asean = collection('asean');
    expect(countAt(asean, on('2025-10-25'))).toEqual({ min: 10, max: 10 });
    expect(countAt(asean, on('2025-10-26'))).toEqual({ min: 11, max: 11 });
    expect(countAt(asean, on('2025-10'))).toEqual({ min: 10, max: 11 });
  });

  it('every reported count in the ledger agrees with countAt', () => {
    let checked = 0;
    for (const c of ledger.collections.values()) {
      for (const reported of c.reported) {
        const unit = reported.unit === undefined ? undefined : c.units.find((u) => u.noun === reported.unit);
        if (reported.unit !== undefined) expect(unit, `${c.id}: unit ${reported.unit}`).toBeDefined();
        const range = countAt(c, toInterval(reported.date), unit);
        const at = `${c.id} on ${describePartialDate(reported.date)}: reported ${reported.count}, members give ${range.min}–${range.max}`;
        if (c.complete) {
          expect(range.min <= reported.count && reported.count <= range.max, at).toBe(true);
        } else {
          // An incomplete collection lists only some members: a reported total bounds them from above.
          expect(range.min <= reported.count, at).toBe(true);
        }
        checked++;
      }
    }
    // Every collection's reported counts, the sample articles' (13) and the real corpus ledgers' alike.
    expect(checked).toBe([...ledger.collections.values()].reduce((n, c) => n + c.reported.length, 0));
    expect(checked).toBeGreaterThan(13);
  });

  it('the reported counts of the complete collections match exactly', () => {
    // The collections of the sample articles, whose reported counts fix the ledger's dates day by day.
    const exact = [...ledger.collections.values()]
      .filter((c) => c.complete && (c.id === 'asean' || c.id.startsWith('vietnam-')))
      .flatMap((c) => c.reported.map((r) => {
        const range = countAt(c, toInterval(r.date), c.units.find((u) => u.noun === r.unit));
        return `${c.id} ${describePartialDate(r.date)} ${r.count} ${range.min}-${range.max}`;
      }));
    expect(exact).toEqual([
      'asean 26 October 2025 11 11-11',
      'vietnam-csp 3 September 2016 3 3-3',
      'vietnam-csp 10 September 2023 5 5-5',
      'vietnam-csp 7 March 2024 7 7-7',
      'vietnam-csp 7 October 2024 8 8-8',
      'vietnam-csp November 2024 9 8-9',
      'vietnam-csp 26 February 2025 10 10-10',
      'vietnam-csp 12 March 2025 12 12-12',
      'vietnam-csp 22 August 2025 13 13-13',
      'vietnam-csp 29 October 2025 14 13-14', // the UK's other date, 2025-10-30 in Hanoi
      'vietnam-csp 29 January 2026 15 15-15',
    ]);
  });
});
