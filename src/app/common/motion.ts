/** How long a view animation lasts: none for people who asked their system for reduced motion. */
export const animationMs = (ms: number): number =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
