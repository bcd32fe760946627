/**
 * Resolves in a new task, after the current one and its microtasks: `scheduler.yield()` where
 * the browser has it (the continuation keeps its place ahead of other queued work), else a
 * zero-delay timer. What an element awaits before work long enough to be a task of its own.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
