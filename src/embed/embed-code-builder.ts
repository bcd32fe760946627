/**
 * `<kerjasama-embed-builder>`: the embed-code builder of the docs. Pick an element and its
 * attributes, see it live, copy the snippet (drop-in script + element, or an iframe on the embed
 * page). Every value is checked with the embed page's own allow-list (`embed-params.ts`), so the
 * builder offers exactly what an embed accepts; refused values are named next to their field and
 * left out. The preview is built with `createElement`/`setAttribute`, the snippet as escaped text.
 *
 * A documentation tool, not a reader-facing element: its UI strings are English only, and it is
 * registered by its story and test (`EmbedCodeBuilder.define('kerjasama-embed-builder')`), not by
 * the drop-in script.
 */
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KerjasamaBase } from '../base/kerjasama-element.js';
import { copyText } from '../internal/clipboard.js';
import { ELEMENTS, type ElementEntry } from '../elements.js';
import { EMBED_ELEMENTS, EMBED_TAGS, parseEmbedParams, type EmbedTag } from './embed-params.js';

/** The drop-in script (README, quick start). */
export const DROP_IN_SCRIPT_URL = 'https://unpkg.com/kerjasama/dist/cdn/kerjasama.js';
/** Where the snippet points by default: the README's example host of `dist/embed/`. */
export const DEFAULT_EMBED_PAGE_URL = 'https://your-site.example/kerjasama/embed.html';

export type SnippetMode = 'script' | 'iframe';

/** The shape of an allow-list rule, as read here (the rules themselves live in embed-params.ts). */
interface RuleView {
  kind: 'boolean' | 'pattern' | 'one-of';
  values?: readonly string[];
  list?: boolean;
}

const rulesOf = (tag: EmbedTag): [string, RuleView][] => Object.entries(EMBED_ELEMENTS[tag] as Record<string, RuleView>);

/** Escapes text for a double-quoted HTML attribute value (or element content). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Checks one attribute value with the embed page's parser. Returns the value to set (`''` for a
 * boolean that is on), `null` to leave the attribute out, or `'refused'`.
 */
export function checkAttribute(tag: EmbedTag, name: string, raw: string): string | null | 'refused' {
  const result = parseEmbedParams(
    new URLSearchParams([
      ['element', tag],
      [name, raw],
    ]),
  );
  if (!result.ok || result.request.refused.length) return 'refused';
  const found = result.request.attributes.find(([n]) => n === name);
  return found ? found[1] : null;
}

/** The iframe's default height, from the element list (the README's advice: 600 for the timeline and chart, 300 for a card). */
const iframeHeight = (tag: EmbedTag): number => (ELEMENTS[tag] as ElementEntry).embedHeight ?? 600;

/** The embed page URL with `element` and the attributes as its query (`countries=ID+JP`, bare booleans). */
export function embedUrl(tag: EmbedTag, attributes: readonly [string, string][], pageUrl = DEFAULT_EMBED_PAGE_URL): string {
  const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  const query = [`element=${encode(tag)}`, ...attributes.map(([name, value]) => (value === '' ? encode(name) : `${encode(name)}=${encode(value)}`))];
  return `${pageUrl}?${query.join('&')}`;
}

/**
 * The snippet as text. Attribute values are escaped even though the builder only passes
 * validated ones, so the function is safe on its own.
 */
export function buildSnippet(tag: EmbedTag, attributes: readonly [string, string][], mode: SnippetMode, pageUrl = DEFAULT_EMBED_PAGE_URL): string {
  if (mode === 'iframe') {
    const src = escapeHtml(embedUrl(tag, attributes, pageUrl));
    return (
      `<iframe src="${src}"\n` +
      `        title="${escapeHtml(`Kerjasama: ${tag}`)}" width="100%" height="${iframeHeight(tag)}" style="border:0"\n` +
      `        loading="lazy" data-kerjasama-embed></iframe>`
    );
  }
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  return `<script type="module" src="${DROP_IN_SCRIPT_URL}"></script>\n<${tag}${attrs}></${tag}>`;
}

