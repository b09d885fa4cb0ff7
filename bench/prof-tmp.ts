import { decodeBounce } from '@/lib/decoder';
import { loadCorpus } from '../__tests__/fixtures/corpus/corpus';
async function main() {
  const samples = loadCorpus();
  const t = performance.now();
  while (performance.now() - t < 6000) for (const s of samples) await decodeBounce(s.input);
}
main();
