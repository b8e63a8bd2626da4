import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { COMMON_HEADERS } from './security-headers.mjs';

// No user input is ever rendered as markup; inline scripts are Next's own bootstrap.
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    `style-src 'self'${process.env.NODE_ENV === 'development' ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(frameAncestors ? [`frame-ancestors ${frameAncestors}`] : []),
  ].join('; ');

const common = COMMON_HEADERS;

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Maps beside the browser chunks: `npm run analyze` reads them to say which modules and packages each chunk holds
  // (Turbopack's chunks name none). They cost the build nothing measurable and browsers fetch them only in DevTools.
  productionBrowserSourceMaps: true,
  // Native and data-heavy server modules stay outside the bundle.
  serverExternalPackages: ['better-sqlite3', '@node-rs/jieba', 'opencc-js', 'pinyin-pro'],
  async headers() {
    return [
      // Framing is allowed on the embeddable cards only, and there by anyone: `frame-ancestors *` would
      // still refuse pages opened from disk (file:) and sandboxed (opaque-origin) frames, so none is sent.
      { source: '/((?!embed/).*)', headers: [...common, { key: 'Content-Security-Policy', value: csp("'none'") }, { key: 'X-Frame-Options', value: 'DENY' }] },
      { source: '/embed/:path*', headers: [...common, { key: 'Content-Security-Policy', value: csp(null) }] },
    ];
  },
  async rewrites() {
    // The public card address carries the language as ?lang=; the route has it in the path, so that the
    // card's root layout can set <html lang>.
    return {
      beforeFiles: [
        { source: '/embed/p/:id', has: [{ type: 'query', key: 'lang', value: 'en' }], destination: '/embed/en/p/:id' },
        { source: '/embed/p/:id', destination: '/embed/zh/p/:id' },
      ],
    };
  },
};

/**
 * next-intl's plugin points the build at i18n/request.ts; the production server runs what was
 * built and needs none of it (the plugin's module loads @swc/core, some 13 MB in every worker).
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import('next-intl/plugin');
  return createNextIntlPlugin('./i18n/request.ts')(nextConfig);
}
