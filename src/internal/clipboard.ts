/**
 * Copies text: the async Clipboard API where the page allows it, else the selection-based
 * fallback (a hidden textarea next to the button, so it works inside popovers in the top layer).
 * Focus returns to the button either way.
 */
export async function copyText(text: string, button: HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or insecure context: fall through to the selection fallback.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  Object.assign(area.style, { position: 'fixed', insetBlockStart: '0', opacity: '0', pointerEvents: 'none', width: '1px', height: '1px' });
  (button.parentElement ?? button).append(area);
  try {
    // select() alone does not move focus in every browser, and the copy acts on the focused field.
    area.focus({ preventScroll: true });
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    button.focus({ preventScroll: true });
  }
}
