/** A tiny static file server for benchmark pages (loopback only). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

// Pages and files compressed once each, as a real host serves them (Lighthouse's simulated network
// counts the bytes; a page carrying megabytes of inline JSON, or a shard, crosses loopback faster).
const gzipped = new Map<string, Buffer>();

export function serve(root: string, pages: Record<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding']));
    if (pages[path] !== undefined) {
      const type = TYPES[extname(path)] ?? 'text/html';
      if (!accepts) return void res.writeHead(200, { 'content-type': type }).end(pages[path]);
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(pages[path]));
      return void res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipped.get(path));
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return void res.writeHead(404).end();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (type !== 'application/octet-stream' && accepts) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
      return void res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' }).end(gzipped.get(file));
    }
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}
