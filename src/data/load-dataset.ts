/**
 * Fetches a dataset JSON safely: without credentials, with a timeout, size-limited while
 * streaming (a huge response is cut off, not buffered), checked for a JSON content type,
 * parsed as JSON only, then validated (a large one in slices); or recognises a shard manifest,
 * whose shards load later. Never rejects: failures come back with their reason.
 */
import { MAX_DATASET_BYTES } from './vocabulary.js';
import type { DatasetT } from './schema.js';
import { describeProblem, type DataProblem } from './problems.js';
import { parseText } from './large-datasets.js';
import type { DataErrorReason } from '../events.js';

export type LoadResult =
  | { ok: true; data: DatasetT; warnings: DataProblem[] }
  /** `src` is a shard manifest (`shards.json`): the provider loads its shards on demand (hosted-shards.ts). */
  | { ok: true; manifest: Record<string, unknown>; url: string }
  | { ok: false; reason: DataErrorReason | 'aborted'; message: string; status?: number; contentType?: string; problems?: DataProblem[] };

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up (default 15 000). */
  timeout?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

const JSON_TYPE = /^(application\/(.+\+)?json|text\/json)\b/i;

type Failure = Extract<LoadResult, { ok: false }>;

/**
 * Fetches JSON text safely (the first part of `loadDataset`; a hosted dataset's shards too):
 * only http(s) and blob: URLs, no credentials, a timeout, a JSON content type, at most
 * `maxBytes` read. Never rejects.
 */
export async function fetchJsonText(src: string, options: LoadOptions = {}): Promise<{ ok: true; text: string; url: string } | Failure> {
  const maxBytes = options.maxBytes ?? MAX_DATASET_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? 15_000);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const fail = (reason: DataErrorReason, message: string, extra: Partial<Failure> = {}): Failure => ({ ok: false, reason, message, ...extra });
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
    try {
      return { ok: true, text: await readLimited(response, maxBytes), url: url.href };
    } catch (error) {
      if (options.signal?.aborted) return { ok: false, reason: 'aborted', message: 'aborted' };
      if (error instanceof TooLarge) return fail('too-large', `response exceeds the limit of ${maxBytes} bytes`);
      return timedOut ? fail('timeout', 'the request timed out') : fail('network', 'the response could not be read');
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * A shard manifest (`shards.json`, written by `kerjasama data build --shards`): a small object
 * with a `shards` table and no records. Read only from short text (a dataset is parsed once, later).
 */
function asManifest(text: string): Record<string, unknown> | undefined {
  if (text.length > 65_536 || !/"shards"\s*:/.test(text)) return undefined;
  try {
    const json = JSON.parse(text) as unknown;
    return json && typeof json === 'object' && !Array.isArray(json) && 'shards' in json && !('events' in json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export async function loadDataset(src: string, options: LoadOptions = {}): Promise<LoadResult> {
  const fetched = await fetchJsonText(src, options);
  if (!fetched.ok) return fetched;
  const manifest = asManifest(fetched.text);
  if (manifest) return { ok: true, manifest, url: fetched.url };
  // A large one is checked in slices, in later tasks: the page is not blocked for it all at once.
  const result = await parseText(fetched.text, { maxBytes: options.maxBytes ?? MAX_DATASET_BYTES }).catch(() => undefined);
  if (!result) return { ok: false, reason: 'network', message: 'the dataset checker could not be loaded' };
  if (result.ok) return result;
  const first = result.errors[0];
  const reason: DataErrorReason = first.path === '$' && /not valid JSON/.test(first.message) ? 'json' : 'schema';
  return { ok: false, reason, message: result.errors.slice(0, 3).map(describeProblem).join('; '), problems: result.errors };
}

class TooLarge extends Error {}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  // Decoded once: a stream decode per chunk, appended to a string, took ~20 ms on 2 MB.
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
