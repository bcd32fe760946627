/**
 * Tells its host when it first comes near the viewport (IntersectionObserver), so heavy work —
 * loading Chart.js — waits until a reader could see the result. Latches: once near, stays near.
 * Without IntersectionObserver the host counts as near at once. One layout read at connect finds
 * a host already in (or within the margin of) the viewport, sparing the wait of a frame for the
 * observer's first callback.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport counts as near, in px (top and bottom). */
const MARGIN = 200;

export class IntersectionController implements ReactiveController {
  /** Whether the host has come within `MARGIN` px of the viewport since it was created. */
  near = false;
  private observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
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
      { rootMargin: `${MARGIN}px 0px` },
    );
    this.observer.observe(this.host);
    if (this.inViewport()) this.markNear();
  }

  /** Whether the host is rendered (has a width) within the margin of the viewport now. */
  private inViewport(): boolean {
    const r = this.host.getBoundingClientRect();
    return r.width > 0 && r.top < innerHeight + MARGIN && r.bottom > -MARGIN && r.left < innerWidth && r.right > 0;
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
