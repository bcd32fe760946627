/**
 * A test harness for `<cooperation-timeline>`: finds events, titles, dates and the filter bar by
 * part or role, reads what a person perceives, and waits for renders (and, when the list is
 * windowed, for the virtualiser's frames) without sleeping. Type-only import of the element.
 */
import type { CooperationTimeline } from '../../src/components/cooperation-timeline/cooperation-timeline.js';
import { deepActiveElement, settled, visibleText } from './dom.js';

/** Resolves on the next animation frame. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits frame by frame (at most `frames`) until `check` holds; throws with `what` otherwise. */
export async function until(check: () => boolean, what: string, frames = 120): Promise<void> {
  for (let i = 0; i < frames; i++) {
    if (check()) return;
    await nextFrame();
  }
  if (!check()) throw new Error(`timed out after ${frames} frames waiting for ${what}`);
}

export class TimelineHarness {
  constructor(readonly element: CooperationTimeline) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('<cooperation-timeline> is not upgraded');
    return root;
  }

  /** Every rendered event, in DOM order (all lists, dated then undated). */
  get items(): HTMLLIElement[] {
    return [...this.root.querySelectorAll<HTMLLIElement>('li[part~="item"]')];
  }

  /** The title buttons (one per rendered event). */
  get toggles(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[part~="title"]')];
  }

  /** Titles as a reader sees them, in order. */
  get titles(): string[] {
    return this.toggles.map((b) => visibleText(b));
  }

  /** The ordered lists of events (the dated one, and the undated one when present). */
  get lists(): HTMLOListElement[] {
    return [...this.root.querySelectorAll<HTMLOListElement>('ol[part~="list"]')];
  }

  /** The polite result count ("12 events"). */
  get countRegion(): HTMLElement {
    const region = this.root.querySelector<HTMLElement>('[part~="count"]');
    if (!region) throw new Error('no count rendered');
    return region;
  }

  get countText(): string {
    return this.countRegion.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The empty-state message, or null when events are shown. */
  get emptyText(): string | null {
    const empty = this.root.querySelector('[part~="empty"]');
    return empty ? visibleText(empty) : null;
  }

  /** The rendered item whose title is `title`. */
  item(title: string): HTMLLIElement {
    const li = this.items.find((i) => visibleText(i.querySelector('[part~="title"]')!) === title);
    if (!li) throw new Error(`no event titled "${title}" (have ${this.titles.length}: ${this.titles.slice(0, 5).join(' | ')}…)`);
    return li;
  }

  toggle(title: string): HTMLButtonElement {
    return this.item(title).querySelector<HTMLButtonElement>('button[part~="title"]')!;
  }

  /** The date of an event as shown. */
  dateText(title: string): string {
    return visibleText(this.item(title).querySelector('[part~="date"]')!);
  }

  /** The details region of an event (hidden unless expanded). */
  details(title: string): HTMLElement {
    return this.item(title).querySelector<HTMLElement>('[part~="details"]')!;
  }

  isExpanded(title: string): boolean {
    return this.toggle(title).getAttribute('aria-expanded') === 'true';
  }

  /** The visible heading that groups undated events, or null. */
  get undatedHeading(): string | null {
    const h = this.root.querySelector('.undated-heading');
    return h ? visibleText(h) : null;
  }

  /** The button that opens and closes the undated group (its visible text is the heading's). */
  get undatedToggle(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('.undated-heading button');
  }

  /** Opens the undated group as a reader would, by clicking its button. */
  async openUndated(): Promise<void> {
    const button = this.undatedToggle;
    if (!button) throw new Error('no undated group');
    if (button.getAttribute('aria-expanded') !== 'true') button.click();
    await this.settle();
  }

  /** The overview strip: a slider over the years (null until the axis code is in, or with fewer than two dated events). */
  get overview(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part~="overview"] [role="slider"]');
  }

  /** The years the overview's scale labels, as drawn (not those hidden for want of room). */
  get scaleYears(): string[] {
    return [...this.root.querySelectorAll('[part~="overview"] .year')]
      .filter((t) => t.checkVisibility({ visibilityProperty: true }))
      .map((t) => t.textContent?.trim() ?? '');
  }

  /** The marked breaks in the list ("44 years later"), in order. */
  get breaks(): string[] {
    return [...this.root.querySelectorAll('.axis-break')].map((b) => visibleText(b));
  }

  /** A button by its accessible (visible or visually hidden) text, e.g. "Later events". */
  button(name: string): HTMLButtonElement {
    const match = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim().endsWith(name));
    if (!match) throw new Error(`no button named "${name}"`);
    return match;
  }

  /** The title of the focused event, or null when focus is not on an event. */
  get focusedTitle(): string | null {
    const active = deepActiveElement();
    return active instanceof HTMLElement && active.matches('button[part~="title"]') && this.root.contains(active) ? visibleText(active) : null;
  }

  /** Title buttons that are in the tab order. */
  get tabStops(): HTMLButtonElement[] {
    return this.toggles.filter((b) => b.tabIndex >= 0);
  }

  /** The filter bar's form controls, by their visible label. */
  control<T extends HTMLElement = HTMLSelectElement>(label: string): T {
    const labels = [...this.root.querySelectorAll<HTMLLabelElement>('[part~="controls"] label')];
    const match = labels.find((l) => visibleText(l) === label);
    if (!match) throw new Error(`no filter control labelled "${label}" (have ${labels.map((l) => visibleText(l)).join(', ')})`);
    const control = match.control ?? this.root.getElementById(match.htmlFor);
    if (!control) throw new Error(`label "${label}" has no control`);
    return control as unknown as T;
  }

  /** Chooses an option in a filter select by its visible text, as a person would. */
  async choose(label: string, optionText: string): Promise<void> {
    const select = this.control<HTMLSelectElement>(label);
    const option = [...select.options].find((o) => o.text.trim() === optionText);
    if (!option) throw new Error(`no option "${optionText}" in "${label}"`);
    select.value = option.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  /** Waits for the element and everything inside it to finish rendering. */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    await settled(this.element);
  }
}
