import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";

/**
 * The database work one request (or one measured call) caused: its Prisma operations by name
 * (`User.findUnique`, `$queryRaw`), and the time at least one of them was running. Queries run
 * side by side overlap, so their durations are not added up.
 */
export type QueryTally = { operations: string[]; milliseconds: number; running: number; since: number };

// Shared through globalThis: in development the dev server's request log (scripts/vite-query-log.ts,
// loaded with Vite's config) and the app (loaded by Vite's SSR module loader) each get their own
// copy of this module, and both must see the same store.
const storageKey = Symbol.for("brandworthy.queryTally");
const globals = globalThis as { [storageKey]?: AsyncLocalStorage<QueryTally> };
const storage = (globals[storageKey] ??= new AsyncLocalStorage<QueryTally>());

/**
 * Runs the work with a tally of its own: every query it causes counts there. Prisma starts a
 * query only when it is awaited, so the work's own answer is awaited inside too.
 */
export function countQueriesOf<Result>(work: () => Result | PromiseLike<Result>) {
  const tally: QueryTally = { operations: [], milliseconds: 0, running: 0, since: 0 };
  return { result: storage.run(tally, async () => await work()), tally };
}

/** How many queries the work made, which, and their time: what tests hold pages to. */
export async function measureQueries<Result>(work: () => PromiseLike<Result>) {
  const { result, tally } = countQueriesOf(work);
  const value = await result;
  return {
    result: value,
    queries: tally.operations.length,
    operations: tally.operations,
    milliseconds: tally.milliseconds,
  };
}

/**
 * A Prisma client extension that adds each operation (model queries and raw SQL, inside
 * transactions too) to the tally of the request it runs for. The time includes Prisma's own
 * compiling of the query, which costs more than SQLite's work on these pages.
 */
export const queryCounting = {
  query: {
    async $allOperations<Result>({
      model,
      operation,
      args,
      query,
    }: {
      model?: string;
      operation: string;
      args: unknown;
      query: (args: unknown) => Promise<Result>;
    }) {
      const tally = storage.getStore();
      if (!tally) return query(args);
      tally.operations.push(model ? `${model}.${operation}` : operation);
      if (tally.running++ === 0) tally.since = performance.now();
      try {
        return await query(args);
      } finally {
        if (--tally.running === 0) tally.milliseconds += performance.now() - tally.since;
      }
    },
  },
};

/**
 * One line of the development server's log, with the operations grouped:
 * `GET /  4 queries 3.1 ms (request 40 ms): Session.findUnique, Organisation.findFirst ×2, ...`.
 */
export function describeTally(label: string, { operations, milliseconds }: QueryTally, requestMs: number) {
  const count = operations.length;
  const times = new Map<string, number>();
  for (const operation of operations) times.set(operation, (times.get(operation) ?? 0) + 1);
  const names = [...times].map(([operation, n]) => (n > 1 ? `${operation} ×${n}` : operation)).join(", ");
  return `${label}  ${count} ${count === 1 ? "query" : "queries"} ${milliseconds.toFixed(1)} ms (request ${requestMs.toFixed(0)} ms)${names ? `: ${names}` : ""}`;
}
