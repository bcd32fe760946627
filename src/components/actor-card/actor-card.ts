import { html, css, nothing, type PropertyValues } from 'lit';
import { popoverBoxStyles } from '../../styles/popover-box.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { textLanguage } from '../../data/localized.js';
import { property, state } from 'lit/decorators.js';
import { KerjasamaElement } from '../../base/kerjasama-element.js';
import type { DatasetNeeds } from '../../controllers/dataset-controller.js';
import { ColdPopoverController } from '../../controllers/cold-popover-controller.js';
import type * as Hovercard from './actor-card.hovercard.js';
import { KjSelectEvent } from '../../events.js';
import { heading } from '../../internal/heading.js';
import { clampLevel } from '../../internal/heading-level.js';
import { allowedValue, choiceProperty } from '../../base/attribute-contract.js';
import { actorCardAttributes as contract, type ActorVariant } from './actor-card.options.js';
import { actorJsonLd, buildActorView, type ActorView } from './actor-card.view.js';
import { CitationBadge } from '../citation-badge/citation-badge.js';
import { t, type Strings } from '../../i18n/strings.js';

/** Items a related list shows before "Show N more" (one more shows instead of the button). */
const LIST_SHOWN = 5;

/** Marks the JSON-LD script the card keeps in its light DOM (server rendering writes the same). */
export const LD_MARKER = 'data-kerjasama-ld';

/**
 * The profile of a person or organisation: names, kind, country, role, related events and
 * flows, and a button that opens the evidence quotes with citation badges to their sources.
 * As a `chip`, an inline name that opens the same profile in an accessible hovercard.
 *
 * @tagname actor-card
 * @summary Profile of an actor, as a card or an inline chip.
 * @csspart card - The profile.
 * @csspart name - The actor's name.
 * @csspart chip - The chip button (variant chip).
 * @csspart popover - The hovercard (variant chip).
 * @csspart event-button - A related event; activating it fires `kj-select`.
 * @csspart evidence-button - Shows or hides the evidence quotes (loaded when pointed at or focused).
 * @csspart quote - An evidence quote from a source document.
 * @csspart more-button - Shows the rest of a long list of related events or flows.
 * @fires kj-select - A related event was chosen: `detail` is `{ type: 'event', id }`.
 * @cssprop --kj-color-surface - Card background.
 * @cssprop --kj-color-border - Card border.
 * @cssprop --kj-color-accent - Chip and link colour.
 * @cssprop --kj-color-text - Text colour.
 * @cssprop --kj-color-muted - Secondary text.
 * @cssprop --kj-radius - Corner radius.
 * @cssprop --kj-font-family - Font (a system sans-serif stack by default).
 */
export class ActorCard extends KerjasamaElement {
  static override readonly tag = 'actor-card';

  // Shows more than the placeholders: all of its locale's strings (and English's, imported here).
  protected override get strings(): Strings {
    return t(this.locale);
  }
  // Rendered in its shadow root: registering this element registers them.
  static override readonly dependencies = [CitationBadge];

  // A chip shows the name; the card (and the chip's hovercard) the profile; its evidence quotes
  // open on a button.
  static override datasetNeeds: DatasetNeeds = { core: ['actors', 'events', 'flows', 'citations', 'sources'] };
  private static readonly chipNeeds: DatasetNeeds = { core: ['actors'] };
  private static readonly evidenceNeeds: DatasetNeeds = { detail: ['actors'] };

