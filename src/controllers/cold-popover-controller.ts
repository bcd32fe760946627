/**
 * A trigger's popover whose behaviour loads on intent (the badge's popover, the actor chip's
 * hovercard). Until its code arrives, the trigger's `popovertarget` opens and closes the popover
 * (click, Enter, Space, Escape) and this controller only follows its `toggle` events; once the
 * code is here, a PopoverController takes over (hover, pinning, Escape from inside, placement)
 * from the state the platform left. The host renders the trigger with `@pointerenter`/`@focus`
 * bound to `intent`, the `[popover]` with `@toggle` bound to `onToggle`, and its content while
 * `open`; the code's module brings the PopoverController and the popover's styles.
 */
import type { CSSResultOrNative, ReactiveController, ReactiveControllerHost } from 'lit';
import type { PopoverController } from './popover-controller.js';
import { LazyModuleController } from './lazy-module-controller.js';

/** What the lazily loaded module of a popover exports (it may export more: its content). */
export interface PopoverCode {
  PopoverController: typeof PopoverController;
  popoverStyles: CSSResultOrNative;
}

export interface ColdPopoverOptions<T extends PopoverCode> {
  /** Page-wide cache key of the code, e.g. `citation-badge.popover`. */
  key: string;
  load: () => Promise<T>;
  /** The trigger button, once rendered. */
  trigger: () => HTMLElement | null | undefined;
  /** What else the popover's content needs, asked for with the code (e.g. its dataset shards). */
  prefetch?: () => void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class ColdPopoverController<T extends PopoverCode> implements ReactiveController {
  readonly code: LazyModuleController<T>;
  private controller?: PopoverController;
  /** Whether the popover is open, while no controller tracks it yet. */
  private openCold = false;

  constructor(
    private readonly host: Host,
    private readonly options: ColdPopoverOptions<T>,
  ) {
    this.code = new LazyModuleController<T>(host, { key: options.key, load: options.load, styles: (m) => [m.popoverStyles] });
    host.addController(this);
  }

  /** The reader may open it soon (pointer over or focus on the trigger, or its opening): fetch what it needs. */
  readonly intent = (): void => {
    this.options.prefetch?.();
    void this.code.load();
  };

  /** The popover's `toggle` listener: opened before its code arrived, it asks for it. */
  readonly onToggle = (e: ToggleEvent): void => {
    this.openCold = e.newState === 'open';
    if (this.openCold) this.intent();
    this.host.requestUpdate();
  };

  /** Whether the popover is open. */
  get open(): boolean {
    return this.controller ? this.controller.open : this.openCold;
  }

  /** The popover element, once rendered. */
  get panel(): HTMLElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLElement>('[popover]');
  }

  show(): void {
    if (this.panel?.matches(':popover-open') === false) this.panel.showPopover();
  }

  hide(): void {
    if (this.panel?.matches(':popover-open')) this.panel.hidePopover();
  }

  // Before the host renders: a controller created here wires the trigger after that render.
  hostUpdate(): void {
    const code = this.code.value;
    this.controller ??= code && new code.PopoverController(this.host, { trigger: this.options.trigger, popover: () => this.panel, intent: this.intent, open: this.openCold });
  }

  // Taken off the page, an open popover closes without a toggle event.
  hostDisconnected(): void {
    this.openCold = false;
  }
}
