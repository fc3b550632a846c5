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
      "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA optimize = 0x10002;",
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
    async startTransaction(isolationLevel) {
      const leave = once(await enter());
      try {
        const transaction = await adapter.startTransaction(isolationLevel);
        // Prisma ends every transaction it started with one of these two, also on its timeouts.
        const commit = transaction.commit.bind(transaction);
        const rollback = transaction.rollback.bind(transaction);
        transaction.commit = () => commit().finally(leave);
        transaction.rollback = () => rollback().finally(leave);
        // Prisma sends COMMIT or ROLLBACK as SQL first and skips the two above when that fails (a
        // deferred constraint, a full disk): the transaction is rolled back here, and the adapter's
        // own lock and the gate are released, or every later query would wait for good.
        const execute = transaction.executeRaw.bind(transaction);
        transaction.executeRaw = async (query) => {
          try {
            return await execute(query);
          } catch (error) {
            if (/^\s*(COMMIT|ROLLBACK)\b/i.test(query.sql)) {
              await execute({ ...query, sql: "ROLLBACK", args: [] }).catch(() => undefined);
              await transaction.rollback();
            }
            throw error;
          }
        };
        return transaction;
      } catch (error) {
        leave();
        throw error;
      }
    },
  };
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
