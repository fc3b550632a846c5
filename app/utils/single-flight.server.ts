const running = new Map<string, Promise<unknown>>();

/**
 * The same read asked for while it is still running gets that run's answer instead of a query of
 * its own. Remix runs a page's loaders side by side, each with its own copy of the request, so the
 * root's and the route's loaders would otherwise each read the session and the organisation.
 * Nothing is kept once the read is done: no process holds an answer another could contradict.
 */
export function singleFlight<Result>(key: string, read: () => Promise<Result>): Promise<Result> {
  const current = running.get(key) as Promise<Result> | undefined;
  if (current) return current;
  const started = read().finally(() => running.delete(key));
  running.set(key, started);
  return started;
}
