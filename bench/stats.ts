/**
 * Runs `fn` `runs` times after `warmup` untimed runs; returns the median in milliseconds. `prepare`
 * builds each run's input outside the timed part (e.g. a fresh copy of a document, so no cache keyed
 * on object identity can help).
 */
export function medianMs<T>(fn: (input: T) => unknown, runs: number, warmup = 3, prepare: () => T = () => undefined as T): number {
  for (let i = 0; i < warmup; i++) fn(prepare());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const t0 = performance.now();
    fn(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
