/**
 * Resolves in a later task, so that long work gives the page its main thread back. A posted
 * message, not `setTimeout` (nested timers are held back 4 ms each), nor `scheduler.yield` (it
 * resumes ahead of the page's own queued tasks).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work done between two pauses, in milliseconds (a frame at 60 Hz is 16). */
export const SLICE_MS = 8;
