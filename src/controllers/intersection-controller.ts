/**
 * Tells its host when it first comes near the viewport (IntersectionObserver), so heavy work —
 * loading Chart.js — waits until a reader could see the result. Latches: once near, stays near.
 * Without IntersectionObserver the host counts as near at once. One layout read after the first
 * update since connecting finds a host already in (or within the margin of) the viewport, sparing
 * the wait of a frame for the observer's first callback. Not at connect: inside a parent's shadow
 * root that has not rendered its slot yet (`<kerjasama-data>` around it), the host has no box then.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far outside the viewport counts as near, in px (top and bottom). */
const MARGIN = 200;

export class IntersectionController implements ReactiveController {
  /** Whether the host has come within `MARGIN` px of the viewport since it was created. */
  near = false;
  private observer?: IntersectionObserver;
  private unread?: boolean;

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
    this.unread = true;
  }

  hostUpdated(): void {
    if (!this.unread) return;
    this.unread = false;
    // Rendered (has a width) within the margin of the viewport now? No update is requested (one
    // asked for within an update is wasted work, and Lit's dev build warns): the host's `updated()`
    // and the controllers added after this one read `near` in this same update.
    const r = this.host.getBoundingClientRect();
    if (r.width && r.top < innerHeight + MARGIN && r.bottom > -MARGIN && r.left < innerWidth && r.right > 0) {
      this.near = true;
      this.hostDisconnected();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private markNear(): void {
    this.near = true;
    this.hostDisconnected();
    this.host.requestUpdate();
  }
}
