import type { NextConfig } from 'next';
import { availableParallelism } from 'node:os';
import createNextIntlPlugin from 'next-intl/plugin';
import { SECURITY_HEADERS } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // Messages are compiled at build time, so the browser gets next-intl's formatter without an ICU
  // parser: client components that translate cost about 1 KB instead of 12 KB gzip.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // One page-rendering worker per core. Next's default leaves a core to the build's main process, which
    // sits idle while pages are prerendered: on 2 cores the 5-locale build took 94 s with its 1 worker and
    // 60 s with 2 (bench/scale.mjs shows the same at 16 locales).
    cpus: availableParallelism(),
  },
  // `npm test` type-checks the whole project first (`npm run typecheck`: next typegen + tsc, tests and
  // scripts included); checking the app again inside every build cost 10–30 s of it on two cores.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  headers: async () => SECURITY_HEADERS,
  // HarfBuzz shapes the Open Graph images' Arabic (lib/og-shaping.ts): an ES module that loads its
  // WebAssembly from beside itself, so Node loads it from node_modules rather than from the bundle.
  serverExternalPackages: ['harfbuzzjs'],
  // Read once, when building (lib/site-config.ts, lib/urls.ts): pages rendered per request show what
  // prerendered ones do. SITE_URL set only when serving left the comparisons rendered per request
  // outside English with hreflang and canonical links to localhost:3000 behind the deployment.
  env: { REPORT_EMAIL: process.env.REPORT_EMAIL ?? '', SITE_URL: process.env.SITE_URL ?? '' },
};

export default withNextIntl(nextConfig);
