import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "./env.server";

// SQLite-only settings, applied to the one connection the adapter opens.
class TunedSQLite extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    // `optimize` gathers table statistics when they are missing or stale (cheaply, with its own
    // limit): without them the planner scanned 100,000 stories by status instead of using ids.
    await adapter.executeScript(
      "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA optimize = 0x10002;",
    );
    return adapter;
  }
}

export function createPrismaClient(url: string) {
  const path = url.replace(/^file:/, "");
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  return new PrismaClient({ adapter: new TunedSQLite({ url }) });
}

// One client per process; the dev server's module reloads must not open a new one each time.
const globalForDb = globalThis as unknown as { __db?: PrismaClient };
export const db = (globalForDb.__db ??= createPrismaClient(env.DATABASE_URL));
