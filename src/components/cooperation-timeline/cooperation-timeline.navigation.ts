/**
 * Moving through the events from the keyboard, and bringing one into view. Not in the first
 * render: loaded on idle, when the reader points at or focuses the timeline, or when an event is
 * selected (a deep link, another element); a key pressed before it is in takes effect when it is.
 */

/** The index that `key` (an arrow key, Home, End) moves to from `at` in a list of `count`; undefined for other keys. */
export function keyTarget(key: string, at: number, count: number, rtl: boolean): number | undefined {
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = at + 1;
      break;
    case 'ArrowUp':
      next = at - 1;
      break;
    case 'ArrowRight':
      next = rtl ? at - 1 : at + 1;
      break;
    case 'ArrowLeft':
      next = rtl ? at + 1 : at - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return undefined;
  }
  return Math.max(0, Math.min(count - 1, next));
}

/**
 * Scrolls to, or focuses, the title `find()` returns. The virtualiser renders a far event some
 * frames later and may still move it in the DOM while it settles, which drops focus: focus is
 * kept on it until it has stayed for a few frames, while `wanted()` (the reader has not moved on).
 * A title's key (arrows, Home, End, Enter, Space) pressed while focus is dropped to the page
 * would act on the page (Space scrolls it): it goes to `strayKey`, as if pressed on the title.
 * A pointer pressed anywhere else on the page ends the hold: the reader has moved on, and focus
 * on the page (a click on its text) and the keys pressed there are the page's again.
 */
export async function holdFocus(
  root: ShadowRoot,
  find: () => HTMLElement | null,
  focus: boolean,
  wanted: () => boolean,
  strayKey?: (key: string) => void,
): Promise<void> {
  let movedOn = false;
  const live = () => root.host.isConnected && !movedOn && (!focus || wanted());
  const dropped = () => document.activeElement === document.body || document.activeElement === null;
  const onPointerdown = (e: PointerEvent) => {
    if (!e.composedPath().includes(root.host)) movedOn = true;
  };
  const onKeydown = (e: KeyboardEvent) => {
    if (!dropped() || !live() || !/^(Arrow|Home$|End$|Enter$| $)/.test(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    e.stopPropagation();
    strayKey!(e.key);
  };
  if (focus && strayKey) document.addEventListener('keydown', onKeydown, true);
  if (focus) document.addEventListener('pointerdown', onPointerdown, true);
  let focused = false;
  try {
    for (let frame = 0, held = 0; frame < 60 && held < 3 && live(); frame++) {
      const button = find();
      if (button) {
        if (!focus) return void button.scrollIntoView({ block: 'center', inline: 'nearest' });
        if (root.activeElement === button) {
          focused = true;
          held++;
        } else {
          held = 0;
          // Once focused, take focus back only when a DOM move dropped it to the page, never
          // when the reader has moved it on (Tab, a click elsewhere).
          if (focused && !dropped()) return;
          button.focus();
        }
      }
      await new Promise((r) => requestAnimationFrame(r));
    }
  } finally {
    document.removeEventListener('keydown', onKeydown, true);
    document.removeEventListener('pointerdown', onPointerdown, true);
  }
}
