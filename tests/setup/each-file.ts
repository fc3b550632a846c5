// Gives this test file its own copy of the migrated template database, before any app module
// opens a connection, and deletes it afterwards. Tests never touch the development database.
import { randomUUID } from "node:crypto";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll } from "vitest";

const dbFile = join(process.cwd(), "tests/.tmp", `test-${randomUUID()}.db`);
copyFileSync(join(process.cwd(), "tests/.tmp/template.db"), dbFile);
process.env.DATABASE_URL = `file:${dbFile}`;

afterAll(async () => {
  const { db } = await import("~/utils/db.server");
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
});
