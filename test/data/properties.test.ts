/**
 * Property-based tests: random and shrunk malformed datasets never make the validator or the
 * queries throw; the validator always answers valid data or named problems.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { validateDataset, parseDataset, describeProblem } from '../../src/data/validate.js';
import { compileCheck } from '../../src/data/fast-check.js';
import { Dataset } from '../../src/data/schema.js';
import { bundledDataset } from '../../src/data/generated/dataset.js';
import { filterEvents, filterFlows, relatedToActor, overlapsPeriod, compareByDate, sortByDate } from '../../src/data/queries.js';
import { isoBounds, isValidIsoDate } from '../../src/data/iso-dates.js';
import { formatFuzzyDate } from '../../src/i18n/format.js';
import { formatAmount } from '../../src/i18n/format-amounts.js';
import { minimalDataset } from '../support/fixtures.js';

const anyJson = fc.jsonValue({ maxDepth: 4 });

/** A valid dataset with one random path replaced by a random JSON value (or deleted). */
const mutatedDataset = fc
  .tuple(fc.nat(), fc.nat(), fc.oneof(anyJson, fc.constant(undefined)))
  .map(([pick, depth, value]) => {
    const d = JSON.parse(JSON.stringify(minimalDataset())) as Record<string, unknown>;
    // Walk down a random path and replace what is there.
    let node: unknown = d;
    let parent: Record<string, unknown> | unknown[] = d;
    let key: string | number = 'actors';
    for (let level = 0; level <= depth % 5 && node && typeof node === 'object'; level++) {
      const keys = Object.keys(node as object);
      if (!keys.length) break;
      parent = node as Record<string, unknown>;
      key = keys[(pick + level * 7) % keys.length];
      node = (node as Record<string, unknown>)[key];
    }
    if (value === undefined) delete (parent as Record<string, unknown>)[key as string];
    else (parent as Record<string, unknown>)[key as string] = value;
    return d;
  });

