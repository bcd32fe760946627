/**
 * An accessible popover for a trigger button, on the platform `popover` attribute (top layer,
 * Escape and light dismiss built in) — WCAG 2.2 SC 1.4.13:
 * - click, Enter, Space or tap toggles it (the button is its `popoverTargetElement`);
 * - hovering opens it after a delay and it stays while the pointer is over trigger or popover;
 *   clicking a hover-opened popover's trigger pins it; focus alone never opens it;
 * - Escape closes it; pressed inside the popover (on a link or a copy button), it returns focus
 *   to the trigger instead of leaving it on <body> (WCAG 2.4.3).
 * Positioning is a small clamp-and-flip inside the viewport (works at 320 px and on touch),
 * re-run on scroll and resize while open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PopoverParts {
  trigger: () => HTMLElement | null | undefined;
  popover: () => HTMLElement | null | undefined;
  /** The reader may open it soon (pointer over or focus on the trigger): prefetch its content. */
  intent?: () => void;
  /** Open already: the platform's `popovertarget` opened it before this controller was created. */
  open?: boolean;
}

const MARGIN = 8;
const GAP = 6;

export class PopoverController implements ReactiveController {
  open = false;
  private openedByHover = false;
  private timer?: ReturnType<typeof setTimeout>;
  private wired?: { trigger: HTMLElement; popover: HTMLElement };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: PopoverParts,
    private readonly delays = { open: 300, close: 300 },
  ) {
    // The host's next render already shows it open: no second render to catch up.
    this.open = parts.open ?? false;
    host.addController(this);
  }

  hostUpdated(): void {
    const trigger = this.parts.trigger();
    const popover = this.parts.popover();
    if (!trigger || !popover) {
      this.unwire();
      return;
    }
    if (this.wired?.trigger === trigger && this.wired.popover === popover) {
      // Content renders only while open, so place the popover again once it has its size.
      if (this.open) this.position();
      return;
    }
    this.unwire();
    (trigger as HTMLButtonElement).popoverTargetElement = popover;
    trigger.addEventListener('click', this.onTriggerClick);
    trigger.addEventListener('pointerenter', this.onEnter);
    trigger.addEventListener('pointerleave', this.onLeave);
    trigger.addEventListener('focus', this.onIntent);
    popover.addEventListener('pointerenter', this.onEnter);
    popover.addEventListener('pointerleave', this.onLeave);
    popover.addEventListener('toggle', this.onToggle as EventListener);
    popover.addEventListener('keydown', this.onPopoverKey);
    this.wired = { trigger, popover };
    // Created after the reader reached the trigger (an element that loads this controller on
    // intent): take the state the platform's popovertarget gave the popover, and the hover.
    if (popover.matches(':popover-open') !== this.open) this.toggled(!this.open);
    else if (this.open) this.follow(true);
    else if (trigger.matches(':hover')) this.hoverOpen();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.hide();
    this.unwire();
  }

  show(): void {
    const popover = this.wired?.popover;
    if (popover && !popover.matches(':popover-open')) popover.showPopover();
  }

  hide(): void {
    const popover = this.wired?.popover;
    if (popover?.matches(':popover-open')) popover.hidePopover();
  }

  private unwire(): void {
    if (!this.wired) return;
    const { trigger, popover } = this.wired;
    trigger.removeEventListener('click', this.onTriggerClick);
    trigger.removeEventListener('pointerenter', this.onEnter);
    trigger.removeEventListener('pointerleave', this.onLeave);
    trigger.removeEventListener('focus', this.onIntent);
    popover.removeEventListener('pointerenter', this.onEnter);
    popover.removeEventListener('pointerleave', this.onLeave);
    popover.removeEventListener('toggle', this.onToggle as EventListener);
    popover.removeEventListener('keydown', this.onPopoverKey);
    window.removeEventListener('scroll', this.position, true);
    window.removeEventListener('resize', this.position);
    this.wired = undefined;
    // A popover taken off the page (its host removed, or re-rendered away) closes without a
    // toggle event: forget it was open, or aria-expanded would say "true" on a closed popover.
    if (this.open && !popover.matches(':popover-open')) {
      this.open = false;
      this.openedByHover = false;
      this.host.requestUpdate();
    }
  }

  private onTriggerClick = (e: MouseEvent) => {
    clearTimeout(this.timer);
    if (this.open && this.openedByHover) {
      // The reader hovered, then clicked: keep it open (pinned) instead of toggling it shut.
      e.preventDefault();
      this.openedByHover = false;
    }
  };

  private onIntent = () => this.parts.intent?.();

  // Escape from inside the popover: the platform closes it and focus would fall to <body>.
  private onPopoverKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.wired) return;
    const { trigger, popover } = this.wired;
    e.preventDefault();
    popover.hidePopover();
    trigger.focus();
  };

  private onEnter = (e: PointerEvent) => {
    this.onIntent();
    if (e.pointerType === 'mouse') this.hoverOpen();
  };

  private hoverOpen(): void {
    clearTimeout(this.timer);
    if (this.open) return;
    this.timer = setTimeout(() => {
      this.openedByHover = true;
      this.show();
    }, this.delays.open);
  }

  private onLeave = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    clearTimeout(this.timer);
    if (!this.open || !this.openedByHover) return;
    this.timer = setTimeout(() => this.hide(), this.delays.close);
  };

  private onToggle = (e: ToggleEvent) => this.toggled(e.newState === 'open');

  private toggled(open: boolean): void {
    this.follow(open);
    this.host.requestUpdate();
  }

  /** Placement and its listeners for the state the popover is in (the host renders it). */
  private follow(open: boolean): void {
    this.open = open;
    if (this.open) {
      this.onIntent();
      this.position();
      window.addEventListener('scroll', this.position, true);
      window.addEventListener('resize', this.position);
    } else {
      this.openedByHover = false;
      window.removeEventListener('scroll', this.position, true);
      window.removeEventListener('resize', this.position);
    }
  }

  /** Below the trigger, or above when there is more room there; always inside the viewport. */
  private position = () => {
    if (!this.wired) return;
    const { trigger, popover } = this.wired;
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const anchor = trigger.getBoundingClientRect();
    // Placed here from now on, not by the CSS anchoring its box had before this code arrived.
    popover.style.setProperty('position-area', 'none');
    popover.style.margin = '0';
    popover.style.maxWidth = `${Math.max(0, Math.min(448, vw - 2 * MARGIN))}px`;
    const below = vh - anchor.bottom - GAP - MARGIN;
    const above = anchor.top - GAP - MARGIN;
    popover.style.maxHeight = `${Math.max(120, Math.max(below, above))}px`;
    const { width, height } = popover.getBoundingClientRect();
    const top = height <= below || below >= above ? anchor.bottom + GAP : Math.max(MARGIN, anchor.top - GAP - height);
    const rtl = getComputedStyle(trigger).direction === 'rtl';
    const preferred = rtl ? anchor.right - width : anchor.left;
    const left = Math.min(Math.max(MARGIN, preferred), Math.max(MARGIN, vw - width - MARGIN));
    popover.style.top = `${Math.round(top)}px`;
    popover.style.left = `${Math.round(left)}px`;
  };
}
