/** Headers every answer carries, whoever sends it: Next (next.config.js) or the production server's direct paths (scripts/serve.ts). */
export const COMMON_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];
