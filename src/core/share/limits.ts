/**
 * Size limits of share links, checked before any work is done on untrusted text. A link is meant for
 * a browser address bar and a chat message, so the limits sit far above any real design yet far
 * below what could hurt a tab.
 */

/** Longest fragment text accepted, in characters (about 2 MB). */
export const MAX_FRAGMENT_CHARS = 2_000_000;

/** Largest payload accepted after inflating, in bytes (1 MiB). A longer one is refused unread. */
export const MAX_INFLATED_BYTES = 1_048_576;

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most about 1,032:1, so one
 * step can never produce more than about 1 MiB before the running total is checked.
 */
export const INFLATE_STEP_BYTES = 1_024;

/** PBKDF2-SHA-256 iterations for a passphrase-protected link (OWASP's 2023 figure). */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM authentication tag length, in bytes. */
export const TAG_BYTES = 16;