  /** Whether the evidence quotes are shown. */
  @state() private evidenceOpen = false;
  /** Lists ("events", "flows") shown in full after "Show N more". */
  @state() private expanded = new Set<string>();
  // A chip sits in the author's sentence and takes its font; the card and the hovercard use the
  // system stack (theme.ts) unless --kj-font-family says otherwise.
  static override styles = [
    ...KerjasamaElement.styles,
    popoverBoxStyles,
    css`
      :host {
        display: block;
        max-width: 100%;
      }
      :host([variant='chip']) {
        display: inline;
      }
      .card {
        display: block;
        min-width: 0;
        padding: 0.9rem 1rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        line-height: var(--_leading);
      }
      .popover .card {
        padding: 0;
        border: 0;
        background: none;
      }
      h1, h2, h3, h4, h5, h6 {
        margin: 0 0 0.25rem;
        font-size: var(--_text-heading);
        line-height: 1.25;
      }
      .alt {
        margin: 0 0 0.5rem;
        color: var(--_muted);
      }
      dl {
        display: grid;
        grid-template-columns: max-content minmax(0, 1fr);
        gap: 0.2rem 0.75rem;
        margin: 0 0 0.75rem;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
      .related h4,
      .related p.count,
      .evidence-toggle {
        margin: var(--_space) 0 var(--_space-xs);
        font-size: 1em;
        font-weight: var(--_weight-strong);
      }
      /* No markers: a button wraps as one box, so a marker would sit beside its last line. */
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        margin-block-end: var(--_space-xs);
      }
      .more {
        padding: 0;
        border: 0;
        background: none;
        color: var(--_accent);
        text-decoration: underline;
        cursor: pointer;
      }
      .event-button {
        display: inline;
        padding: 0;
        border: 0;
        background: none;
        color: var(--_accent);
        text-align: start;
        text-decoration: underline;
        cursor: pointer;
      }
      .date {
        color: var(--_muted);
        white-space: nowrap;
      }
      .evidence-toggle {
        display: block;
        padding: 0;
        border: 0;
        background: none;
        color: var(--_accent);
        font-family: inherit;
        text-align: start;
        cursor: pointer;
      }
      .evidence-toggle::before {
        content: '▸ ' / '';
      }
      .evidence-toggle[aria-expanded='true']::before {
        content: '▾ ' / '';
      }
      blockquote {
        margin: 0.25rem 0 0.5rem;
        padding-inline-start: 0.6rem;
        border-inline-start: 3px solid var(--_border);
      }
      .chip-wrap,
      .chip-loading,
      .message-inline {
        display: inline;
        font-family: var(--kj-font-family, inherit);
      }
      .chip {
        display: inline;
        margin: 0;
        padding: 0 0.25em;
        border: 1px solid var(--_border);
        border-radius: 999px;
        background: var(--_surface);
        color: var(--_accent);
        font: inherit;
        line-height: inherit;
        cursor: pointer;
      }
      /* While loading: the name written inside, in a box the size of the chip that replaces it. */
      .chip-loading {
        display: inline-block;
        padding: 0 0.25em;
        border: 1px solid transparent;
      }
      .chip[aria-expanded='true'] {
        border-color: var(--_accent);
      }
      @media (max-width: 360px) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  /** The actor's id in the dataset, e.g. `jica`. */
  @property({ reflect: true, useDefault: true }) actor = '';
  /** `card` (the default, a full profile) or `chip` (an inline name with a hovercard); any other value renders as the default, with a warning. */
  @property(choiceProperty(contract.variant)) variant: ActorVariant = contract.variant.fallback;
  /** Heading level of the actor's name in the card, 1–6 (default 3; others clamp into that range). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number = contract['heading-level'].fallback;
  /** Emit schema.org JSON-LD (`Person`/`Organization`) into the light DOM for search engines. */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  // Scoped by the shadow root; the same on server and client, so a server render hydrates.
  private readonly uid = 'kj-actor';
  // The chip's hovercard behaviour and styles load on intent, with its profile, as the badge's
  // popover does.
  private readonly hovercard = new ColdPopoverController<typeof Hovercard>(this, {
    key: 'actor-card.hovercard',
    load: () => import('./actor-card.hovercard.js'),
    trigger: () => this.renderRoot?.querySelector<HTMLElement>('.chip'),
    prefetch: () => void this.data.ensure(ActorCard.datasetNeeds),
  });

  protected override get datasetNeeds(): DatasetNeeds {
    return this.shownVariant === 'chip' ? ActorCard.chipNeeds : ActorCard.datasetNeeds;
  }

  /** What renders: `variant` if allowed, else the default (the attribute stays as written). */
  private get shownVariant(): ActorVariant {
    return allowedValue('variant', contract.variant, this.variant, (key, message) => this.warnOnce(key, message));
  }


  /** Whether the chip's hovercard is open. */
  get open(): boolean {
    return this.hovercard.open;
  }

  /** Opens the chip's hovercard. */
  show(): void {
    this.hovercard.show();
  }

  /** Closes the chip's hovercard. */
  hide(): void {
    this.hovercard.hide();
  }

  protected override render() {
    const st = this.datasetState;
    const s = this.strings;
    const chip = this.shownVariant === 'chip';
    if (st.status !== 'ready') {
      const text = st.status === 'loading' ? s.loading : s.dataUnavailable;
      if (!chip) return html`<div class="kj-root card" part="card" aria-busy=${st.status === 'loading' ? 'true' : 'false'}><p>${text}</p></div>`;
      // A chip whose data failed keeps the name written inside and says so, as a badge does.
      return st.status === 'loading'
        ? html`<span class="kj-root chip-loading" aria-busy="true"><slot>…</slot></span>`
        : html`<span class="kj-root message-inline" title=${text}><slot>…</slot> [?]<span class="visually-hidden"> ${text}</span></span>`;
    }
    const view = buildActorView(st.dataset, this.actor, this.locale, textLanguage(st.dataset, this.pageLang));
    if (!view) {
      this.warnOnce(`unknown:${this.actor}`, `unknown actor id "${this.actor}".`);
      const text = s.actorNotFound(this.actor);
      return chip
        ? html`<span class="kj-root message-inline" role="status" title=${text}><slot>${s.unknownActor}</slot> [?]<span class="visually-hidden"> ${text}</span></span>`
        : html`<div class="kj-root card" part="card"><p class="message" role="status">${text}</p></div>`;
    }
    if (!chip) return html`<article class="kj-root card" part="card" aria-labelledby=${`${this.uid}-name`}>${this.renderProfile(view)}</article>`;
    const open = this.open;
    // A div (inline, as the chip is): the hovercard holds blocks, which a span may not contain.
    return html`<div class="kj-root chip-wrap"
      ><button class="chip" part="chip" type="button" aria-controls=${`${this.uid}-pop`} aria-expanded=${open ? 'true' : 'false'} aria-haspopup="dialog" popovertarget=${`${this.uid}-pop`} @pointerenter=${this.hovercard.intent} @focus=${this.hovercard.intent}>
        ${view.name}</button
      ><div id=${`${this.uid}-pop`} class="popover kj-root" part="popover" popover="auto" role="dialog" aria-labelledby=${`${this.uid}-name`} @toggle=${this.hovercard.onToggle}>
        ${open ? this.renderHovercard(view) : html`<span id=${`${this.uid}-name`}>${view.name}</span>`}
      </div></div
    >`;
  }

  private renderHovercard(view: ActorView) {
    // Cold page: the profile is on its way (the hover or focus before opening asked for it).
    const status = this.data.statusOf(ActorCard.datasetNeeds);
    if (status === 'ready') return html`<div class="card">${this.renderProfile(view)}</div>`;
    return html`<span id=${`${this.uid}-name`}>${view.name}</span>
      <p class="loading" role="status">${status === 'error' ? this.strings.dataUnavailable : this.strings.loading}</p>`;
  }

  private renderProfile(v: ActorView) {
    const s = this.strings;
    return html`
      ${heading(clampLevel(this.headingLevel, contract['heading-level'], (k, m) => this.warnOnce(k, m)), `${this.uid}-name`, v.name, 'name')}
      ${v.altNames.length ? html`<p class="alt">${s.alsoKnownAs}: ${v.altNames.map((n, i) => html`${i ? ', ' : ''}<bdi>${n}</bdi>`)}</p>` : nothing}
      <dl>
        <dt>${s.kind}</dt>
        <dd>${v.kind}</dd>
        ${v.country ? html`<dt>${s.country}</dt><dd>${v.country}</dd>` : nothing}
        <dt>${s.role}</dt>
        <dd lang=${ifDefined(v.roleLang)}>${v.role}</dd>
      </dl>
      ${v.events.length || v.flows.length
        ? html`<div class="related">
            ${this.renderList('events', s.relatedEvents(v.events.length), v.events, (e) => html`<button type="button" class="event-button" part="event-button" @click=${() => this.dispatchEvent(new KjSelectEvent({ type: 'event', id: e.id }))}>
                  <span lang=${ifDefined(e.titleLang)}>${e.title}</span></button
                ><span class="date"> · ${e.date}</span>`)}
            ${this.renderList('flows', s.relatedFlows(v.flows.length), v.flows, (f) => html`${f.summary}<span class="date"> · ${f.date}</span>`)}
          </div>`
        : nothing}
      ${v.evidence.length ? this.renderEvidence(v) : nothing}
    `;
  }

  /** A counted list, none when empty; past LIST_SHOWN items the rest waits behind "Show N more". */
  private renderList<T>(key: string, title: string, items: readonly T[], item: (value: T) => unknown) {
    if (!items.length) return nothing;
    const all = this.expanded.has(key) || items.length <= LIST_SHOWN + 1;
    const shown = all ? items : items.slice(0, LIST_SHOWN);
    return html`<p class="count">${title}</p>
      <ul class=${key}>
        ${shown.map((value) => html`<li>${item(value)}</li>`)}
      </ul>
      ${all ? nothing : html`<button type="button" class="more" part="more-button" @click=${() => this.showAll(key)}>${this.strings.showMore(items.length - LIST_SHOWN)}</button>`}`;
  }

  /** Shows a whole list and moves focus to its first newly shown item (the button is gone). */
  private async showAll(key: string): Promise<void> {
    this.expanded = new Set(this.expanded).add(key);
    await this.updateComplete;
    const first = this.renderRoot.querySelector(`ul.${key} > li:nth-child(${LIST_SHOWN + 1})`);
    const target = first?.querySelector<HTMLElement>('button') ?? (first as HTMLElement | null);
    if (target && !target.matches('button')) target.tabIndex = -1;
    target?.focus();
  }

  private renderEvidence(v: ActorView) {
    const s = this.strings;
    const open = this.evidenceOpen;
    const status = open ? this.data.statusOf(ActorCard.evidenceNeeds) : 'ready';
    return html`<div class="evidence">
      <button
        type="button"
        class="evidence-toggle"
        part="evidence-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`${this.uid}-evidence`}
        @pointerenter=${this.prefetchEvidence}
        @focus=${this.prefetchEvidence}
        @click=${this.toggleEvidence}
      >
        ${s.evidence} (${v.evidence.length})
      </button>
      <div id=${`${this.uid}-evidence`} ?hidden=${!open}>
        ${!open
          ? nothing
          : status !== 'ready'
            ? html`<p class="loading" role="status">${status === 'loading' ? s.loading : s.dataUnavailable}</p>`
            : v.evidence.map(
                (e) => html`<blockquote part="quote">
                  ${e.quote} ${e.citation ? html`<citation-badge cite=${e.citation} theme=${this.theme}></citation-badge>` : nothing}
                </blockquote>`,
              )}
      </div>
    </div>`;
  }

  private prefetchEvidence = () => void this.data.ensure(ActorCard.evidenceNeeds);

  private toggleEvidence = () => {
    this.evidenceOpen = !this.evidenceOpen;
    if (this.evidenceOpen) this.prefetchEvidence();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another actor's lists start folded again.
    if (changed.has('actor') && this.hasUpdated) this.expanded = new Set();
  }

  protected override updated(): void {
    this.syncStructuredData();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Disconnecting removed the JSON-LD; nothing else re-renders a moved card, so put it back.
    if (this.structuredData && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.querySelector(`script[${LD_MARKER}]`)?.remove();
  }

  /** Keeps one JSON-LD script in the light DOM while `structured-data` is set. */
  private syncStructuredData(): void {
    const existing = this.querySelector<HTMLScriptElement>(`script[${LD_MARKER}]`);
    const st = this.datasetState;
    const view = st.status === 'ready' && this.structuredData ? buildActorView(st.dataset, this.actor, this.locale, textLanguage(st.dataset, this.pageLang)) : undefined;
    if (!view) {
      existing?.remove();
      return;
    }
    // `<` escaped so no data can close the script element; a text node, not a script-text sink.
    const json = JSON.stringify(actorJsonLd(view.actor, textLanguage(st.status === 'ready' ? st.dataset : undefined, this.pageLang))).replace(/</g, '\\u003c');
    if (existing?.textContent === json) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(LD_MARKER, '');
    script.append(document.createTextNode(json));
    if (existing) existing.replaceWith(script);
    else this.append(script);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-card': ActorCard;
  }
}
