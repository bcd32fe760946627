import { html, css, nothing } from 'lit';
import { textLanguage } from '../../data/localized.js';
import { property } from 'lit/decorators.js';
import { KerjasamaElement } from '../../base/kerjasama-element.js';
import type { DatasetNeeds } from '../../controllers/dataset-controller.js';
import type { CitationScope } from '../../context/citation-scope.js';
import { CitationScopeController } from '../../controllers/citation-scope-controller.js';
import { IdleController } from '../../controllers/idle-controller.js';
import type { ElementDatasetState } from '../../context/dataset-context.js';
import { getSource } from '../../data/lookups.js';
import type { CitationStyle } from '../../data/vocabulary.js';
import { heading } from '../../internal/heading.js';
import { clampLevel } from '../../internal/heading-level.js';
import { hasStrings } from '../../i18n/string-tables.js';
import { allowedValue, choiceProperty } from '../../base/attribute-contract.js';
import { referenceListAttributes as contract, type ReferenceFormat } from './reference-list.options.js';
import { renderReference } from '../../internal/render-reference.js';
import { buildReferenceItems, collatorFor, type ReferenceItem } from './reference-list.view.js';
import { t, type Strings } from '../../i18n/strings.js';

let nextId = 0;
const plannedIds = new WeakMap<HTMLElement, string>();

/**
 * The id a backlink targets: the badge's own, else one of ours, written on the badge only when a
 * reader reaches for the link (`claimTarget`: pointer over it, or focus). Rendering the list then
 * leaves the page's markup as written: React hydrating a server-rendered page finds the
 * attributes it rendered, not an id it reports as a mismatch.
 */
function targetId(el: HTMLElement): string {
  if (el.id) return el.id;
  let id = plannedIds.get(el);
  if (!id) plannedIds.set(el, (id = `kj-cite-${++nextId}`));
  return id;
}

function claimTarget(el: HTMLElement): void {
  if (!el.id) el.id = targetId(el);
}

/**
 * The references cited by the citation badges in its scope (its `<kerjasama-data>` provider,
 * or the document), with links back to each place they are cited; or, with `all`, the whole
 * bibliography of the dataset or of one `source`.
 *
 * @tagname reference-list
 * @summary List of references, in citation or alphabetical order.
 * @csspart heading - The heading.
 * @csspart list - The list.
 * @csspart item - One reference.
 * @csspart backlink - A link back to a place the reference is cited.
 * @cssprop --kj-color-accent - Link colour.
 * @cssprop --kj-color-text - Text colour.
 * @cssprop --kj-font-family - Font (a system sans-serif stack by default).
 */
export class ReferenceList extends KerjasamaElement {
  static override readonly tag = 'reference-list';

  // Shows more than the placeholders: all of its locale's strings (and English's, imported here).
  protected override get strings(): Strings {
    return t(this.locale);
  }

  // Its first render is the bibliography entries.
  static override datasetNeeds: DatasetNeeds = { core: ['citations'], detail: ['citations'] };
  static override styles = [
    ...KerjasamaElement.styles,
    css`
      :host {
        display: block;
      }
      h1, h2, h3, h4, h5, h6 {
        margin: 0 0 0.5rem;
        font-size: var(--_text-heading);
      }
      ol,
      ul {
        margin: 0;
        padding-inline-start: 2.2em;
      }
      ul {
        list-style: none;
        padding-inline-start: 0;
      }
      ul li {
        padding-inline-start: 2em;
        text-indent: -2em;
      }
      li {
        margin-block-end: 0.5rem;
        line-height: var(--_leading);
      }
      a {
        color: var(--_accent);
      }
      /* Underlined: colour alone does not tell a link from the text around it (WCAG 1.4.1). */
      .backlinks a {
        margin-inline-start: 0.35em;
        text-decoration: underline;
        text-underline-offset: 0.15em;
      }
      .backlinks a:hover {
        text-decoration-thickness: 2px;
      }
      .empty,
      .in-text-only {
        color: var(--_muted);
      }
      @media print {
        .backlinks {
          display: none;
        }
        a {
          color: inherit;
        }
      }
    `,
  ];

