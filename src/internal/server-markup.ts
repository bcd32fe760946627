/**
 * The render root of an element that may come with server-rendered markup (a declarative shadow
 * root from `renderElement`). With Lit's hydrate support loaded (`kerjasama/hydrate.js`, the
 * drop-in script), the root is returned untouched and hydrated. Without it, LitElement would
 * render in front of the server's markup and show the content twice: the markup is cleared and
 * the element renders afresh.
 */
import type { RenderOptions } from 'lit';

export function renderRootFor(
  host: { readonly shadowRoot: ShadowRoot | null; readonly renderOptions: RenderOptions },
  create: () => HTMLElement | DocumentFragment,
): HTMLElement | DocumentFragment {
  const fromServer = host.shadowRoot !== null && host.shadowRoot.firstChild !== null;
  const root = create();
  // Hydrate support hands back the server's root without setting `renderBefore`; plain
  // LitElement sets it to the root's first child, in front of which it would render.
  if (fromServer && host.renderOptions.renderBefore) {
    root.replaceChildren();
    host.renderOptions.renderBefore = null;
  }
  return root;
}