/** A hint under each field: what form the value takes. */
function hintFor(name: string, rule: RuleView): string {
  if (rule.kind === 'one-of' && rule.list) return `One or more of: ${rule.values?.join(', ')} (separated by spaces).`;
  const hints: Record<string, string> = {
    countries: 'Two-letter country codes separated by spaces, e.g. ID JP.',
    from: 'A date: YYYY, YYYY-MM or YYYY-MM-DD (for the chart: an actor id).',
    to: 'A date: YYYY, YYYY-MM or YYYY-MM-DD (for the chart: an actor id).',
    'from-date': 'A date: YYYY, YYYY-MM or YYYY-MM-DD.',
    'to-date': 'A date: YYYY, YYYY-MM or YYYY-MM-DD.',
    'heading-level': 'A number from 1 to 6.',
    heading: 'Plain text: letters, digits, spaces and common punctuation (at most 120 characters).',
    cite: 'One or more citation ids separated by spaces, e.g. hotez-2014.',
  };
  return hints[name] ?? 'A record id, e.g. hotez-2014.';
}

export class EmbedCodeBuilder extends KerjasamaBase {
  static override styles = [
    ...KerjasamaBase.styles,
    css`
      :host {
        display: block;
        font: inherit;
        color: var(--kj-color-text, inherit);
      }
      form {
        display: grid;
        gap: 0.75rem;
        max-width: 40rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      .field.checkbox {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .hint {
        font-size: 0.875em;
        margin: 0;
      }
      .error {
        color: var(--kj-color-danger, #a4161a);
        font-weight: 600;
        margin: 0;
      }
      fieldset {
        border: 1px solid currentColor;
        border-radius: 0.25rem;
      }
      input[type='text'],
      select,
      textarea {
        font: inherit;
        padding: 0.25rem;
        max-width: 100%;
        box-sizing: border-box;
      }
      textarea {
        font-family: ui-monospace, monospace;
        width: 100%;
        min-height: 6rem;
      }
      .preview {
        border: 1px dashed currentColor;
        padding: 0.75rem;
        margin-block: 0.75rem;
        overflow: auto;
      }
    `,
  ];

  /** The URL of your copy of `dist/embed/embed.html`, used in the iframe snippet. */
  @property({ attribute: 'embed-url' }) embedUrl = DEFAULT_EMBED_PAGE_URL;

  @state() private tag: EmbedTag = EMBED_TAGS[0];
  @state() private mode: SnippetMode = 'script';
  /** Raw field values of the chosen element, by attribute name. */
  @state() private values: Record<string, string> = {};
  @state() private status = '';
  /** What the preview shows, so it is rebuilt only when the tag or an accepted value changes. */
  private shownKey = '';

  /** The chosen element's accepted attributes, in allow-list order. */
  get acceptedAttributes(): [string, string][] {
    const out: [string, string][] = [];
    for (const [name] of rulesOf(this.tag)) {
      const raw = this.values[name];
      if (raw === undefined) continue;
      const value = checkAttribute(this.tag, name, raw);
      if (value !== null && value !== 'refused') out.push([name, value]);
    }
    return out;
  }

  /** The snippet as shown and copied. */
  get snippet(): string {
    return buildSnippet(this.tag, this.acceptedAttributes, this.mode, this.embedUrl);
  }

  private refused(name: string): boolean {
    const raw = this.values[name];
    return raw !== undefined && checkAttribute(this.tag, name, raw) === 'refused';
  }

  private setValue(name: string, value: string | undefined): void {
    const next = { ...this.values };
    if (value === undefined || value === '') delete next[name];
    else next[name] = value;
    this.values = next;
    this.status = '';
  }

  private onElement(e: Event): void {
    const tag = (e.target as HTMLSelectElement).value;
    if (!(EMBED_TAGS as string[]).includes(tag)) return;
    this.tag = tag as EmbedTag;
    this.values = {};
    this.status = '';
  }

