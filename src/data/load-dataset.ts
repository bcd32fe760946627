/**
 * Fetches a dataset JSON safely: without credentials, with a timeout, size-limited while
 * streaming (a huge response is cut off, not buffered), checked for a JSON content type,
 * parsed as JSON only, then validated (a large one in slices). Never rejects: failures come back
 * with their reason.
 */
import { MAX_DATASET_BYTES, type DatasetT } from './schema.js';
import { describeProblem, type DataProblem } from './validate.js';
import { parseText } from './large-datasets.js';
import type { DataErrorReason } from '../events.js';

export type LoadResult =
  | { ok: true; data: DatasetT; warnings: DataProblem[] }
  | { ok: false; reason: DataErrorReason | 'aborted'; message: string; status?: number; contentType?: string; problems?: DataProblem[] };

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up (default 15 000). */
  timeout?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

const JSON_TYPE = /^(application\/(.+\+)?json|text\/json)\b/i;

export async function loadDataset(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? 15_000);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const fail = (reason: DataErrorReason, message: string, extra: Partial<LoadResult> = {}): LoadResult =>
    ({ ok: false, reason, message, ...extra }) as LoadResult;
  try {
    if (options.signal?.aborted) return { ok: false, reason: 'aborted', message: 'aborted' };
    // Only http(s) (and blob:, for a dataset a page builds from a reader's upload); never
    // javascript:, data: or file: URLs taken from an attribute.
    let url: URL;
    try {
      url = new URL(src, typeof document === 'undefined' ? undefined : document.baseURI);
    } catch {
      return fail('url', `"${src.slice(0, 80)}" is not a URL`);
    }
    if (!['http:', 'https:', 'blob:'].includes(url.protocol)) return fail('url', `"${src.slice(0, 80)}" is not an http(s) URL`);
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url.href, {
        credentials: 'omit',
        signal: controller.signal,
        headers: { Accept: 'application/json' },
        referrerPolicy: 'no-referrer',
      });
    } catch {
      if (options.signal?.aborted) return { ok: false, reason: 'aborted', message: 'aborted' };
      return timedOut ? fail('timeout', 'the request timed out') : fail('network', 'the network request failed');
    }
    if (!response.ok) {
      // Release the connection instead of leaving an unread error page to the garbage collector.
      await response.body?.cancel().catch(() => undefined);
      return fail('http', `HTTP ${response.status}`, { status: response.status });
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType && !JSON_TYPE.test(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      return fail('content-type', `content type ${contentType.split(';')[0]} is not JSON`, { contentType });
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return fail('too-large', `response of ${declared} bytes exceeds the limit of ${maxBytes}`);
    }
    let text: string;
    try {
      text = await readLimited(response, maxBytes);
    } catch (error) {
      if (options.signal?.aborted) return { ok: false, reason: 'aborted', message: 'aborted' };
      if (error instanceof TooLarge) return fail('too-large', `response exceeds the limit of ${maxBytes} bytes`);
      return timedOut ? fail('timeout', 'the request timed out') : fail('network', 'the response could not be read');
    }
    // A large one is checked in slices, in later tasks: the page is not blocked for it all at once.
    const result = await parseText(text, { maxBytes });
    if (result.ok) return result;
    const first = result.errors[0];
    const reason: DataErrorReason = first.path === '$' && /not valid JSON/.test(first.message) ? 'json' : 'schema';
    return fail(reason, result.errors.slice(0, 3).map(describeProblem).join('; '), { problems: result.errors });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

class TooLarge extends Error {}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
