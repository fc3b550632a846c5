import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { env, isProduction } from "./env.server";
import { queryCounting } from "./query-count.server";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

// SQLite-only settings, applied to the one connection the adapter opens.
class TunedSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    // `optimize` gathers table statistics when they are missing or stale (cheaply, with its own
    // limit): without them the planner scanned 100,000 stories by status instead of using ids.
    await adapter.executeScript(
      "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA optimize = 0x10002;",
    );
    return withTransactionGate(adapter);
  }
}

/** A function that does its work the first time it is called and nothing after. */
function once(action: () => void) {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    action();
  };
}

/**
 * Every request shares the one connection, and an interactive transaction stays open across
 * several awaits. The adapter queues transactions behind each other but not the queries outside
 * them, so another request's query ran inside whichever transaction was open: it saw rows that
 * might never be committed, and its own write, already acknowledged, was undone when that
 * transaction rolled back. Here a query outside a transaction waits until none is open.
 * better-sqlite3 runs each query synchronously, so the wait is only for transactions to finish.
 * (A query on `db` instead of `tx` inside a transaction now waits for that transaction: it fails
 * with Prisma's transaction timeout instead of silently joining it.)
 */
function withTransactionGate(adapter: Adapter): Adapter {
  let last = Promise.resolve();
  /** Resolves, in arrival order, with the function that lets the next one in. */
  const enter = () => {
    let leave!: () => void;
    const previous = last;
    last = new Promise<void>((resolve) => (leave = resolve));
    return previous.then(() => leave);
  };
  const outsideTransaction = async <Result>(query: () => Promise<Result>) => {
    const leave = await enter();
    try {
      return await query();
    } finally {
      leave();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query) => outsideTransaction(() => adapter.queryRaw(query)),
    executeRaw: (query) => outsideTransaction(() => adapter.executeRaw(query)),
    executeScript: (script) => outsideTransaction(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    // The adapter would send a plain BEGIN: a deferred transaction, which takes SQLite's write
    // lock only at its first write. In WAL mode, when another process wrote between that
    // transaction's first read and its first write, the write fails at once with SQLITE_BUSY
    // (its snapshot is stale), without waiting out the busy timeout. BEGIN IMMEDIATE takes the
    // lock first, waiting for it as long as the busy timeout allows, so writes from several
    // processes queue instead of failing. The gate already keeps this process to one transaction
    // at a time, which is all the adapter's own lock did. (SQLite's only isolation level is
    // serializable, the only one Prisma offers for it.)
    async startTransaction() {
      const leave = once(await enter());
      try {
        await adapter.executeRaw(statement("BEGIN IMMEDIATE"));
      } catch (error) {
        leave();
        throw error;
      }
      return {
        provider: adapter.provider,
        adapterName: adapter.adapterName,
        options: { usePhantomQuery: false },
        queryRaw: (query) => adapter.queryRaw(query),
        // Prisma sends COMMIT or ROLLBACK as SQL and then calls commit() or rollback() (also on its
        // timeouts), but skips those when the SQL fails (a deferred constraint, a full disk): the
        // transaction is rolled back here and the gate opened, or every later query would wait.
        async executeRaw(query) {
          try {
            return await adapter.executeRaw(query);
          } catch (error) {
            if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) {
              await adapter.executeRaw(statement("ROLLBACK")).catch(() => undefined);
              leave();
            }
            throw error;
          }
        },
        commit: async () => leave(),
        rollback: async () => leave(),
      };
    },
  };
}

function statement(sql: string) {
  return { sql, args: [], argTypes: [] };
}

export function createPrismaClient(url: string) {
  const path = url.replace(/^file:/, "");
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const client = new PrismaClient({ adapter: new TunedSQLite({ url }) });
  // Development and tests count each request's queries (query-count.server.ts); production skips
  // the extension's cost. It changes no query's shape, so the client keeps its own type.
  return isProduction ? client : (client.$extends(queryCounting) as unknown as PrismaClient);
}

// One client per process; the dev server's module reloads must not open a new one each time.
const globalForDb = globalThis as unknown as { __db?: PrismaClient };
export const db = (globalForDb.__db ??= createPrismaClient(env.DATABASE_URL));
