/**
 * The headers next.config.ts sets by path. Pages get their Content-Security-Policy and X-Frame-Options
 * from the proxy (per page: hashes or a nonce), embed cards from their own route (no script, framable by
 * anyone); everything else (API, images, static files) gets a policy that loads nothing.
 * Loaded by next.config.ts, outside the app's bundler: relative imports only.
 */
import { LOCKED_DOWN_POLICY } from './csp';

type Header = { readonly key: string; readonly value: string };

const EVERYWHERE: readonly Header[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Nothing on the site uses these; clipboard-write stays allowed for our own "copy" buttons.
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(), usb=(), xr-spatial-tracking=(), clipboard-write=(self)',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

const lockedDown: Header = { key: 'Content-Security-Policy', value: LOCKED_DOWN_POLICY };
// Link previews and help centres load cards and preview images from their own origins.
const crossOrigin: Header = { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' };
// The read-only APIs answer the same to everyone until the next deploy: browsers keep them an hour,
// shared caches a day. Any origin may read them from a browser (support tools, help centres).
const publicApi: Header[] = [
  { key: 'Cache-Control', value: 'public, max-age=3600, s-maxage=86400' },
  { key: 'Access-Control-Allow-Origin', value: '*' },
  crossOrigin,
];

/** In next.config's `headers()` shape; a later entry's header replaces an earlier one of the same name. */
export const SECURITY_HEADERS: { source: string; headers: Header[] }[] = [
  { source: '/:path*', headers: [...EVERYWHERE] },
  { source: '/api/:path*', headers: [lockedDown] },
  { source: '/og/:path*', headers: [lockedDown, crossOrigin] },
  { source: '/:locale/embed/:path*', headers: [crossOrigin] },
  { source: '/api/v1/codes/:path*', headers: publicApi },
  { source: '/api/oembed', headers: publicApi },
  { source: '/api/v1/openapi.json', headers: publicApi },
  { source: '/sitemap.xml', headers: [{ key: 'Cache-Control', value: 'public, max-age=3600' }] },
  { source: '/robots.txt', headers: [{ key: 'Cache-Control', value: 'public, max-age=3600' }] },
];
