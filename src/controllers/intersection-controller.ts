/**
 * Tells its host when it first comes near the viewport (IntersectionObserver), so heavy work —
 * loading Chart.js — waits until a reader could see the result. Latches: once near, stays near.
 * Without IntersectionObserver the host counts as near at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class IntersectionController implements ReactiveController {
  /** Whether the host has come within `rootMargin` of the viewport since it was created. */
  near = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { rootMargin?: string } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.markNear();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.markNear();
      },
      { rootMargin: this.options.rootMargin ?? '200px 0px' },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private markNear(): void {
    this.near = true;
    this.observer?.disconnect();
    this.observer = undefined;
    this.host.requestUpdate();
  }
}
