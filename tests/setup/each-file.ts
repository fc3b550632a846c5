// Gives this test file its own copy of the migrated template database (and uploads folder), before any app module
// opens a connection, and deletes it afterwards. Tests never touch the development database.
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll } from "vitest";

const dbFile = join(process.cwd(), "tests/.tmp", `test-${randomUUID()}.db`);
copyFileSync(join(process.cwd(), "tests/.tmp/template.db"), dbFile);
process.env.DATABASE_URL = `file:${dbFile}`;
// Uploaded photos go to a folder of the test file's own, too.
const uploadsDir = mkdtempSync(join(process.cwd(), "tests/.tmp", "uploads-"));
process.env.UPLOADS_DIR = uploadsDir;

afterAll(async () => {
  const { db } = await import("~/utils/db.server");
  await db.$disconnect();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  rmSync(uploadsDir, { recursive: true, force: true });
});
