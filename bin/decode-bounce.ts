/**
 * Decode bounces from files or standard input and print the same JSON as POST /api/v1/decode.
 *
 *   npm run decode -- [--locale vi] bounce.eml other.txt …   (one JSON document per file)
 *   cat bounce.eml | npm run decode -- --locale vi
 */
import { readFileSync } from 'node:fs';
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales';
import { decodeBounce } from '@/lib/decoder';
import { inputProblem } from '@/lib/decoder/input';
import { toReport } from '@/lib/decoder/report';
import { loadExplanationMessages } from '@/lib/decoder/explanation-messages';

async function main(args: string[]) {
  let locale: Locale = defaultLocale;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--locale') {
      const value = args[++i] ?? '';
      if (!isLocale(value)) throw new Error(`Unknown locale "${value}".`);
      locale = value;
    } else files.push(args[i]!);
  }
  const messages = await loadExplanationMessages(locale);
  const inputs = files.length > 0 ? files.map((f) => [f, readFileSync(f)] as const) : [['-', readFileSync(0)] as const];
  let failed = false;
  for (const [name, buffer] of inputs) {
    const bytes = new Uint8Array(buffer);
    const problem = inputProblem(bytes);
    if (problem) {
      failed = true;
      process.stdout.write(`${JSON.stringify({ file: name, error: problem })}\n`);
      continue;
    }
    const report = toReport(await decodeBounce(bytes), locale, messages);
    process.stdout.write(`${JSON.stringify(files.length > 0 ? { file: name, ...report } : report, null, files.length > 1 ? 0 : 2)}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
