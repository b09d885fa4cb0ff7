const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * Headers for every response. Pages get their Content-Security-Policy and X-Frame-Options from the
 * proxy (per page: hashes or a nonce, and only embeds may be framed); everything the proxy does not see
 * (API, images, static files) gets a policy that loads nothing.
 */
const EVERYWHERE = [
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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    const lockedDown = { key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" };
    // Link previews and help centres load cards and preview images from their own origins.
    const crossOrigin = { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' };
    return [
      { source: '/:path*', headers: EVERYWHERE },
      { source: '/api/:path*', headers: [lockedDown] },
      { source: '/og/:path*', headers: [lockedDown, crossOrigin] },
      { source: '/:locale/embed/:path*', headers: [crossOrigin] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
