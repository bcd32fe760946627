/**
 * A test harness for `<citation-badge>`: finds its marker and popover by part, reads what a
 * person perceives, and waits for the popover to open or close by its `toggle` event.
 * Type-only import, so upgrade-order tests can use it before the element is defined.
 */
import type { CitationBadge } from '../../src/components/citation-badge/citation-badge.js';
import { accessibleName, visibleText, settled } from './dom.js';

export class CitationBadgeHarness {
  constructor(readonly element: CitationBadge) {}

  private get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('<citation-badge> is not upgraded');
    return root;
  }

  /** The inline marker: a button when the badge cites something, else a plain span. */
  get marker(): HTMLElement {
    const marker = this.root.querySelector<HTMLElement>('[part~="marker"]');
    if (!marker) throw new Error('no marker rendered');
    return marker;
  }

  get popover(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[popover]');
  }

  /** Whether the popover is shown (in the top layer). */
  get isOpen(): boolean {
    return !!this.popover?.matches(':popover-open');
  }

  get expanded(): string | null {
    return this.marker.getAttribute('aria-expanded');
  }

  /** The marker as a sighted reader sees it, e.g. "(Hotez, 2014)". */
  get markerText(): string {
    return visibleText(this.marker);
  }

  /** The marker's accessible name. */
  markerName(): Promise<string> {
    return accessibleName(this.marker);
  }

  /** Visible text of the popover. */
  get popoverText(): string {
    return this.popover ? visibleText(this.popover) : '';
  }

  /** The live status region in the popover ("Copied BibTeX"). */
  get status(): string {
    return this.popover?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  get links(): HTMLAnchorElement[] {
    return [...(this.popover?.querySelectorAll('a') ?? [])];
  }

  get copyButtons(): HTMLButtonElement[] {
    return [...(this.popover?.querySelectorAll<HTMLButtonElement>('[part~="copy-button"]') ?? [])];
  }

  /** The copy button whose visible label is `label`, e.g. "Copy as BibTeX". */
  copyButton(label: string, index = 0): HTMLButtonElement {
    const matches = this.copyButtons.filter((b) => visibleText(b) === label);
    const button = matches[index];
    if (!button) throw new Error(`no copy button "${label}" (have: ${this.copyButtons.map((b) => visibleText(b)).join(', ')})`);
    return button;
  }

  /**
   * Resolves when the popover next reaches `state` and the badge has re-rendered. Call it
   * before the action that toggles the popover: the toggle event is queued, not synchronous.
   */
  async toggled(state: 'open' | 'closed'): Promise<void> {
    const popover = this.popover;
    if (!popover) throw new Error('no popover rendered');
    await new Promise<void>((resolve) => {
      const onToggle = (e: Event) => {
        if ((e as ToggleEvent).newState !== state) return;
        popover.removeEventListener('toggle', onToggle);
        resolve();
      };
      popover.addEventListener('toggle', onToggle);
    });
    await settled(this.element);
  }

  /** Clicks the marker programmatically and waits for the popover to open. */
  async open(): Promise<void> {
    const opened = this.toggled('open');
    this.marker.click();
    await opened;
  }

  /** The centre of an element in viewport coordinates, for `sendMouse`. */
  static centreOf(el: Element): [number, number] {
    const r = el.getBoundingClientRect();
    return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
  }
}

/** Harnesses for every `<citation-badge>` under `root`, in document order. */
export function badgesIn(root: ParentNode): CitationBadgeHarness[] {
  return [...root.querySelectorAll('citation-badge')].map((el) => new CitationBadgeHarness(el));
}
