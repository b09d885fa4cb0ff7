// The floor for bench/load.mjs: the same prerendered HTML (.next/server/app/**.html) served by the least
// a Node server can do — every file read once into memory, one Map lookup per request, no compression.
// Usage: node bench/static-server.mjs [port]   (after `npm run build`; 0 = any free port; prints its URL)
// A page's URL is its file's path without .html, as `next start` serves it: /en/smtp/550 ← en/smtp/550.html.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const root = new URL('../.next/server/app/', import.meta.url).pathname;
const pages = new Map();
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = `${entry.parentPath}/${entry.name}`;
  pages.set(file.slice(root.length - 1, -'.html'.length), readFileSync(file));
}

const server = createServer((request, response) => {
  const body = pages.get(request.url.split('?')[0]);
  response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  response.end(body ?? 'not found');
});
server.listen(Number(process.argv[2] ?? 3121), 'localhost', () => {
  console.log(`${pages.size} pages on http://localhost:${server.address().port}`);
});
