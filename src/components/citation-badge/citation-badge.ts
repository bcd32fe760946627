import { html, css, nothing, type PropertyValues } from 'lit';
import { popoverBoxStyles } from '../../styles/popover-box.js';
import { textLanguage } from '../../data/localized.js';
import { property, state } from 'lit/decorators.js';
import { KerjasamaElement } from '../../base/kerjasama-element.js';
import type { DatasetNeeds } from '../../controllers/dataset-controller.js';
import { ColdPopoverController } from '../../controllers/cold-popover-controller.js';
import type { CitationScope, CitingElement } from '../../context/citation-scope.js';
import { CitationScopeController } from '../../controllers/citation-scope-controller.js';
import type { ElementDatasetState } from '../../context/dataset-context.js';
import { getCitation } from '../../data/lookups.js';
import type { CitationStyle } from '../../data/schema.js';
import { DEFAULT_CITATION_STYLE } from '../../data/citation-styles.js';
import { loadsSettled } from '../../controllers/lazy-module-controller.js';
import type * as Popover from './citation-badge.popover.js';
import { buildBadgeView, parseRefs, type BadgeReference } from './citation-badge.view.js';
import { citationBadgeAttributes as contract, type BadgeFormat } from './citation-badge.options.js';
import { allowedValue, choiceProperty } from '../../base/attribute-contract.js';

/**
 * An inline citation marker — "(Hotez, 2014)" or "[3]" — that opens an accessible popover with
 * the formatted reference, its link, the verbatim evidence quote and copy buttons. Text written
 * inside it (the citation) shows until it renders, for readers without JavaScript, and keeps the
 * line from reflowing; the marker then replaces it.
 *
 * @tagname citation-badge
 * @summary Inline citation marker with an accessible reference popover.
 * @csspart marker - The marker button.
 * @csspart popover - The popover with the reference.
 * @csspart reference - One formatted reference inside the popover.
 * @csspart quote - An evidence quote from a source document.
 * @csspart copy-button - A copy button.
 * @cssprop --kj-color-accent - Marker and link colour.
 * @cssprop --kj-color-background - Popover background.
 * @cssprop --kj-color-text - Text colour.
 * @cssprop --kj-color-border - Popover border.
 * @cssprop --kj-color-focus - Focus ring.
 * @cssprop --kj-font-family - Font (a system sans-serif stack by default).
 */
export class CitationBadge extends KerjasamaElement implements CitingElement {
  static override readonly tag = 'citation-badge';

  // The marker sits in the author's sentence: it takes the sentence's font and line height, not
  // the system stack the blocks (and its popover) use, so the line does not change when the badge
  // renders, and a marker that wraps keeps the sentence's line spacing.
  static override styles = [
    ...KerjasamaElement.styles,
    popoverBoxStyles,
    css`
      :host {
        display: inline;
      }
      .badge {
        display: inline;
        font-family: var(--kj-font-family, inherit);
        line-height: inherit;
      }
      .marker {
        display: inline;
        margin: 0;
        padding: 0 0.1em;
        border: 0;
        background: none;
        color: var(--_accent);
        font: inherit;
        line-height: inherit;
        text-decoration: underline dotted;
        text-underline-offset: 0.2em;
        cursor: pointer;
        /* A button is an atomic inline box: a short marker never splits across lines, and a
           very long one (a 10 000-character name) wraps inside it instead of widening the page. */
        max-width: 100%;
        overflow-wrap: anywhere;
        text-align: start;
      }
      .marker:is(:hover, [aria-expanded='true']) {
        text-decoration-style: solid;
      }
      .unknown {
        color: var(--_danger);
        cursor: help;
      }
      .loading {
        color: var(--_muted);
      }
      /* An atomic box like the button that replaces it: the line breaks the same way before and after
         (and as the README's rule for citation-badge:not(:defined) does before the script runs). */
      span.marker.loading,
      slot.waiting {
        display: inline-block;
      }
      slot.waiting {
        padding: 0 0.1em;
        max-width: 100%;
        overflow-wrap: anywhere;
      }
    `,
  ];

  // The marker shows in-text labels (APA's are core, the other styles' a small shard of their
  // own); the popover, bibliography entries, links, quotes and their sources.
  static override datasetNeeds: DatasetNeeds = { core: ['citations'] };
  private static readonly styledNeeds: DatasetNeeds = { core: ['citations'], styles: ['citations'] };
  private static readonly popoverNeeds: DatasetNeeds = { core: ['sources'], detail: ['citations'] };

