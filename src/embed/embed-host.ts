/**
 * The host side of the embed page: sizes each `<iframe data-kerjasama-embed>` to the content
 * height its page reports. A message counts only when it comes from that iframe's own window
 * (`event.source`) and from the origin of its `src` (`event.origin`); others are ignored.
 */
export const HEIGHT_MESSAGE = 'kerjasama:height';
/** The iframes the host script sizes. */
export const EMBED_IFRAME_SELECTOR = 'iframe[data-kerjasama-embed]';
/** Heights beyond this are clamped: a runaway page cannot make the host page endless. */
export const MAX_EMBED_HEIGHT = 20000;

/** The origin of the iframe's `src` (none for `srcdoc`, `about:`, `data:` or no `src`). */
function originOf(iframe: HTMLIFrameElement): string | undefined {
  const src = iframe.getAttribute('src');
  if (!src || iframe.hasAttribute('srcdoc')) return undefined;
  try {
    const url = new URL(src, iframe.ownerDocument.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Handles one message; returns the iframe it resized, if any. Exported for tests. */
export function handleEmbedMessage(event: MessageEvent, doc: Document = document): HTMLIFrameElement | undefined {
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height) || height < 0) return undefined;
  if (!event.source) return undefined;
  for (const iframe of doc.querySelectorAll<HTMLIFrameElement>(EMBED_IFRAME_SELECTOR)) {
    if (iframe.contentWindow !== event.source) continue;
    if (originOf(iframe) !== event.origin) return undefined;
    iframe.style.height = `${Math.min(Math.ceil(height), MAX_EMBED_HEIGHT)}px`;
    return iframe;
  }
  return undefined;
}

/** Starts listening on `win`; returns a function that stops. */
export function installEmbedHost(win: Window = window): () => void {
  const listener = (event: MessageEvent) => void handleEmbedMessage(event, win.document);
  win.addEventListener('message', listener);
  return () => win.removeEventListener('message', listener);
}
