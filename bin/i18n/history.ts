/** English strings of earlier commits, by source hash: what a stale translation was made from. */
import { execFileSync } from 'node:child_process';
import { flatten, sourceHash, type MessageTree } from '../../lib/translation-sources';

const EN_FILE = 'messages/en.json';
/** Far enough back for any translation still in use; each revision costs one `git show`. */
const MAX_REVISIONS = 300;

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** messages/en.json at `rev`, flat. */
export function englishAt(rev: string): Map<string, string> {
  return flatten(JSON.parse(git('show', `${rev}:${EN_FILE}`)) as MessageTree);
}

/**
 * Looks up the English behind each hash, newest commit first, stopping as soon as all are found. A hash
 * may come from any key (a text moved to another key keeps its hash); prefers the same key when both match.
 */
export function findEnglishSources(wanted: ReadonlyMap<string, string>): Map<string, { text: string; rev: string }> {
  const found = new Map<string, { text: string; rev: string }>();
  const byHash = new Map<string, string[]>();
  for (const [key, hash] of wanted) byHash.set(hash, [...(byHash.get(hash) ?? []), key]);
  const revisions = git('log', '--format=%H', `-n${MAX_REVISIONS}`, '--', EN_FILE).split('\n').filter(Boolean);
  for (const rev of revisions) {
    if (found.size === wanted.size) break;
    for (const [key, text] of englishAt(rev)) {
      for (const wantedKey of byHash.get(sourceHash(text)) ?? []) {
        const previous = found.get(wantedKey);
        if (!previous || (key === wantedKey && previous.rev === rev)) found.set(wantedKey, { text, rev: rev.slice(0, 10) });
      }
    }
  }
  return found;
}