describe('validator properties', () => {
  it('never throws on arbitrary JSON and always names a path when it refuses', () => {
    fc.assert(
      fc.property(anyJson, (input) => {
        const r = validateDataset(input);
        if (!r.ok) {
          expect(r.errors.length).to.be.greaterThan(0);
          for (const p of r.errors) expect(describeProblem(p)).to.match(/^\$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated datasets: either valid data or named problems, never an exception', () => {
    fc.assert(
      fc.property(mutatedDataset, (d) => {
        const r = validateDataset(d);
        if (r.ok) {
          expect(r.data.events).to.be.an('array');
        } else {
          for (const p of r.errors) {
            expect(p.path).to.match(/^\$/);
            expect(p.message).to.be.a('string').and.not.equal('');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  // The fast path may only say "valid" where Valibot's full parse agrees and returns the same data.
  it('the copy-free check agrees with the full parse on mutated datasets', () => {
    const check = compileCheck(Dataset);
    expect(check(JSON.parse(JSON.stringify(bundledDataset))), 'the bundled dataset takes the fast path').to.equal(true);
    expect(check(minimalDataset()), 'the minimal dataset takes the fast path').to.equal(true);
    let accepted = 0;
    fc.assert(
      fc.property(mutatedDataset, (d) => {
        const full = v.safeParse(Dataset, d, { abortPipeEarly: true });
        if (check(d)) {
          accepted++;
          expect(full.success, JSON.stringify(full.issues?.[0]?.message)).to.equal(true);
          expect(full.output).to.deep.equal(d);
        }
      }),
      { numRuns: 600 },
    );
    // Mutations that keep the data valid (a replaced optional note, a reordered list) exist.
    expect(accepted).to.be.greaterThan(0);
  });

  it('the copy-free check and the full parse agree on every text field made hostile or odd', () => {
    const check = compileCheck(Dataset);
    const base = minimalDataset() as unknown as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (typeof node === 'string') paths.push(path);
      else if (node && typeof node === 'object') for (const [k, value] of Object.entries(node)) walk(value, [...path, Array.isArray(node) ? Number(k) : k]);
    };
    walk(base, []);
    expect(paths.length).to.be.greaterThan(50);
    for (const text of ['<b>markup</b>', 'bidi \u202e override', '', '   ', 'x'.repeat(20_001), 'JP', 'ok text', 'https://example.org/a', 'javascript:alert(1)', '2021-02-30', '10.1000/xyz']) {
      for (const path of paths) {
        const d = structuredClone(base);
        let node = d as Record<string | number, unknown>;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        node[path[path.length - 1]] = text;
        expect(check(d), `${path.join('.')} = ${JSON.stringify(text.slice(0, 20))}`).to.equal(v.safeParse(Dataset, d, { abortPipeEarly: true }).success);
      }
    }
  });

  it('parses arbitrary text without throwing', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void parseDataset(text)), { numRuns: 300 });
  });
});

describe('query and formatter properties', () => {
  const isoDate = fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('year', 'month', 'day'))
    .map(([y, m, d, p]) => (p === 'year' ? String(y) : p === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));

  it('filters never throw and only return events that match every criterion', () => {
    const ds = minimalDataset();
    fc.assert(
      fc.property(
        fc.record({
          countries: fc.array(fc.constantFrom('ID', 'JP', 'KR', 'XX', 'id'), { maxLength: 3 }),
          sectors: fc.array(fc.constantFrom('health', 'defense', 'economy', 'nope'), { maxLength: 2 }),
          from: fc.option(isoDate, { nil: undefined }),
          to: fc.option(isoDate, { nil: undefined }),
          text: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
        }),
        (filter) => {
          const events = filterEvents(ds, filter);
          for (const e of events) {
            for (const c of filter.countries) expect(e.countries).to.include(c.toUpperCase());
            if (filter.sectors.length) expect(filter.sectors).to.include(e.sector);
            expect(overlapsPeriod(e.date, filter.from, filter.to)).to.equal(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('flow filters and related records never throw, whatever the ids', () => {
    const ds = minimalDataset();
    fc.assert(
      // An empty id means "no filter" by design, so ids here are non-empty.
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom('USD', 'IDR', 'doses', 'none'), (id, unit) => {
        for (const f of filterFlows(ds, { party: id, unit: unit as 'USD' })) expect([f.from, f.to, ...f.via]).to.include(id);
        relatedToActor(ds, id);
      }),
      { numRuns: 200 },
    );
  });

  it('formats any valid date and amount in both languages', () => {
    fc.assert(
      fc.property(isoDate, fc.boolean(), fc.double({ min: 0.01, max: 1e15, noNaN: true }), fc.constantFrom('USD', 'IDR', 'doses'), (start, approximate, value, unit) => {
        const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
        for (const locale of ['en', 'id'] as const) {
          expect(formatFuzzyDate({ start, precision, approximate }, locale)).to.be.a('string').and.not.equal('');
          expect(formatAmount({ value, unit: unit as 'USD' }, locale)).to.be.a('string').and.not.equal('');
        }
      }),
      { numRuns: 200 },
    );
  });

  // The date reader works on character codes; JavaScript's own calendar is the oracle here.
  const isoLike = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.nat(2)).map(([y, m, d, parts]) =>
      [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, parts + 1).join('-'),
    ),
    fc.string({ maxLength: 11 }),
    fc.constantFrom('2020-1-01', '2020/01/01', '20200101', ' 2020', '2020-01-01\n', '２０２０', '0000', '2020-02-30', '1900-02-29', '2000-02-29'),
  );
  it('reads a date as YYYY, YYYY-MM or YYYY-MM-DD of a real calendar day, and bounds it by the days it covers', () => {
    fc.assert(
      fc.property(isoLike, (s) => {
        const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
        let real = false;
        if (m && m[1] !== '0000') {
          const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
          const date = new Date(Date.UTC(2000, mo - 1, d));
          date.setUTCFullYear(y);
          real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
        }
        expect(isValidIsoDate(s), s).to.equal(real);
        if (!real) return;
        const [first, last] = isoBounds(s);
        expect(first.startsWith(s) && last.startsWith(s), s).to.equal(true);
        const next = new Date(`${last}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        // The day after the last one is outside the date (a new month or year when s is one).
        expect(next.toISOString().startsWith(s), s).to.equal(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('sorts records by the days they cover, as compareByDate orders them, keeping ties in order', () => {
    const date = fc.tuple(isoLike, fc.option(isoLike)).filter(([a, b]) => isValidIsoDate(a) && (b === null || isValidIsoDate(b)));
    fc.assert(
      fc.property(fc.array(fc.option(date, { freq: 5 }), { maxLength: 40 }), (dates) => {
        const records = dates.map((d, i) => ({ i, date: d && { start: d[0], ...(d[1] ? { end: d[1] } : {}), precision: 'day' as const } }));
        // Array.prototype.sort is stable: ties keep their order, as sortByDate promises.
        expect(sortByDate(records).map((r) => r.i)).to.deep.equal([...records].sort(compareByDate).map((r) => r.i));
      }),
      { numRuns: 300 },
    );
  });
});
