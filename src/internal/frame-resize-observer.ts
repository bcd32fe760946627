/**
 * A ResizeObserver whose callbacks run in the next animation frame, one batch per frame and the
 * newest entry per element. The virtualizer re-lays out its items from inside its resize
 * callbacks; run synchronously, that re-layout resizes observed items again in the same frame
 * and Chromium reports "ResizeObserver loop completed with undelivered notifications" as a
 * window error (lit/lit#3154). Delivered a frame later, there is no loop.
 */
// The package's public entry for supplying a ResizeObserver (meant for polyfills).
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending = new Map<Element, ResizeObserverEntry>();
  private frame = 0;

  constructor(private readonly callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      for (const e of entries) this.pending.set(e.target, e);
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        const batch = [...this.pending.values()];
        this.pending = new Map();
        if (batch.length) this.callback(batch, this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.pending.delete(target);
    this.observer.unobserve(target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending.clear();
    this.observer.disconnect();
  }
}

let installed = false;

/** Makes the virtualizer use FrameResizeObserver (once; before the first virtualizer starts). */
export function useFrameResizeObserver(): void {
  if (installed) return;
  installed = true;
  provideResizeObserver(FrameResizeObserver as unknown as typeof ResizeObserver);
}
