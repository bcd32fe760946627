/** The pure axis model: where events sit in time, breaks for long silences, spans and open marks. */
import { expect } from '@open-wc/testing';
import { BREAK_YEARS, buildAxis, type AxisInput } from '../../src/components/cooperation-timeline/cooperation-timeline.axis.js';

const at = (start: string, extra: Partial<AxisInput> = {}): AxisInput => ({ start, open: false, ...extra });

describe('buildAxis', () => {
  it('breaks long silences instead of drawing them to scale, and says how long they were', () => {
    const axis = buildAxis([at('1945'), at('1960'), at('1970'), at('2014')]);
    expect(axis.items.map((i) => i.breakYears)).to.deep.equal([undefined, 15, 10, 44]);
    expect(axis.breaks.map((b) => [b.from, b.to])).to.deep.equal([
      [1945, 1960],
      [1960, 1970],
      [1970, 2014],
    ]);
    // Each break takes the same short length: 44 silent years do not push 2014 off the strip.
    const places = [1945, 1960, 1970, 2014].map((y) => axis.at(y));
    expect(places[0]).to.equal(0);
    expect(places[3]).to.equal(1);
    expect(places[2] - places[1]).to.be.closeTo(places[3] - places[2], 1e-9);
  });

  it('spaces short gaps in proportion to the time between events', () => {
    const axis = buildAxis([at('2014'), at('2015'), at('2015-06', { end: undefined }), at('2018'), at('2020')]);
    expect(axis.items.map((i) => i.gap)).to.deep.equal([0, 1, 0, 3, 2]);
    expect(axis.items.every((i) => i.breakYears === undefined)).to.equal(true);
    expect(axis.at(2018) - axis.at(2015)).to.be.closeTo(3 * (axis.at(2015) - axis.at(2014)), 1e-9);
    expect(axis.years).to.deep.equal([
      { year: 2014, index: 0 },
      { year: 2015, index: 1 },
      { year: 2018, index: 3 },
      { year: 2020, index: 4 },
    ]);
  });

  it('is monotonic in time, with a silence of exactly BREAK_YEARS still to scale', () => {
    const years = [1950, 1950 + BREAK_YEARS, 1950 + 2 * BREAK_YEARS + 1, 2000, 2001, 2022];
    const axis = buildAxis(years.map((y) => at(String(y))));
    expect(axis.items.map((i) => i.breakYears ?? 0)).to.deep.equal([0, 0, BREAK_YEARS + 1, 2000 - 1961, 0, 21]);
    for (let y = 1950; y < 2022; y++) expect(axis.at(y + 1), `${y + 1} after ${y}`).to.be.at.least(axis.at(y));
  });

  it('draws periods as spans and approximate or inferred dates as open marks', () => {
    const axis = buildAxis([at('2020', { end: '2022' }), at('2021', { open: true }), at('2022-10-05', { end: '2022-10-07' })]);
    expect(axis.items.map((i) => [i.span, i.open])).to.deep.equal([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(axis.marks).to.deep.include({ from: 2020, to: 2022, open: false });
    expect(axis.marks).to.deep.include({ from: 2021, to: 2021, open: true });
    expect(axis.max).to.equal(2022);
  });

  it('marks a run of the same date once, and makes one mark for it', () => {
    const inferred = at('2015', { open: true });
    const axis = buildAxis([at('2014'), inferred, inferred, inferred, at('2015')]);
    expect(axis.items.map((i) => i.repeatDate)).to.deep.equal([false, false, true, true, false]);
    expect(axis.marks.filter((m) => m.from === 2015)).to.have.length(2);
  });

  it('shows the date again when it reads differently: approximate after inferred ("c. 2020–2022" after "… (inferred)")', () => {
    const period = { end: '2022', open: true };
    const axis = buildAxis([at('2020', { ...period, inferred: true }), at('2020', period), at('2020', period)]);
    expect(axis.items.map((i) => i.repeatDate)).to.deep.equal([false, false, true]);
  });

  it('labels the first and last years and the year after each break, without overlaps', () => {
    const axis = buildAxis([at('1945'), at('1960'), at('1970'), at('2014'), at('2015'), at('2022')]);
    const labelled = axis.ticks.map((t) => t.year);
    expect(labelled[0]).to.equal(1945);
    expect(labelled.at(-1)).to.equal(2022);
    for (const y of [1960, 1970, 2014]) expect(labelled).to.include(y);
    for (let i = 1; i < axis.ticks.length; i++) expect(axis.ticks[i].at - axis.ticks[i - 1].at).to.be.at.least(0.15);
  });

  it('puts a single year in the middle and handles no events', () => {
    expect(buildAxis([at('2020'), at('2020-05')]).at(2020)).to.equal(0.5);
    const empty = buildAxis([]);
    expect(empty.items).to.deep.equal([]);
    expect(empty.ticks).to.deep.equal([]);
  });

  it('stays a few marks for 10 000 events, in one pass', () => {
    const inputs = Array.from({ length: 10_000 }, (_, i) => at(String(1945 + (i % 78)).padStart(4, '0')));
    inputs.sort((a, b) => a.start.localeCompare(b.start));
    const axis = buildAxis(inputs);
    expect(axis.items).to.have.length(10_000);
    expect(axis.marks).to.have.length(78);
    expect(axis.years).to.have.length(78);
  });
});