  /** Lists the whole bibliography (of the dataset, or of `source`) instead of what is cited. */
  @property({ type: Boolean, reflect: true }) all = false;
  /** With `all`: only the works cited by this source document (e.g. `000_4396ecaf486911db`). */
  @property({ reflect: true }) source?: string;
  /** `numeric` (citation order, numbered) or `author-date` (alphabetical, the default); any other value renders as the default, with a warning. */
  @property(choiceProperty(contract.format)) format: ReferenceFormat = contract.format.fallback;
  /** `apa` (default), `chicago` or `mla`; any other value renders as the default, with a warning. */
  @property(choiceProperty(contract['citation-style'], 'citation-style')) citationStyle: CitationStyle = contract['citation-style'].fallback;
  /** Heading text; the default is "References" in the page's language. `none` (or empty) leaves the heading out, for a page that has its own. */
  @property() heading?: string;
  /** Heading level, 1–6 (default 2; others clamp into that range). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number = contract['heading-level'].fallback;

  // Scoped by the shadow root; the same on server and client, so a server render hydrates.
  private readonly headingId = 'kj-references';
  private readonly citations = new CitationScopeController(this, {
    provided: () => this.datasetState.scope,
    onChange: () => this.requestUpdate(),
  });

  private get scope(): CitationScope | undefined {
    return this.citations.scope;
  }

  // A list usually closes an article: it loads its entries (and its sort order) once the page is
  // idle, after the citations it lists have rendered, not in the tasks that render them.
  private readonly idleness = new IdleController(this);
  // Read by the dataset controller, which holds the entries' load until then.
  protected get loadsHeld(): boolean {
    return !this.idleness.idle;
  }

  protected override datasetChanged(state: ElementDatasetState, previous: ElementDatasetState): void {
    this.citations.follow();
    super.datasetChanged(state, previous);
  }

  protected override updated(): void {
    // While its data loads, the collation data an alphabetical list sorts with (tens of ms the
    // first time on a page), in a task of its own: not after the data, on the way to the first paint.
    if (this.datasetState.status === 'loading' && !this.loadsHeld && (this.all || this.format !== 'numeric')) setTimeout(() => collatorFor(this.locale));
  }

  protected override render() {
    const st = this.datasetState;
    const s = this.strings;
    // Before the page's string table arrives the heading holds its place without words (never
    // the English one on, say, a Japanese page).
    const title = contract.heading.keywords.includes(this.heading as 'none') ? '' : (this.heading ?? (hasStrings(this.locale) ? s.references : '\u00a0'));
    const head = title ? heading(clampLevel(this.headingLevel, contract['heading-level'], (k, m) => this.warnOnce(k, m)), this.headingId, title) : nothing;
    if (st.status !== 'ready') {
      return html`<section class="kj-root" aria-labelledby=${title ? this.headingId : nothing} aria-busy=${st.status === 'loading' ? 'true' : 'false'}>${head}<p class="empty">${st.status === 'loading' ? s.loading : s.dataUnavailable}</p></section>`;
    }
    if (this.all && this.source && !getSource(st.dataset, this.source)) {
      this.warnOnce(`source:${this.source}`, `unknown source "${this.source}"; listing nothing.`);
    }
    // The attributes' values if allowed, else their defaults (the attributes stay as written).
    const warn = (key: string, message: string) => this.warnOnce(key, message);
    const numeric = allowedValue('format', contract.format, this.format, warn) === 'numeric';
    const style = allowedValue('citation-style', contract['citation-style'], this.citationStyle, warn);
    const items = buildReferenceItems(st.dataset, {
      all: this.all,
      source: this.source,
      numeric,
      style,
      locale: this.locale,
      text: textLanguage(st.dataset, this.pageLang),
      cited: this.scope?.citedInOrder() ?? [],
    });
    const list = items.map((item) => this.renderItem(item, numeric && !this.all));
    return html`<section class="kj-root" aria-labelledby=${title ? this.headingId : nothing}>
      ${head}
      ${!items.length
        ? html`<p class="empty">${s.noReferences}</p>`
        : numeric && !this.all
          ? html`<ol part="list">${list}</ol>`
          : html`<ul part="list">${list}</ul>`}
    </section>`;
  }

  private renderItem(item: ReferenceItem, numbered: boolean) {
    const places = this.all ? [] : (this.scope?.placesCiting(item.id) ?? []);
    return html`<li part="item" id=${`${this.headingId}-${item.id}`} value=${numbered && item.number ? item.number : nothing} lang=${item.lang ?? nothing}>
      ${renderReference(item.segments, item.citation)}
      ${item.citation.inBibliography === false
        ? html` <span class="in-text-only" lang=${item.lang ? this.locale : nothing}>${this.strings.citedInTextOnly}</span>`
        : nothing}
      ${places.length
        ? html`<span class="backlinks" lang=${item.lang ? this.locale : nothing}>${places.map((el, i) => {
            const claim = () => claimTarget(el);
            return html`<a part="backlink" href=${`#${targetId(el)}`} aria-label=${this.strings.backToCitation(i + 1)} @pointerenter=${claim} @focus=${claim} @click=${(e: Event) => this.goTo(e, el)}
              >↩<sup>${i + 1}</sup></a
            >`;
          })}</span>`
        : nothing}
    </li>`;
  }

  private goTo(e: Event, el: HTMLElement): void {
    e.preventDefault();
    claimTarget(el);
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-list': ReferenceList;
  }
}
