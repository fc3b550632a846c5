// Starts the built app on a brand-new database for the end-to-end run: `seeded` holds the demo
// organisation, `empty` has no people yet. The database is deleted and made again on every run.
// An optional third argument names the database, so another run (the README's screenshots) can
// start one beside the e2e servers.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const [kind, port, name = `e2e-${kind}`] = process.argv.slice(2);
if ((kind !== "seeded" && kind !== "empty") || !port)
  throw new Error("usage: start-server.ts seeded|empty PORT [NAME]");

const dir = join(process.cwd(), "tests/.tmp");
const file = join(dir, `${name}.db`);
mkdirSync(dir, { recursive: true });
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
const uploads = join(dir, `${name}-uploads`);
rmSync(uploads, { recursive: true, force: true });
const env = { ...process.env, DATABASE_URL: `file:${file}`, UPLOADS_DIR: uploads };
// The seed's modules read these when they load.
Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, UPLOADS_DIR: uploads });
execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "pipe" });

if (kind === "seeded") {
  const { createPrismaClient } = await import("~/utils/db.server");
  const { seed } = await import("../../prisma/seed");
  const db = createPrismaClient(env.DATABASE_URL);
  await seed(db);
  await db.$disconnect();
}

// Two worker processes, as `npm start` runs on a two-core machine: consecutive requests of one
// journey land on different processes, so nothing may depend on memory one of them keeps.
const server = spawn("node", ["server/index.js"], {
  stdio: "inherit",
  env: {
    ...env,
    NODE_ENV: "production",
    WEB_CONCURRENCY: "2",
    PORT: port,
    HOST: "127.0.0.1",
    APP_ORIGIN: `http://localhost:${port}`,
  },
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
