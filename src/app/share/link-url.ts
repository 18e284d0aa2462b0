/** Links longer than this may be cut by chat tools, mail clients or some browsers. */
export const LONG_LINK_CHARS = 8000;

/** The page's address with `fragment` (without `#`) as its hash. */
export function linkUrl(fragment: string, location: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}

/** The share fragment in a hash, if it is one (`#d=…`); undefined otherwise. */
export function shareFragment(hash: string): string | undefined {
  return hash.startsWith('#d=') ? hash.slice(1) : undefined;
}
