import { expect } from '@open-wc/testing';
import { validateDataset, parseDataset, describeProblem } from '../../src/data/validate.js';
import { validateDatasetInSlices } from '../../src/data/validate-in-slices.js';
import { MAX_DATASET_BYTES } from '../../src/data/schema.js';
import { minimalDataset } from '../support/fixtures.js';
import { bundledCopy } from '../support/datasets.js';
import { syntheticTimelineDataset } from '../support/timeline-dataset.js';

function errorsOf(mutate: (d: ReturnType<typeof minimalDataset>) => void, strictText = false) {
  const d = minimalDataset();
  mutate(d);
  const result = validateDataset(d, { strictText });
  expect(result.ok, 'should be invalid').to.equal(false);
  return result.ok ? [] : result.errors.map(describeProblem);
}

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    const result = validateDataset(minimalDataset());
    expect(result.ok).to.equal(true);
  });

  it('names the path and record of a schema error', () => {
    const [message] = errorsOf((d) => ((d.actors[1] as { kind: string }).kind = 'alien'));
    expect(message).to.match(/^\$\.actors\[1\]\.kind \(actors "indonesia"\): /);
  });

  it('rejects impossible dates and ends before starts', () => {
    expect(errorsOf((d) => (d.events[0].date = { start: '2020-13-40', precision: 'day' })).join()).to.contain('$.events[0].date.start').and.contain('not a real date');
    expect(errorsOf((d) => (d.events[0].date = { start: '2021-02-29', precision: 'day' })).join()).to.contain('not a real date');
    expect(errorsOf((d) => (d.events[1].date = { start: '2022-10-07', end: '2022-10-05', precision: 'day' })).join()).to.contain('$.events[1].date.end').and.contain('end is before start');
    expect(errorsOf((d) => (d.events[0].date = { start: '2020', precision: 'day' })).join()).to.contain('length of the precision');
  });

  it('rejects negative, non-finite and unit-less amounts and unknown units', () => {
    expect(errorsOf((d) => (d.flows[0].amount = { value: -5, unit: 'USD' })).join()).to.contain('$.flows[0].amount.value').and.contain('greater than zero');
    expect(errorsOf((d) => (d.flows[0].amount = { value: Infinity, unit: 'USD' })).join()).to.contain('finite');
    expect(errorsOf((d) => (d.flows[0].amount = { value: 5 } as never)).join()).to.contain('$.flows[0].amount.unit');
    expect(errorsOf((d) => (d.flows[0].amount = { value: 5, unit: 'EUR' } as never)).join()).to.contain('unit must be USD, IDR or doses');
  });

  it('rejects unknown country codes', () => {
    expect(errorsOf((d) => (d.events[0].countries = ['ID', 'XX'])).join()).to.contain('$.events[0].countries[1]').and.contain('ISO 3166-1');
  });

  it('reports dangling references and duplicate ids', () => {
    expect(errorsOf((d) => (d.flows[2].via = ['nobody'])).join()).to.contain('$.flows[2].via[0] (flows "cold-chain"): unknown actor "nobody"');
    expect(errorsOf((d) => (d.events[0].evidence = [{ source: 'nowhere', quote: 'abc' }])).join()).to.contain('unknown source "nowhere"');
    expect(errorsOf((d) => d.actors.push({ ...d.actors[0] })).join()).to.contain('duplicate id "japan"');
  });

  it('treats markup as a warning at run time and as an error when strict', () => {
    const d = minimalDataset();
    d.actors[0].name = '<img src=x onerror=alert(1)>';
    const lenient = validateDataset(d);
    expect(lenient.ok).to.equal(true);
    expect(lenient.warnings.map(describeProblem).join()).to.contain('$.actors[0].name (actors "japan"): must be plain text');
    expect(errorsOf((x) => (x.actors[0].name = '<b>bold</b>'), true).join()).to.contain('holds markup');
  });

  it('reports non-http links: a warning at run time, an error when strict', () => {
    const d = minimalDataset();
    (d.citations[0] as { URL?: string }).URL = 'javascript:alert(1)';
    const lenient = validateDataset(d);
    expect(lenient.ok).to.equal(true);
    expect(lenient.warnings.map(describeProblem).join()).to.contain('$.citations[0].URL').and.contain('http(s) URL');
    expect(errorsOf((x) => ((x.citations[0] as { URL?: string }).URL = 'javascript:alert(1)'), true).join()).to.contain('http(s) URL');
  });

  it('never throws, even on hostile input', () => {
    const hostile = minimalDataset() as unknown as Record<string, unknown>;
    Object.defineProperty(hostile, 'actors', { get() { throw new Error('boom'); }, enumerable: true });
    for (const input of [null, 42, 'x', [], {}, hostile]) {
      expect(() => validateDataset(input)).not.to.throw();
      expect(validateDataset(input).ok).to.equal(false);
    }
  });
});

