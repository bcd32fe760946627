import { expect } from '@open-wc/testing';
import { boxesOverlap, layoutNodeLabels, wrapLabel, type LabelBox, type LabelNode } from '../../src/components/aid-flow-chart/aid-flow-chart.labels.js';

// The pure label layout, on sankey geometry shaped like the chart's own (node bar 12 px wide,
// columns spread over the canvas, nodes stacked with 14 px between them) and a measure of 7 px per
// character (about 12 px text). The browser test in aid-flow-chart.reading.test.ts reads the
// labels the chart really draws.

const NODE = 12;
const measure = (t: string) => [...t].length * 7;
const options = (width: number, height: number) => ({ width, height, top: 24, lineHeight: 15, padding: 2, gap: 4, measure });

/** Columns of [name, figure, value] stacked from the top as the sankey does (value in pixels). */
function geometry(width: number, columns: [string, string, number][][]): LabelNode[] {
  const left = 4;
  const right = width - 8 - NODE;
  return columns.flatMap((column, c) => {
    const x = columns.length === 1 ? left : left + ((right - left) * c) / (columns.length - 1);
    let y = 30;
    return column.map(([name, figure, size]) => {
      const node = { key: `${c}:${name}`, column: c, x, y, width: NODE, height: size, lines: [name, figure] };
      y += size + 14;
      return node;
    });
  });
}

// The "flows without an amount" view: many nodes, long names, every node a count.
const NO_AMOUNTS: [string, string, number][][] = [
  [
    ['Japan', '9 flows', 150],
    ['South Korea', '1 flow', 16],
    ['Sinovac', '1 flow', 16],
    ['UNICEF', '1 flow', 16],
  ],
  [
    ['Direct (no channel)', '9 flows', 130],
    ['Japan International Cooperation Agency', '1 flow', 16],
    ['UNICEF', '1 flow', 16],
    ['Joint Working Group on Health', '1 flow', 16],
  ],
  [
    ['Indonesia', '9 flows', 150],
    ['Bio Farma', '1 flow', 16],
    ['COVAX', '1 flow', 16],
  ],
];
// The US dollar view: one small flow beside a large one.
const USD: [string, string, number][][] = [
  [['Japan', 'US$479.9 million', 300]],
  [
    ['Direct (no channel)', 'US$473 million', 290],
    ['UNICEF', 'US$6.9 million', 4],
  ],
  [['Indonesia', 'US$479.9 million', 300]],
];

function expectTidy(boxes: LabelBox[], nodes: LabelNode[], width: number, height: number): void {
  const shown = boxes.filter((b) => !b.hidden);
  for (const b of shown) {
    expect(b.x, `${b.key} left edge`).to.be.at.least(0);
    expect(b.x + b.width, `${b.key} right edge`).to.be.at.most(width);
    expect(b.y, `${b.key} top`).to.be.at.least(24);
    expect(b.y + b.height, `${b.key} bottom`).to.be.at.most(height);
    for (const line of b.lines) expect(measure(line) + 4, `${b.key}: "${line}" fits its box`).to.be.at.most(b.width + 0.001);
    for (const other of shown) if (other !== b) expect(boxesOverlap(b, other), `${b.key} overlaps ${other.key}`).to.equal(false);
    for (const n of nodes) expect(boxesOverlap(b, n), `${b.key} covers node ${n.key}`).to.equal(false);
  }
}

describe('aid-flow-chart label layout', () => {
  for (const width of [320, 375, 680, 768, 1280]) {
    it(`keeps every label inside the canvas and apart from the others at ${width} px`, () => {
      for (const columns of [NO_AMOUNTS, USD]) {
        const nodes = geometry(width, columns);
        const boxes = layoutNodeLabels(nodes, options(width, 384));
        expect(boxes.map((b) => b.key)).to.deep.equal(nodes.map((n) => n.key));
        expectTidy(boxes, nodes, width, 384);
        // Every label of these views fits: none is hidden.
        expect(boxes.filter((b) => b.hidden).map((b) => b.key)).to.deep.equal([]);
      }
    });
  }

  it('keeps names whole where there is room (1280 px): first and last letters are drawn', () => {
    const boxes = layoutNodeLabels(geometry(1280, USD), options(1280, 384));
    expect(boxes.map((b) => b.lines)).to.deep.equal([['Japan', 'US$479.9 million'], ['Direct (no channel)', 'US$473 million'], ['UNICEF', 'US$6.9 million'], ['Indonesia', 'US$479.9 million']]);
    // The last column's label sits left of its node, the others right of theirs.
    expect(boxes.map((b) => b.side)).to.deep.equal(['right', 'right', 'right', 'left']);
  });

  it('wraps at spaces at 320 px, shortening only a word wider than the room', () => {
    const boxes = layoutNodeLabels(geometry(320, NO_AMOUNTS), options(320, 384));
    const jica = boxes.find((b) => b.key === '1:Japan International Cooperation Agency')!;
    expect(jica.lines.length).to.be.greaterThan(2);
    expect(jica.lines.join(' ').replace(/…/g, '')).to.match(/^Japan/);
    expect(boxes.find((b) => b.key === '2:Indonesia')!.lines).to.deep.equal(['Indonesia', '9 flows']);
  });

  it('moves labels of small neighbouring nodes apart instead of overprinting them', () => {
    // Two 4 px nodes 2 px apart: their centred labels would overlap by most of their height.
    const nodes: LabelNode[] = [
      { key: 'a', column: 0, x: 4, y: 100, width: NODE, height: 4, lines: ['4.15 million doses'] },
      { key: 'b', column: 0, x: 4, y: 106, width: NODE, height: 4, lines: ['2,722,930 doses'] },
      { key: 'c', column: 1, x: 300, y: 100, width: NODE, height: 10, lines: ['Indonesia'] },
    ];
    const boxes = layoutNodeLabels(nodes, options(320, 200));
    expectTidy(boxes, nodes, 320, 200);
    expect(boxes.every((b) => !b.hidden)).to.equal(true);
  });

  it('hides the smallest nodes’ labels rather than overprint when a column cannot hold them all', () => {
    const many = Array.from({ length: 12 }, (_, i) => [`Donor ${i}`, `${i + 1} flows`, 20 - i] as [string, string, number]);
    const nodes = geometry(375, [many, [['Indonesia', '78 flows', 300]]]);
    const boxes = layoutNodeLabels(nodes, options(375, 200));
    expectTidy(boxes, nodes, 375, 200);
    const hidden = boxes.filter((b) => b.hidden).map((b) => b.key);
    expect(hidden.length).to.be.greaterThan(0);
    // The largest nodes keep theirs.
    expect(hidden).not.to.include('0:Donor 0');
    expect(hidden).not.to.include('1:Indonesia');
  });

  it('wraps greedily and shortens an over-long word with an ellipsis', () => {
    expect(wrapLabel('Joint Working Group on Health', 100, measure)).to.deep.equal(['Joint Working', 'Group on', 'Health']);
    expect(wrapLabel('Supercalifragilistic', 50, measure)).to.deep.equal(['Superc…']);
  });
});