  private async onCopy(e: Event): Promise<void> {
    const button = e.currentTarget as HTMLButtonElement;
    this.status = '';
    const ok = await copyText(this.snippet, button);
    this.status = ok ? 'Copied' : 'Could not copy: select the snippet and copy it by hand.';
  }

  private renderField(name: string, rule: RuleView) {
    const id = `attr-${name}`;
    const raw = this.values[name] ?? '';
    if (rule.kind === 'boolean') {
      return html`<div class="field checkbox">
        <input
          type="checkbox"
          id=${id}
          .checked=${raw === 'true'}
          @change=${(e: Event) => this.setValue(name, (e.target as HTMLInputElement).checked ? 'true' : undefined)}
        />
        <label for=${id}>${name}</label>
      </div>`;
    }
    if (rule.kind === 'one-of' && !rule.list) {
      return html`<div class="field">
        <label for=${id}>${name}</label>
        <select id=${id} .value=${raw} @change=${(e: Event) => this.setValue(name, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${raw === ''}>(not set)</option>
          ${rule.values?.map((v) => html`<option value=${v} ?selected=${raw === v}>${v}</option>`)}
        </select>
      </div>`;
    }
    const bad = this.refused(name);
    return html`<div class="field">
      <label for=${id}>${name}</label>
      <input
        type="text"
        id=${id}
        autocomplete="off"
        spellcheck="false"
        .value=${raw}
        aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${bad ? `${id}-error ${id}-hint` : `${id}-hint`}
        @input=${(e: Event) => this.setValue(name, (e.target as HTMLInputElement).value)}
      />
      <p class="hint" id=${`${id}-hint`}>${hintFor(name, rule)}</p>
      ${bad ? html`<p class="error" id=${`${id}-error`} part="error">Not accepted: this value has the wrong form, so it is left out.</p>` : nothing}
    </div>`;
  }

  override render() {
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="element">Element</label>
          <select id="element" @change=${this.onElement}>
            ${EMBED_TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>&lt;${tag}&gt;</option>`)}
          </select>
        </div>
        <fieldset>
          <legend>Attributes of &lt;${this.tag}&gt;</legend>
          ${rulesOf(this.tag).map(([name, rule]) => this.renderField(name, rule))}
        </fieldset>
        <fieldset>
          <legend>Snippet type</legend>
          ${(
            [
              ['script', 'Script + element'],
              ['iframe', 'Iframe'],
            ] as const
          ).map(
            ([mode, label]) => html`<div class="field checkbox">
              <input
                type="radio"
                name="mode"
                id=${`mode-${mode}`}
                value=${mode}
                .checked=${this.mode === mode}
                @change=${() => ((this.mode = mode), (this.status = ''))}
              />
              <label for=${`mode-${mode}`}>${label}</label>
            </div>`,
          )}
        </fieldset>
      </form>
      <section aria-labelledby="preview-heading">
        <h3 id="preview-heading">Preview</h3>
        <div class="preview" part="preview"></div>
      </section>
      <div class="field">
        <label for="snippet">Snippet</label>
        <textarea id="snippet" part="snippet" readonly rows="4" .value=${this.snippet}></textarea>
        ${this.mode === 'iframe'
          ? html`<p class="hint">
              Copy <code>dist/embed/</code> to your host and set its URL. For an iframe as tall as its content, add the optional
              <code>embed-host.js</code> script once on the page.
            </p>`
          : nothing}
      </div>
      <button type="button" part="copy-button" @click=${this.onCopy}>Copy snippet</button>
      <p role="status" aria-live="polite" part="status">${this.status}</p>`;
  }

  /** Re-creates the live preview: the real element, its attributes set one by one from validated values. */
  protected override updated(): void {
    const host = this.renderRoot.querySelector('.preview');
    if (!host) return;
    const key = JSON.stringify([this.tag, this.acceptedAttributes]);
    if (this.shownKey === key) return;
    this.shownKey = key;
    const el = document.createElement(this.tag);
    for (const [name, value] of this.acceptedAttributes) el.setAttribute(name, value);
    host.replaceChildren(el);
  }
}
