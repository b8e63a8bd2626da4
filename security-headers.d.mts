/** Types of security-headers.mjs (plain JS so that next.config.js can import it). */
export declare const COMMON_HEADERS: { key: string; value: string }[];
