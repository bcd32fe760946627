/**
 * The CSS minifier of the browser builds (scripts/lit-css-minify.ts): Chromium must parse every
 * style sheet of the elements (their lazy parts included) exactly as it parses the text as written.
 */
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import { minifyLitCss } from '../../scripts/lit-css-minify.js';
import { ELEMENT_TAGS } from '../../src/elements.js';
import '../../src/define/actor-card.js';
import '../../src/define/aid-flow-chart.js';
import '../../src/define/citation-badge.js';
import '../../src/define/cooperation-timeline.js';
import '../../src/define/kerjasama-data.js';
import '../../src/define/reference-list.js';
import { overviewStyles } from '../../src/components/cooperation-timeline/cooperation-timeline.overview.js';
import { contentStyles } from '../../src/components/aid-flow-chart/aid-flow-chart.content.styles.js';

/**
 * The rules as Chromium parsed them. Values with var() stay token lists, whitespace as written
 * (`var(--a, 0)`, a line break in a box-shadow list): whitespace between tokens means nothing there.
 */
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) => r.cssText.replace(/\s+/g, ' ').replace(/ ?, ?/g, ','));
}

const textOf = (s: CSSResultOrNative) => ('cssText' in s ? s.cssText : [...s.cssRules].map((r) => r.cssText).join('\n'));

describe('Lit css minifier', () => {
  it('keeps every element style sheet as Chromium parses it, only shorter', () => {
    const sheets = [overviewStyles, contentStyles, ...ELEMENT_TAGS.flatMap((tag) => (customElements.get(tag) as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles)];
    expect(sheets.length).to.be.greaterThan(ELEMENT_TAGS.length);
    for (const sheet of sheets) {
      const text = textOf(sheet);
      const minified = minifyLitCss(`css\`${text}\``).slice(4, -1);
      expect(parsed(minified)).to.deep.equal(parsed(text));
      expect(parsed(text).length).to.be.greaterThan(0);
      expect(minified.length).to.be.at.most(text.length);
    }
  });

  it('leaves interpolations, quoted strings and code outside css`…` alone', () => {
    const code = "const a = `x  { }`;\nconst s = css`\n  /* why */\n  .a > .b ,  .c :hover {\n    content: '▸  ' / '';\n    color: ${x ? css`red` : y};\n    margin: calc(1px + 2px);\n  }\n`;";
    expect(minifyLitCss(code)).to.equal("const a = `x  { }`;\nconst s = css`.a>.b,.c :hover{content:'▸  ' / '';color:${x ? css`red` : y};margin:calc(1px + 2px)}`;");
  });
});