describe('parseDataset', () => {
  it('says when the text is not JSON or too large', () => {
    const notJson = parseDataset('{ nope');
    expect(!notJson.ok && describeProblem(notJson.errors[0])).to.contain('not valid JSON');
    const big = parseDataset(' '.repeat(MAX_DATASET_BYTES + 1));
    expect(!big.ok && describeProblem(big.errors[0])).to.contain('too large');
  });

  it('parses a valid dataset', () => {
    expect(parseDataset(JSON.stringify(minimalDataset())).ok).to.equal(true);
  });
});

describe('validateDatasetInSlices', () => {
  /** Inputs of every kind: valid, invalid in each collection and in the shell, with warnings, hostile. */
  function inputs(): [string, object][] {
    const large = syntheticTimelineDataset(bundledCopy(), 3_000);
    const out: [string, object][] = [['valid, small', minimalDataset()], ['valid, 3 000 events', large]];
    const variant = (name: string, mutate: (d: ReturnType<typeof minimalDataset>) => void) => {
      const d = minimalDataset();
      mutate(d);
      out.push([name, d]);
    };
    variant('an unknown key', (d) => ((d as unknown as Record<string, unknown>).extra = 1));
    variant('no version', (d) => delete (d as { version?: string }).version);
    variant('events not a list', (d) => ((d as unknown as Record<string, unknown>).events = {}));
    variant('a bad source', (d) => ((d.sources[0] as { kind: string }).kind = 'rumour'));
    variant('a bad actor', (d) => ((d.actors[1] as { kind: string }).kind = 'alien'));
    variant('a bad flow', (d) => (d.flows[0].amount = { value: -5, unit: 'USD' }));
    variant('a bad citation', (d) => ((d.citations[0] as { type: string }).type = 42 as never));
    variant('markup (a warning)', (d) => (d.actors[0].name = '<b>bold</b>'));
    variant('a dangling reference', (d) => (d.flows[2].via = ['nobody']));
    variant('a text without the default language', (d) => (d.events[0].title = { id: 'Hanya bahasa Indonesia' } as never));
    const lastBad = structuredClone(large);
    lastBad.events[2_999].countries = ['ID', 'XX'];
    out.push(['3 000 events, the last one bad', lastBad]);
    const inherited = Object.assign(Object.create({ extra: 1 }) as object, minimalDataset());
    out.push(['an inherited unknown key', inherited], ['an empty object', {}]);
    return out;
  }

  it('gives the same result as validateDataset, on every kind of input', async () => {
    for (const [name, input] of inputs()) {
      for (const strictText of [false, true]) {
        const sliced = await validateDatasetInSlices(input, { strictText });
        const whole = validateDataset(input, { strictText });
        expect({ ok: sliced.ok, problems: sliced.ok ? [] : sliced.errors, warnings: sliced.warnings }, `${name}, strict: ${strictText}`).to.deep.equal({
          ok: whole.ok,
          problems: whole.ok ? [] : whole.errors,
          warnings: whole.warnings,
        });
        if (sliced.ok) expect(sliced.data, name).to.equal(input);
      }
    }
  });

  it('rejects anything but a dataset object (the provider then checks in one piece, which says what is wrong)', async () => {
    for (const input of [[minimalDataset()], 'x'.repeat(3_000), 42]) {
      let rejected: unknown;
      await validateDatasetInSlices(input as object).catch((error: unknown) => (rejected = error));
      expect(rejected, typeof input).to.be.instanceOf(TypeError);
    }
  });

  it('rejects on a getter that throws (the provider then checks in one piece, which reports it)', async () => {
    const hostile = minimalDataset() as unknown as Record<string, unknown>;
    Object.defineProperty(hostile, 'flows', { get() { throw new Error('boom'); }, enumerable: true });
    let rejected: unknown;
    await validateDatasetInSlices(hostile).catch((error: unknown) => (rejected = error));
    expect(String(rejected)).to.contain('boom');
  });
});
