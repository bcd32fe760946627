/**
 * The embed-code builder of the docs: picking an element and attributes by keyboard and pointer
 * updates a live preview (the real element, attributes set one by one) and the snippet (escaped
 * text); values the embed page would refuse are named and left out; copying uses the clipboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define/citation-badge.js';
import '../../src/define/reference-list.js';
import '../../src/define/actor-card.js';
import '../../src/define/cooperation-timeline.js';
import { EmbedCodeBuilder, buildSnippet, DROP_IN_SCRIPT_URL } from '../../src/embed/embed-code-builder.js';
import { parseEmbedParams } from '../../src/embed/embed-params.js';
import { settled, visibleText } from '../support/dom.js';
import { stubClipboard } from '../support/stubs.js';

EmbedCodeBuilder.define('kerjasama-embed-builder');

const PAGE = 'https://example.org/kj/embed.html';

class BuilderHarness {
  constructor(readonly element: EmbedCodeBuilder) {}
  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }
  q<T extends Element>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  }
  field<T extends HTMLElement = HTMLInputElement>(name: string): T {
    return this.q<T>(`#attr-${name}`);
  }
  get preview(): Element[] {
    return [...this.q('.preview').children];
  }
  get snippet(): string {
    return this.q<HTMLTextAreaElement>('#snippet').value;
  }
  error(name: string): string {
    const el = this.root.querySelector(`#attr-${name}-error`);
    return el ? visibleText(el) : '';
  }
  /** Focuses a control and presses keys. */
  async keys(target: HTMLElement, ...presses: ({ press: string } | { type: string })[]): Promise<void> {
    target.focus();
    for (const p of presses) await sendKeys(p);
    await settled(this.element);
  }
  /** Clicks a control with the pointer at its centre. */
  async click(target: HTMLElement): Promise<void> {
    target.scrollIntoView({ block: 'center' });
    const r = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await settled(this.element);
  }
}

async function builder(): Promise<BuilderHarness> {
  const el = await fixture<EmbedCodeBuilder>(html`<kerjasama-embed-builder embed-url=${PAGE}></kerjasama-embed-builder>`);
  await settled(el);
  return new BuilderHarness(el);
}

