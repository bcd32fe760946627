/**
 * Tells its host once the page is first idle after the host connected (requestIdleCallback,
 * within a second on a busy page), so that work it can put off, such as a reference list's entries
 * below an article, lets what the page is busy rendering go first. The host's `updateComplete`
 * waits for it. Latches: once idle, stays idle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trackLoad } from './lazy-module-controller.js';

export class IdleController implements ReactiveController {
  idle = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.host;
    if (!this.idle)
      trackLoad(
        host,
        new Promise<void>((resolve) =>
          // Without requestIdleCallback (Safari): after the tasks already queued.
          (window.requestIdleCallback ?? setTimeout)(
            () => {
              this.idle = true;
              // Removed meanwhile: it updates when it is connected again.
              if (host.isConnected) host.requestUpdate();
              resolve();
            },
            { timeout: 1000 },
          ),
        ),
      );
  }
}
