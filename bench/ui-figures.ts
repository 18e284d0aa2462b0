/** Pure helpers of the UI benchmark: percentiles of samples and the scripts a built page loads before first paint. */

/** The `p`th percentile (0–100) of `samples`, interpolated linearly between closest ranks; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must lie in 0..100, not ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p / 100) * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

/**
 * Percentage of frame intervals longer than 1.5 times the median one: frames the page missed (a 60 Hz
 * display gives 16.7 ms intervals and 33.3 ms for each missed frame). Unlike p95 it does not jump from
 * one interval to two when the share of missed frames crosses 5%.
 */
export function lateFramePercent(frames: readonly number[]): number {
  if (frames.length === 0) return Number.NaN;
  const limit = percentile(frames, 50) * 1.5;
  return (100 * frames.filter((f) => f > limit).length) / frames.length;
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gi;

function attributesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/**
 * The JavaScript a built index.html makes the browser fetch before first paint: module entry scripts
 * and the chunks it modulepreloads (their static imports), in document order, without duplicates.
 * Lazily imported chunks are not named in the HTML, so they are not counted.
 */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(TAG)) {
    const attributes = attributesOf(m[2]!);
    const url =
      m[1]!.toLowerCase() === 'script'
        ? attributes.get('src')
        : attributes.get('rel')?.toLowerCase().split(/\s+/).includes('modulepreload')
          ? attributes.get('href')
          : undefined;
    if (url && !out.includes(url)) out.push(url);
  }
  return out;
}