  /** One or more citation ids, separated by spaces, e.g. `panda-2022 hotez-2014`. */
  @property({ reflect: true }) cite?: string;
  /**
   * The old name of `cite`, read when `cite` is absent; plain HTML written with it keeps working.
   * React and Vue reserve `ref` for themselves (a React 19 app crashes, Vue takes it as its template
   * ref), so write `cite`.
   * @deprecated Use `cite`.
   */
  @property() ref?: string;
  /** `author-date` (the default, "(Hotez, 2014)") or `numeric` ("[3]"); any other value renders as the default, with a warning. */
  @property(choiceProperty(contract.format)) format: BadgeFormat = 'author-date';
  /** Reference style in the popover: `apa` (APA 7, the default), `chicago` or `mla`; any other value renders as the default, with a warning. */
  @property(choiceProperty(contract['citation-style'], 'citation-style')) citationStyle: CitationStyle = 'apa';

  // What renders: the attributes' values if allowed, else their defaults (the attributes stay as
  // written; an unknown value warns once).
  private get shownFormat(): BadgeFormat {
    return allowedValue('format', contract.format, this.format, this.warn);
  }
  private get shownStyle(): CitationStyle {
    return allowedValue('citation-style', contract['citation-style'], this.citationStyle, this.warn);
  }
  // One per badge: the shown values are read on every read of its state.
  private readonly warn = (key: string, message: string) => this.warnOnce(key, message);

  @state() private copyStatus = '';

  private readonly citing = new CitationScopeController(this, {
    provided: () => this.datasetState.scope,
    member: true,
    onChange: () => {
      if (this.shownFormat === 'numeric') this.requestUpdate();
    },
  });

  private get scope(): CitationScope | undefined {
    return this.citing.scope;
  }
  // The popover's behaviour (hover, pinning, Escape from inside, placement), styles and content
  // come on intent, with its entries: pointer over or focus on the marker, or its opening.
  private readonly referencePopover = new ColdPopoverController<typeof Popover>(this, {
    key: 'citation-badge.popover',
    load: () => import('./citation-badge.popover.js'),
    trigger: () => this.renderRoot?.querySelector<HTMLElement>('.marker[aria-controls]'),
    prefetch: () => void this.data.ensure(CitationBadge.popoverNeeds),
  });

  protected override get datasetNeeds(): DatasetNeeds {
    return this.shownStyle === DEFAULT_CITATION_STYLE ? CitationBadge.datasetNeeds : CitationBadge.styledNeeds;
  }

  /** What the badge cites, as written: `cite`, else the old `ref`. */
  private get citeValue(): string {
    return this.cite || this.ref || '';
  }

  /** Known citation ids this badge cites (unknown ids take no number). */
  get citedIds(): readonly string[] {
    const st = this.datasetState;
    if (st.status !== 'ready') return [];
    return parseRefs(this.citeValue).filter((id) => getCitation(st.dataset, id));
  }

  /** Whether the reference popover is open. */
  get open(): boolean {
    return this.referencePopover.open;
  }

  /** Focuses the marker (reference lists link back to it). */
  override focus(options?: FocusOptions): void {
    const marker = this.renderRoot?.querySelector<HTMLElement>('.marker');
    if (marker?.tagName === 'BUTTON') marker.focus(options);
    else super.focus(options);
  }

  /** Opens the reference popover. */
  show(): void {
    this.referencePopover.show();
  }

  /** Closes the reference popover. */
  hide(): void {
    this.referencePopover.hide();
  }

  protected override datasetChanged(state: ElementDatasetState, previous: ElementDatasetState): void {
    this.citing.follow();
    this.scope?.changed();
    super.datasetChanged(state, previous);
  }

