import { languageScriptFile } from '@/lib/language-script-file';

// Built once: the same file for every page and reader. Pages load it by an address carrying a hash of
// its text (lib/language-script-file.ts), so it may be kept as long as Next's own hashed chunks.
export const dynamic = 'force-static';

export async function GET() {
  return new Response((await languageScriptFile()).source, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
