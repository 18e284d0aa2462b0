/** Where the CLI writes: injected so tests capture output without spawning a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 no errors (warnings allowed), 1 the design has errors, 2 unreadable input or usage. */
export const EXIT = { ok: 0, designErrors: 1, badInput: 2 } as const;
