// A small static server for the demo, the screenshots and the bench. HTML pages get the strict
// Content-Security-Policy the kit promises to work under (see README, "Content-Security-Policy").
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https://tile.openstreetmap.org",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.ico': 'image/x-icon',
};

export function serve({ root, port = 0, host = '127.0.0.1' }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.includes('..')) return void res.writeHead(400).end();
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    let file = join(root, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const stat = statSync(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'content-length': stat.size, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      // The demo pages run under the strict policy; the bench pages need blob: catalogues.
      if (type.startsWith('text/html') && path.startsWith('/demo/')) {
        headers['content-security-policy'] = DEMO_CSP;
        headers['referrer-policy'] = 'strict-origin-when-cross-origin';
      }
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return void res.end();
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}` }));
  });
}
