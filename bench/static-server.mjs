// The floor for bench/load.mjs: the same prerendered HTML (.next/server/app/**.html) served by the least
// a Node server can do — every file read once into memory, one Map lookup per request, no compression.
// Usage: node bench/static-server.mjs [port]   (after `next build`; a page's URL is its file's path
// without .html, as `next start` serves it: /en/smtp/550 ← .next/server/app/en/smtp/550.html)
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const root = new URL('../.next/server/app/', import.meta.url);

export function loadPages() {
  const pages = new Map();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = `${entry.parentPath}/${entry.name}`;
    pages.set(file.slice(root.pathname.length - 1, -'.html'.length), readFileSync(file));
  }
  return pages;
}

export function startStaticServer(port = 0) {
  const pages = loadPages();
  const server = createServer((request, response) => {
    const body = pages.get(request.url.split('?')[0]);
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  return new Promise((resolve) => server.listen(port, 'localhost', () => resolve({ server, pages })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, pages } = await startStaticServer(Number(process.argv[2] ?? 3121));
  console.log(`${pages.size} pages on http://localhost:${server.address().port}`);
}