  /**
   * On a cold page the first render waits up to 100 ms for the shards it shows (they usually come
   * within a few frames): each badge then renders its marker once, instead of the loading state,
   * a style and layout pass for 200 of them, then the marker. Meanwhile a bare slot shows the
   * citation written inside, as before the script ran; a slower load shows the loading state.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.datasetState.status !== 'loading') return super.scheduleUpdate();
    const root = this.renderRoot;
    const slot = root.firstChild ? undefined : root.appendChild(document.createElement('slot'));
    // Inline, the citation could break across lines where the marker will not: the text after it would move.
    slot?.classList.add('waiting');
    return Promise.race([loadsSettled(this), waitedEnough()]).then(() => {
      slot?.remove();
      return super.scheduleUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The scope already counted this badge when it joined; only a later change of what it cites renumbers.
    if ((changed.has('cite') || changed.has('ref')) && this.hasUpdated) this.scope?.changed();
  }

  protected override render() {
    const st = this.datasetState;
    const s = this.strings;
    if (st.status === 'loading') {
      // The citation written inside the badge keeps its place (no reflow when the marker arrives).
      return html`<span class="kj-root marker loading" part="marker"><slot>[…]</slot><span class="visually-hidden">${s.loading}</span></span>`;
    }
    if (st.status === 'error') {
      return html`<span class="kj-root marker unknown" part="marker" title=${s.dataUnavailable}>[?]<span class="visually-hidden">${s.dataUnavailable}</span></span>`;
    }
    const ids = parseRefs(this.citeValue);
    const view = buildBadgeView(st.dataset, ids, {
      format: this.shownFormat,
      style: this.shownStyle,
      locale: this.locale,
      numberOf: (id) => this.scope?.numberOf(id),
      translatedLabel: s.translatedTitle,
      text: textLanguage(st.dataset, this.pageLang),
      details: this.open,
    });
    // A detached badge (removed with its provider while it waited) sees the bundled dataset, not
    // its own: its ids are checked when it is back in the page.
    if (this.isConnected) {
      const attribute = this.cite ? 'cite' : 'ref';
      for (const id of view.unknown) this.warnOnce(`unknown:${id}`, `unknown citation id "${id}" in ${attribute}="${this.citeValue}".`);
      if (!ids.length) this.warnOnce('empty', 'the cite attribute names no citation id.');
    }

    const unknownText = view.unknown.map((id) => s.unknownReference(id)).join('; ') || (ids.length ? '' : s.unknownReference(''));
    if (!view.references.length) {
      return html`<span class="kj-root marker unknown" part="marker" title=${unknownText}>[?]<span class="visually-hidden">(${unknownText})</span></span>`;
    }
    const description =
      this.shownFormat === 'numeric' ? view.references.map((r) => r.inText).join('; ') : '';
    // The usual marker, without italics, is text: not an array, whose parts would add two comment
    // nodes to each of 200 markers. Nor does the template leave whitespace text nodes.
    const segments = view.markerSegments;
    const marker = segments.some((seg) => seg.italic) ? segments.map((seg) => (seg.italic ? html`<i>${seg.text}</i>` : seg.text)) : view.marker;
    // A div (inline, as the host is): the popover holds blocks, which a span may not contain.
    // The popover's id is scoped by the shadow root (the same on server and client, so a server render hydrates).
    return html`<div class="kj-root badge"
      ><button
        class="marker"
        part="marker"
        type="button"
        aria-controls="kj-badge-popover"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-haspopup="dialog"
        popovertarget="kj-badge-popover"
        @pointerenter=${this.referencePopover.intent}
        @focus=${this.referencePopover.intent}
      >${marker}${description ? html`<span class="visually-hidden"> ${description}</span>` : nothing}${unknownText
          ? html`<span class="visually-hidden"> (${unknownText})</span>`
          : nothing}</button
      ><div
        id="kj-badge-popover"
        class="popover kj-root"
        part="popover"
        popover="auto"
        role="dialog"
        aria-label=${view.references.length > 1 ? s.references : s.reference}
        @toggle=${this.referencePopover.onToggle}
      >${this.open ? this.renderPopoverContent(view.references, unknownText) : nothing}</div
      ></div
    >`;
  }

  private renderPopoverContent(references: BadgeReference[], unknownText: string) {
    // Cold page: the entries and their code are on their way (the hover or focus before opening asked for them).
    const status = this.data.statusOf(CitationBadge.popoverNeeds);
    const content = this.referencePopover.code.value;
    if (status === 'error' || this.referencePopover.code.error !== undefined) return html`<p class="loading" role="status">${this.strings.dataUnavailable}</p>`;
    if (status !== 'ready' || !content) return html`<p class="loading" role="status">${this.strings.loading}</p>`;
    return content.renderPopoverContent(references, unknownText, {
      numeric: this.shownFormat === 'numeric',
      style: this.shownStyle,
      locale: this.locale,
      status: this.copyStatus,
      copied: (status) => (this.copyStatus = status),
    });
  }
}

let patience: Promise<void> | undefined;
/** Settles 100 ms after the first badge began waiting: one timer for every badge waiting with it. */
function waitedEnough(): Promise<void> {
  return (patience ??= new Promise((resolve) =>
    setTimeout(() => {
      patience = undefined;
      resolve();
    }, 100),
  ));
}

declare global {
  interface HTMLElementTagNameMap {
    'citation-badge': CitationBadge;
  }
}