describe('<kerjasama-embed-builder>', () => {
  it('builds the preview and both snippets from choices made by keyboard and pointer', async () => {
    const h = await builder();
    expect(h.preview.map((e) => e.localName)).to.deep.equal(['cooperation-timeline']);

    await h.keys(h.q('#element'), { press: 'End' });
    expect(h.q<HTMLSelectElement>('#element').value).to.equal('reference-list');
    await h.keys(h.field('heading'), { type: 'Sources & notes' });
    await h.keys(h.field('heading-level'), { type: '2' });
    await h.keys(h.field<HTMLSelectElement>('format'), { press: 'ArrowDown' });
    await h.keys(h.field('all'), { press: 'Space' });

    const [preview, ...rest] = h.preview;
    expect(rest).to.have.length(0);
    expect(preview.localName).to.equal('reference-list');
    expect(preview.getAttribute('all')).to.equal('');
    expect(preview.getAttribute('format')).to.equal('author-date');
    expect(preview.getAttribute('heading')).to.equal('Sources & notes');
    expect(preview.getAttribute('heading-level')).to.equal('2');

    expect(h.snippet).to.equal(
      `<script type="module" src="${DROP_IN_SCRIPT_URL}"></script>\n` +
        '<reference-list all format="author-date" heading="Sources &amp; notes" heading-level="2"></reference-list>',
    );

    await h.click(h.q('#mode-iframe'));
    expect(h.q<HTMLInputElement>('#mode-iframe').checked).to.be.true;
    const query = 'element=reference-list&all&format=author-date&heading=Sources+%26+notes&heading-level=2';
    expect(h.snippet).to.equal(
      `<iframe src="${PAGE}?${query.replace(/&/g, '&amp;')}"\n` +
        '        title="Kerjasama: reference-list" width="100%" height="600" style="border:0"\n' +
        '        loading="lazy" data-kerjasama-embed></iframe>',
    );
    // The embed page reads the query back as the same attributes.
    const parsed = parseEmbedParams(query);
    expect(parsed.ok && parsed.request.attributes).to.deep.equal([
      ['all', ''],
      ['format', 'author-date'],
      ['heading', 'Sources & notes'],
      ['heading-level', '2'],
    ]);

    await h.click(h.q('#mode-script'));
    expect(h.snippet).to.match(/^<script type="module"/);
  });

  it('refuses invalid and hostile values visibly, leaves them out and never creates elements from them', async () => {
    const h = await builder();
    const scripts = document.querySelectorAll('script').length;
    await h.keys(h.q('#element'), { press: 'ArrowDown' }, { press: 'ArrowDown' });
    expect(h.q<HTMLSelectElement>('#element').value).to.equal('actor-card');

    await h.keys(h.field('actor'), { type: '"><script>alert(1)</script>' });
    expect(h.error('actor')).to.contain('Not accepted');
    expect(h.field('actor').getAttribute('aria-invalid')).to.equal('true');
    await h.keys(h.field('heading-level'), { type: '7' });
    expect(h.error('heading-level')).to.contain('Not accepted');

    expect(h.snippet).to.equal(`<script type="module" src="${DROP_IN_SCRIPT_URL}"></script>\n<actor-card></actor-card>`);
    const [card] = h.preview;
    // Once upgraded the card reflects its defaults (an empty actor, level 3); never the refused values.
    expect(card.getAttribute('actor') ?? '').to.equal('');
    expect(card.getAttribute('heading-level')).to.not.equal('7');
    expect(h.root.querySelectorAll('script, img')).to.have.length(0);
    expect(h.q('.preview').querySelectorAll('script')).to.have.length(0);
    expect(document.querySelectorAll('script').length).to.equal(scripts);

    // Correcting the value clears the message and takes it in.
    const actor = h.field('actor');
    actor.select();
    await h.keys(actor, { type: 'hotez' });
    expect(h.error('actor')).to.equal('');
    expect(h.preview[0].getAttribute('actor')).to.equal('hotez');
    expect(h.snippet).to.contain('<actor-card actor="hotez"></actor-card>');
  });

  it('escapes every attribute value in the snippet text, even unvalidated ones', () => {
    const hostile = '"><script>alert(1)</script>&';
    const snippet = buildSnippet('actor-card', [['actor', hostile]], 'script');
    expect(snippet).to.contain('<actor-card actor="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"></actor-card>');
    expect(snippet.match(/<script/g)).to.have.length(1);
    const iframe = buildSnippet('actor-card', [['actor', hostile]], 'iframe', PAGE);
    expect(iframe).to.contain(`src="${PAGE}?element=actor-card&amp;actor=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%26"`);
    expect(iframe).to.not.contain('<script');
  });

  describe('copying', () => {
    let clipboard: ReturnType<typeof stubClipboard>;
    beforeEach(() => (clipboard = stubClipboard()));
    afterEach(() => clipboard.restore());

    it('puts the snippet on the clipboard and says so politely', async () => {
      const h = await builder();
      await h.keys(h.field('countries'), { type: 'ID JP' });
      const button = h.q<HTMLButtonElement>('[part~="copy-button"]');
      await h.click(button);
      expect(clipboard.writes).to.deep.equal([h.snippet]);
      expect(h.snippet).to.contain('<cooperation-timeline countries="ID JP"></cooperation-timeline>');
      const status = h.q('[role="status"]');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(visibleText(status)).to.equal('Copied');
    });
  });

  it('passes axe, with an error shown and in iframe mode', async () => {
    const h = await builder();
    await expect(h.element).to.be.accessible();
    await h.keys(h.field('countries'), { type: 'IDN' });
    expect(h.error('countries')).to.contain('Not accepted');
    await h.click(h.q('#mode-iframe'));
    await expect(h.element).to.be.accessible();
  });
});
