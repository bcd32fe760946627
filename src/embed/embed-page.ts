/**
 * The embed page (dist/embed/embed.html): renders the one element its query string asks for,
 * full width, and tells the parent page its content height so that an optional host script
 * (embed-host.js) can size the iframe. Without that script the iframe keeps the height its
 * snippet gives it (`height="600"`) and scrolls.
 */
import { loadDefineModule, type ElementLoader } from '../autoload.js';
import { parseEmbedParams, type EmbedRefusal } from './embed-params.js';
import { embed as embedEn } from '../i18n/locales/en.embed.js';
import { embedStrings } from '../i18n/embed-strings.js';
import type { UiLocale } from '../data/locales.js';

/** The message the page posts to its parent whenever its content height changes. */
export const HEIGHT_MESSAGE = 'kerjasama:height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export interface MountedEmbed {
  /** The rendered element, or undefined when the query string asked for nothing allowed. */
  element?: HTMLElement;
  /** Settles when the element's define module has loaded, or when the refusal's text is shown. */
  ready: Promise<unknown>;
  /** Stops reporting the height. */
  stop(): void;
}

/** The open popovers under `root`, through shadow roots (a badge's reference, a chip's card). */
function openPopovers(root: Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(':popover-open')) out.push(el);
    if (el.shadowRoot) openPopovers(el.shadowRoot, out);
  }
  return out;
}

/**
 * Posts the content's height to `target` now and on every change: the container's, and room
 * below it for an open popover, which the top layer draws outside the container (a badge's
 * frame, sized to its marker, would show none of its reference). A popover's opening is seen
 * through what opens it (a click, a key, focus, a pointer over a chip), then its size as its
 * content arrives.
 */
export function reportHeight(container: Element, target: Pick<Window, 'postMessage'>): () => void {
  let last = -1;
  const watched = new Set<Element>();
  const post = () => {
    const box = container.getBoundingClientRect();
    let height = box.height;
    for (const popover of openPopovers(container)) {
      if (!watched.has(popover)) {
        observer.observe(popover);
        watched.add(popover);
      }
      // Below its marker (where anchoring puts it when there is room), with a margin.
      height = Math.max(height, box.height + popover.getBoundingClientRect().height + 16);
    }
    height = Math.ceil(height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // The height is not a secret, and the page cannot know its host's origin: any origin may read it.
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(container);
  const doc = container.ownerDocument;
  const soon = () => {
    requestAnimationFrame(post);
    setTimeout(post, 300);
  };
  const events = ['click', 'keyup', 'focusin', 'pointerover', 'toggle'] as const;
  for (const type of events) doc.addEventListener(type, soon, true);
  return () => {
    observer.disconnect();
    for (const type of events) doc.removeEventListener(type, soon, true);
  };
}

/**
 * Writes why nothing is embedded, in the language the query asks for (its table loads first:
 * the message stays blank until then, never in another language), else the page's English.
 */
async function showRefusal(message: HTMLElement, refusal: EmbedRefusal, lang: UiLocale | undefined): Promise<void> {
  if (!lang || lang === 'en') {
    message.textContent = embedEn[refusal];
    return;
  }
  message.ownerDocument.documentElement.lang = lang;
  const { strings, fallback } = await embedStrings(lang);
  // Its file could not load: English, marked as such.
  if (fallback) message.lang = 'en';
  message.textContent = strings[refusal];
}

/**
 * Renders the element `search` describes into `container` (its only child). Every attribute is
 * set with `setAttribute`, after the allow-list in embed-params.ts; messages are text.
 */
export function mountEmbed(
  container: HTMLElement,
  search: string,
  options: { load?: ElementLoader; parent?: Pick<Window, 'postMessage'> | null } = {},
): MountedEmbed {
  const doc = container.ownerDocument;
  const load = options.load ?? loadDefineModule;
  const parent = options.parent === undefined ? (window.parent !== window ? window.parent : null) : options.parent;
  const result = parseEmbedParams(search);
  let element: HTMLElement | undefined;
  let ready: Promise<unknown> = Promise.resolve();
  if (!result.ok) {
    const message = doc.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'kj-embed-error';
    container.replaceChildren(message);
    ready = showRefusal(message, result.error, result.lang as UiLocale | undefined);
    console.warn(`kerjasama embed: nothing shown: ${embedEn[result.error]}`);
  } else {
    const { tag, attributes, lang, refused } = result.request;
    if (lang) doc.documentElement.lang = lang;
    // The frame cannot see the host page's colours, so it paints its own background in the
    // element's theme (embed.css: Canvas on the page's color-scheme): legible on any host.
    // `auto` follows the reader's OS here, the closest a frame can come to its host.
    const theme = attributes.find(([name]) => name === 'theme')?.[1];
    doc.documentElement.style.colorScheme = theme === 'light' || theme === 'dark' ? theme : 'light dark';
    element = doc.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    container.replaceChildren(element);
    if (refused.length) console.warn(`kerjasama embed: left out ${refused.join('; ')}.`);
    ready = load(tag);
  }
  const stop = parent ? reportHeight(container, parent) : () => {};
  return { element, ready, stop };
}
