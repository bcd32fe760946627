/**
 * Stand-ins for browser services in tests: console warnings, the clipboard, fetch, uncaught
 * errors. Each returns a handle with `restore()`; call it in `afterEach`.
 */
import { deepQueryAll } from './dom.js';

/** Records `console.warn` calls instead of printing them. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    /** Warnings whose text contains `needle`. */
    mentioning: (needle: string) => messages.filter((m) => m.includes(needle)),
    restore: () => {
      console.warn = original;
    },
  };
}

/** Runs `run` with `console.warn` captured; returns the arguments of each call. */
export async function warningsDuring(run: () => Promise<void>): Promise<unknown[][]> {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return calls;
}

/** Replaces `navigator.clipboard.writeText`; `fail` makes it reject like a denied permission. */
/**
 * The message channels made while `run` runs: the pauses of a check in slices (src/internal/
 * next-task.ts posts each through a channel of its own; nothing else on a test page makes any).
 */
export async function pausesDuring(run: () => Promise<void>): Promise<number> {
  let pauses = 0;
  const Channel = window.MessageChannel;
  window.MessageChannel = class extends Channel {
    constructor() {
      super();
      pauses++;
    }
  };
  try {
    await run();
  } finally {
    window.MessageChannel = Channel;
  }
  return pauses;
}

export function stubClipboard(options: { fail?: boolean } = {}) {
  const writes: string[] = [];
  const clipboard = navigator.clipboard as Clipboard | undefined;
  const own = clipboard ? Object.getOwnPropertyDescriptor(clipboard, 'writeText') : undefined;
  const writeText = async (text: string) => {
    if (options.fail) throw new DOMException('Write permission denied.', 'NotAllowedError');
    writes.push(text);
  };
  if (clipboard) Object.defineProperty(clipboard, 'writeText', { value: writeText, configurable: true, writable: true });
  return {
    writes,
    restore: () => {
      if (!clipboard) return;
      if (own) Object.defineProperty(clipboard, 'writeText', own);
      else delete (clipboard as { writeText?: unknown }).writeText;
    },
  };
}

/**
 * Replaces `document.execCommand('copy')` (the clipboard fallback) and records the text that
 * was selected for copying in a text area (anywhere, shadow roots included).
 */
export function stubExecCommandCopy(result = true) {
  const original = document.execCommand;
  const copied: string[] = [];
  document.execCommand = (command: string) => {
    if (command !== 'copy') return false;
    for (const area of deepQueryAll<HTMLTextAreaElement>('textarea')) {
      if (area.selectionEnd > area.selectionStart) copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
    }
    return result;
  };
  return {
    copied,
    restore: () => {
      document.execCommand = original;
    },
  };
}

export interface HeldRequest {
  url: string;
  init: RequestInit | undefined;
  signal: AbortSignal | undefined;
  /** Answers with a JSON body (status 200 unless given). */
  respondJson(body: unknown, init?: ResponseInit): void;
}

/**
 * Replaces `window.fetch` with one whose requests wait until the test answers them, so
 * loading, timeouts and aborts can be driven step by step. Aborting a held request rejects
 * it with an `AbortError`, as the real fetch does.
 */
export function holdFetch() {
  const original = window.fetch;
  const requests: HeldRequest[] = [];
  const waiting: ((r: HeldRequest) => void)[] = [];
  let handedOut = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
      if (signal?.aborted) return reject(abortError());
      signal?.addEventListener('abort', () => reject(abortError()), { once: true });
      const request: HeldRequest = {
        url: String(input instanceof Request ? input.url : input),
        init,
        signal,
        respondJson: (body, responseInit) =>
          resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' }, ...responseInit })),
      };
      requests.push(request);
      const waiter = waiting.shift();
      if (waiter) {
        handedOut++;
        waiter(request);
      }
    });
  return {
    requests,
    /** The first request not yet handed out by `nextRequest`, waiting for it if need be. */
    nextRequest: (): Promise<HeldRequest> =>
      new Promise((resolve) => {
        if (requests.length > handedOut) resolve(requests[handedOut++]);
        else waiting.push(resolve);
      }),
    restore: () => {
      window.fetch = original;
    },
  };
}

/** Records uncaught errors and unhandled promise rejections while it is active. */
export function watchUncaughtErrors() {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Records what each `copy` event would put on the clipboard (the selected text) and keeps it
 * off the real clipboard. Lets a test follow the selection-based fallback end to end.
 */
export function recordCopyEvents() {
  const copied: string[] = [];
  const onCopy = (e: ClipboardEvent) => {
    const text = String(document.getSelection());
    copied.push(text);
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy, true);
  return {
    copied,
    restore: () => document.removeEventListener('copy', onCopy, true),
  };
}
