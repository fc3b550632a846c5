// What the benchmark scripts share: building, the bench database, signing people in by writing
// session rows, starting and stopping servers, and small HTTP helpers. `run.ts` (page speed) and
// `mixed-load.ts` (reads and writes together, then a crash) both start from here.
import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import type { Database as SqliteDatabase } from "better-sqlite3";
import { databaseSize, prepareDatabase } from "./generate";
import { DAY, sqliteDate } from "./random";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const HOST = "127.0.0.1";
export const benchDatabase = join(root, "bench/.tmp/bench.db");
/** The benchmark organisation's photos (bench/photos.ts), kept with its database. */
export const benchUploads = join(root, "bench/.tmp/uploads");

// Both servers must see the same request: compression would make the app's bytes incomparable.
export const IDENTITY = { "Accept-Encoding": "identity" };

/** `npm run build`, unless BENCH_SKIP_BUILD=1. */
export function build() {
  if (process.env.BENCH_SKIP_BUILD === "1") console.log("Build skipped (BENCH_SKIP_BUILD=1).");
  else run("npm", ["run", "build"]);
}

/** Makes or reuses bench/.tmp/bench.db and says which, with its size. */
export async function openBenchDatabase() {
  console.log(`\nDatabase ${benchDatabase}`);
  mkdirSync(dirname(benchDatabase), { recursive: true });
  const reused = await prepareDatabase(benchDatabase, { regenerate: process.env.BENCH_REGENERATE === "1" });
  if (reused) console.log("  reused the existing database (BENCH_REGENERATE=1 makes it again)");
  const sizeMb = databaseSize(benchDatabase) / 1e6;
  console.log(`  size ${sizeMb.toFixed(0)} MB`);
  return { sizeMb, reused };
}

/** A session row is all lucia needs: the cookie carries its id. The person's earlier sessions go. */
export function signIn(db: SqliteDatabase, userId: string) {
  const sessionId = randomBytes(20).toString("hex");
  const now = Date.now();
  db.prepare(`DELETE FROM "Session" WHERE "userId" = ?`).run(userId);
  db.prepare(`INSERT INTO "Session" (id, "userId", "expiresAt", "createdAt") VALUES (?, ?, ?, ?)`).run(
    sessionId,
    userId,
    sqliteDate(now + 30 * DAY),
    sqliteDate(now),
  );
  return sessionId;
}

// ---- Processes ---------------------------------------------------------------------------------

const children = new Set<ChildProcess>();

export function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

export function start(command: string, args: string[], logFile: string, env: Record<string, string>) {
  const log = openSync(logFile, "a");
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", log, log] });
  closeSync(log); // the child has its own copy
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

/**
 * The production server on this database, with `workers` worker processes (WEB_CONCURRENCY; 1
 * serves from the one process, without a primary). Node itself is the child (not npm), so a
 * signal sent to it reaches the server and nothing in between.
 */
export function startApp({
  dbFile,
  port,
  logFile,
  workers,
}: {
  dbFile: string;
  port: number;
  logFile: string;
  workers: number;
}) {
  const flags = process.env.BENCH_SERVER_FLAGS?.split(" ").filter(Boolean) ?? [];
  return start(process.execPath, [...flags, "server/index.js"], logFile, {
    NODE_ENV: "production",
    WEB_CONCURRENCY: String(workers),
    DATABASE_URL: `file:${dbFile}`,
    PORT: String(port),
    HOST,
    APP_ORIGIN: `http://${HOST}:${port}`,
    UPLOADS_DIR: benchUploads,
  });
}

export const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export async function stop(child: ChildProcess) {
  if (hasExited(child)) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  // Both servers close on SIGTERM; one that hangs on open connections is killed.
  if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false) child.kill("SIGKILL");
}

export async function stopAll() {
  await Promise.all([...children].map(stop));
}

/** Ctrl-C or SIGTERM: `beforeStop` ends the load, then every server started here stops. */
export function stopOnSignal(beforeStop: () => void) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping the servers`);
      beforeStop();
      void stopAll().then(() => process.exit(130));
    });
  }
}

export async function waitUntilAnswers(child: ChildProcess, url: string, logFile: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      const tail = readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-15).join("\n");
      throw new Error(
        `The server for ${url} exited (code ${child.exitCode ?? child.signalCode}); the end of ${logFile}:\n${tail}`,
      );
    }
    if (await answers(url)) return;
    await sleep(200);
  }
  throw new Error(`No answer from ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Waits until the server answers a static file quickly again. A slow page leaves requests behind
 * when a run ends (autocannon only closes the connections), and the server would still be working
 * through them during the next target's run. Returns how long that took, in seconds.
 */
export async function settle(url: string, timeoutMs = 120_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const before = performance.now();
    await get(`${url}/manifest.webmanifest`, IDENTITY).catch(() => undefined);
    if (performance.now() - before < 25) break;
    await sleep(100);
  }
  return (performance.now() - started) / 1000;
}

export async function answers(url: string) {
  try {
    await get(url, IDENTITY);
    return true;
  } catch {
    return false;
  }
}

/** A GET that reports the status and the body's size as sent (no redirects followed, nothing decoded). */
export function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; bytes: number; location?: string }>((resolve, reject) => {
    const outgoing = request(url, { headers, timeout: 10_000 }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, bytes, location: response.headers.location }),
      );
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`timeout: ${url}`)));
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** The processes a primary forked (its workers), from /proc (Linux). */
export function childPids(pid: number) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The processes that serve requests: the primary's workers, or the server itself when it has none. */
export function servingPids(server: ChildProcess) {
  const workers = childPids(server.pid!);
  return workers.length > 0 ? workers : [server.pid!];
}

/** A process's resident memory now and at its peak, in MB, from /proc (Linux); NaN when it is gone. */
export function memory(pid: number) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]) / 1024;
    return { rss: field("VmRSS"), peak: field("VmHWM") };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

/** Each serving process's memory, as "pid 1234 180 MB (peak 200 MB)" lines' parts. */
export function describeMemory(pids: number[]) {
  return pids
    .map((pid) => {
      const { rss, peak } = memory(pid);
      return `pid ${pid} ${mb(rss)} (peak ${mb(peak)})`;
    })
    .join(", ");
}

export const mb = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : "n/a");

/** CPU seconds the processes have used so far (user and system), from /proc (Linux). */
export function cpuSeconds(pids: number[]) {
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // utime and stime, fields 14 and 15 of the whole line, in clock ticks (100 a second on Linux).
      total += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return Number.NaN;
    }
  }
  return total;
}

/** Says whether the servers logged errors, with the first one, so a failing page is not missed. */
export function summariseLog(logFile: string) {
  const lines = readFileSync(logFile, "utf8").split("\n");
  const errors = lines.filter((text) => /error/i.test(text) && !/^\s+at /.test(text));
  if (errors.length === 0) return console.log(`Server log: no errors (${logFile}).`);
  console.log(`Server log: ${errors.length} error lines in ${logFile}; the first:`);
  const first = lines.findIndex((text) => /error/i.test(text));
  console.log(
    lines
      .slice(first, first + 8)
      .map((text) => `  | ${text}`)
      .join("\n"),
  );
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "n/a");

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
