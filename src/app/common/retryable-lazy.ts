import { lazy, useCallback, useState, type ComponentType } from 'react';

/**
 * React.lazy keeps a failed import forever; this gives a lazy component and a `retry` that starts the
 * import again (for an error boundary's "Try again" after a chunk failed to load).
 */
export function useRetryableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const [component, setComponent] = useState(() => lazy(load));
  const retry = useCallback(() => setComponent(() => lazy(load)), [load]);
  return [component, retry] as const;
}
