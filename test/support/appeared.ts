/** Records whether an element matching `selector` ever appeared in `root` (a flash a test would miss). */
export function watchFor(root: ShadowRoot | Element, selector: string) {
  let seen = !!root.querySelector(selector);
  const observer = new MutationObserver(() => (seen ||= !!root.querySelector(selector)));
  observer.observe(root, { childList: true, subtree: true });
  return {
    get seen() {
      return seen || !!root.querySelector(selector);
    },
    stop: () => observer.disconnect(),
  };
}
