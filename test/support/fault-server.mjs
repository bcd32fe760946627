/**
 * A web-test-runner plugin that serves misbehaving dataset responses under `/__faults/…`, for
 * the fault tests of `<kerjasama-data src>` against a real HTTP stack (test/security/faults.test.ts):
 *
 *   /__faults/500?id=…           status 500 with a JSON error body
 *   /__faults/ok?id=…            the small test dataset, at once
 *   /__faults/trickle?id=…&ms=N  the small test dataset dribbled out over N ms (default 2 000)
 *   /__faults/huge?id=…          10 MB of valid JSON, generated while streaming with backpressure;
 *                                `&declare=1` also sends Content-Length
 *   /__faults/wrong-type?id=…    the small test dataset as `text/html` (`&type=` to choose)
 *   /__faults/never?id=…         headers and a first byte, then nothing, never ending
 *                                (`&headers=0`: not even headers)
 *   /__faults/stats?id=…         what the server saw for that id: bytes written, whether the
 *                                response finished or was closed early, whether a cookie came.
 *                                `&wait=started` holds the answer until that request has come in,
 *                                `&wait=closed` until that response is over.
 *
 * Why raw `http` instead of Koa middleware: the dev server composes its Koa middleware before
 * plugins start (`app.use` in `serverStart` is never reached), and its transform middleware
 * buffers every body — a streamed or endless response has to bypass it. So this plugin puts its
 * own `request` listener in front of the dev server's and hands every other request on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PREFIX = '/__faults/';
const SMALL = readFileSync(fileURLToPath(new URL('../fixtures/small-dataset.json', import.meta.url)));
const HUGE_BYTES = 10 * 1024 * 1024;
/** Longest a `stats?wait=closed` request or an endless response is kept open. */
const HOLD_LIMIT_MS = 20_000;

/** One valid-JSON dataset-shaped document of exactly `total` bytes, produced piece by piece. */
function* hugeJson(total) {
  const head = '{"version":"0.0.1","padding":[';
  const tail = '"end"]}';
  const item = `"${'x'.repeat(1014)}",`; // 1 KiB per array item
  yield head;
  let left = total - head.length - tail.length;
  while (left >= item.length) {
    yield item;
    left -= item.length;
  }
  yield ' '.repeat(left); // whitespace between tokens keeps it valid JSON of the exact size
  yield tail;
}

export function faultServerPlugin() {
  /** @type {Map<string, { path: string, bytes: number, finished: boolean, closedEarly: boolean, cookie: boolean, waiters: (() => void)[] }>} */
  const stats = new Map();
  /** `stats?wait=started` requests waiting for the request with their id to come in. */
  const startWaiters = new Map();
  const timers = new Set();

  const later = (ms, fn) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
    return t;
  };

  function record(id, req) {
    const entry = { path: req.url, bytes: 0, finished: false, closedEarly: false, cookie: Boolean(req.headers.cookie), waiters: [] };
    if (id) {
      stats.set(id, entry);
      startWaiters.get(id)?.splice(0).forEach((wake) => wake());
      startWaiters.delete(id);
    }
    return entry;
  }

  /** Wires the bookkeeping: bytes written, normal end, or a close before the end. */
  function track(entry, res) {
    const write = res.write.bind(res);
    res.write = (chunk, ...rest) => {
      entry.bytes += Buffer.byteLength(chunk);
      return write(chunk, ...rest);
    };
    res.on('finish', () => {
      entry.finished = true;
    });
    res.on('close', () => {
      if (!entry.finished) entry.closedEarly = true;
      entry.waiters.splice(0).forEach((wake) => wake());
    });
  }

  function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const kind = url.pathname.slice(PREFIX.length);
    const id = url.searchParams.get('id') ?? '';
    const noStore = { 'cache-control': 'no-store' };

    if (kind === 'stats') {
      const answer = () => {
        const e = stats.get(id);
        res.writeHead(e ? 200 : 404, { 'content-type': 'application/json', ...noStore });
        res.end(JSON.stringify(e ? { path: e.path, bytes: e.bytes, finished: e.finished, closedEarly: e.closedEarly, cookie: e.cookie } : null));
      };
      const e = stats.get(id);
      const wait = url.searchParams.get('wait');
      const hold = (list) => {
        const t = later(HOLD_LIMIT_MS, answer);
        list.push(() => {
          clearTimeout(t);
          timers.delete(t);
          answer();
        });
      };
      if (wait === 'closed' && e && !e.finished && !e.closedEarly) hold(e.waiters);
      else if (wait === 'started' && !e) {
        if (!startWaiters.has(id)) startWaiters.set(id, []);
        hold(startWaiters.get(id));
      } else answer();
      return;
    }

    const entry = record(id, req);
    track(entry, res);

    switch (kind) {
      case '500':
        res.writeHead(500, { 'content-type': 'application/json', ...noStore });
        res.end('{"error":"internal server error"}');
        return;
      case 'ok':
        res.writeHead(200, { 'content-type': 'application/json', ...noStore });
        res.end(SMALL);
        return;
      case 'wrong-type':
        res.writeHead(200, { 'content-type': url.searchParams.get('type') ?? 'text/html; charset=utf-8', ...noStore });
        res.end(SMALL);
        return;
      case 'trickle': {
        const ms = Number(url.searchParams.get('ms') ?? 2000);
        const pieces = 20;
        const size = Math.ceil(SMALL.length / pieces);
        res.writeHead(200, { 'content-type': 'application/json', ...noStore });
        let i = 0;
        const next = () => {
          if (res.destroyed) return;
          res.write(SMALL.subarray(i * size, (i + 1) * size));
          i++;
          if (i < pieces) later(ms / pieces, next);
          else res.end();
        };
        next();
        return;
      }
      case 'huge': {
        const headers = { 'content-type': 'application/json', ...noStore };
        if (url.searchParams.get('declare') === '1') headers['content-length'] = String(HUGE_BYTES);
        res.writeHead(200, headers);
        const pieces = hugeJson(HUGE_BYTES);
        // Write only while the socket accepts more: a reader that stops reading stops the stream.
        const pump = () => {
          for (;;) {
            if (res.destroyed) return;
            const { done, value } = pieces.next();
            if (done) return void res.end();
            if (!res.write(value)) return void res.once('drain', pump);
          }
        };
        pump();
        return;
      }
      case 'never': {
        if (url.searchParams.get('headers') !== '0') {
          res.writeHead(200, { 'content-type': 'application/json', ...noStore });
          res.write('{');
        }
        // Never answers further; closed by the client (abort) or, as a safety net, after the hold limit.
        const t = later(HOLD_LIMIT_MS, () => res.destroy());
        res.on('close', () => {
          clearTimeout(t);
          timers.delete(t);
        });
        return;
      }
      default:
        res.writeHead(404, { 'content-type': 'text/plain', ...noStore });
        res.end(`unknown fault "${kind}"`);
    }
  }

  return {
    name: 'kerjasama-fault-server',
    serverStart({ server }) {
      if (!server) throw new Error('fault-server: the dev server has no HTTP server (middleware mode?)');
      const others = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (req.url?.startsWith(PREFIX)) handle(req, res);
        else for (const listener of others) listener.call(server, req, res);
      });
    },
    serverStop() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      stats.clear();
      startWaiters.clear();
    },
  };
}
