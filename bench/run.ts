// `npm run bench`: builds the app, makes (or reuses) a large organisation in bench/.tmp/bench.db,
// starts the production server on it, audits four pages with Lighthouse, then measures the busy
// pages under load beside a bare Node reference server. A measurement, not a test: it exits 0
// whatever the figures, 1 only on failure.
//
// Environment: BENCH_ONLY=lighthouse or BENCH_ONLY=load (one part only), BENCH_SKIP_BUILD=1,
// BENCH_REGENERATE=1, BENCH_DURATION (seconds, default 10), BENCH_CONNECTIONS (default 32),
// BENCH_LIGHTHOUSE_RUNS (runs per page, the median is kept; default 1), CHROME_PATH.
import type { ChildProcess } from "node:child_process";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { BENCH_USERNAME, databaseSize, prepareDatabase } from "./generate";
import type { AuditedPage } from "./lighthouse";
import { runLighthouse } from "./lighthouse";
import type { Measurement, Target } from "./load";
import { runLoad, stopLoad } from "./load";
import { DAY, sqliteDate } from "./random";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const APP_PORT = 3200;
const STATIC_PORT = 3201;
const HOST = "127.0.0.1";
const appUrl = `http://${HOST}:${APP_PORT}`;
const staticUrl = `http://${HOST}:${STATIC_PORT}`;
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARMUP_SECONDS = 2;
const STORY_PAGES = 50;
const COLLECTION_SLUG = "bench-favourites";
const COLLECTION_ITEMS = 12;
const PARTS = ["lighthouse", "load"] as const;
type Part = (typeof PARTS)[number];
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1);
const dbFile = join(root, "bench/.tmp/bench.db");
// Under load a failing page logs a stack per request: that goes here, not between the results.
const serverLog = join(root, "bench/.tmp/server.log");
const lighthouseReports = join(root, "bench/.tmp/lighthouse");

// The app modules the generator imports read DATABASE_URL when loaded: point them at the bench database.
process.env.DATABASE_URL = `file:${dbFile}`;

// Both servers must see the same request: compression would make the app's bytes incomparable.
const IDENTITY = { "Accept-Encoding": "identity" };

const children = new Set<ChildProcess>();

async function main() {
  const parts = selectedParts();
  if (!(durationSeconds > 0)) throw new Error("BENCH_DURATION must be a positive number of seconds");
  if (!(Number.isInteger(connections) && connections > 0)) throw new Error("BENCH_CONNECTIONS must be a positive whole number");
  if (!(Number.isInteger(lighthouseRuns) && lighthouseRuns > 0)) throw new Error("BENCH_LIGHTHOUSE_RUNS must be a positive whole number");
  for (const port of parts.has("load") ? [APP_PORT, STATIC_PORT] : [APP_PORT]) {
    if (await answers(`http://${HOST}:${port}/`)) throw new Error(`Port ${port} is already in use; stop whatever listens there first.`);
  }

  if (process.env.BENCH_SKIP_BUILD === "1") console.log("Build skipped (BENCH_SKIP_BUILD=1).");
  else run("npm", ["run", "build"]);

  console.log(`\nDatabase ${dbFile}`);
  mkdirSync(dirname(dbFile), { recursive: true });
  const reused = await prepareDatabase(dbFile, { regenerate: process.env.BENCH_REGENERATE === "1" });
  if (reused) console.log("  reused the existing database (BENCH_REGENERATE=1 makes it again)");
  const sizeMb = databaseSize(dbFile) / 1e6;
  console.log(`  size ${sizeMb.toFixed(0)} MB`);

  const fixture = prepareFixture();
  const sessionCookie = { Cookie: `bw_session=${fixture.sessionId}` };

  console.log(`\nStarting the production server (output in ${serverLog})`);
  writeFileSync(serverLog, "");
  const app = start(process.execPath, ["server/index.js"], serverLog, {
    NODE_ENV: "production",
    DATABASE_URL: `file:${dbFile}`,
    PORT: String(APP_PORT),
    HOST,
    APP_ORIGIN: appUrl,
  });
  await waitUntilAnswers(app, `${appUrl}/login`);
  const feed = await get(`${appUrl}/`, { ...IDENTITY, ...sessionCookie });
  if (feed.status === 302 || feed.status === 303) throw new Error(`The feed redirects to ${feed.location}: the benchmark session was not accepted.`);

  // Lighthouse first, while the server is idle and has no load behind it: a run that follows the
  // load would measure a heap and caches that a person on a quiet server never meets.
  if (parts.has("lighthouse")) await auditPages(fixture, sessionCookie);
  if (parts.has("load")) await measureLoad(app, fixture, { ...IDENTITY, ...sessionCookie }, { sizeMb, reused, feed });
  summariseLog();
}

/** BENCH_ONLY names one part; without it both run. */
function selectedParts() {
  const only = process.env.BENCH_ONLY;
  if (!only) return new Set<Part>(PARTS);
  if (!PARTS.includes(only as Part)) throw new Error(`BENCH_ONLY must be one of ${PARTS.join(", ")}, not "${only}"`);
  return new Set<Part>([only as Part]);
}

/** Lighthouse on the four pages a person opens most, with the benchmark session; compression on, as in a browser. */
async function auditPages(fixture: Fixture, sessionCookie: Record<string, string>) {
  const pages: AuditedPage[] = [
    { name: "Best feed", path: "/" },
    { name: "Story page", path: `/stories/${fixture.storyIds[0]!}` },
    { name: "Collection", path: `/collections/${fixture.collectionSlug}` },
    { name: "Composer", path: "/stories/new" },
  ];
  // One request each first, so the first audit does not pay for cold database pages alone.
  for (const page of pages) {
    const answer = await get(appUrl + page.path, sessionCookie);
    if (answer.status !== 200) throw new Error(`${page.path} answered ${answer.status}; Lighthouse would audit an error page.`);
  }
  console.log(`\nLighthouse, ${lighthouseRuns} run${lighthouseRuns > 1 ? "s" : ""} per page (${describeLoad()})`);
  await runLighthouse({ baseUrl: appUrl, pages, headers: sessionCookie, reportDir: lighthouseReports, runs: lighthouseRuns });
}

async function measureLoad(app: ChildProcess, fixture: Fixture, cookie: Record<string, string>, context: { sizeMb: number; reused: boolean; feed: { status: number; bytes: number } }) {
  const { feed } = context;
  // The reference serves a page as large as the feed's, so both move the same bytes.
  if (feed.status !== 200) console.log(`Note: the feed answered ${feed.status}; the reference page copies that response's size.`);
  const reference = start(process.execPath, ["--import", "tsx", "bench/static-server.ts"], serverLog, {
    PORT: String(STATIC_PORT),
    HOST,
    BENCH_STATIC_BYTES: String(feed.bytes),
  });
  await waitUntilAnswers(reference, `${staticUrl}/`);

  const help = await get(`${appUrl}/help`, cookie);
  const floor: Target =
    help.status === 200
      ? { name: "App floor", url: appUrl, paths: ["/help"], headers: cookie, kind: "reference", note: "GET /help" }
      : { name: "App floor", url: appUrl, paths: ["/login"], headers: IDENTITY, kind: "reference", note: `GET /login, signed out: /help answered ${help.status}` };

  const targets: Target[] = [
    { name: "Best feed", url: appUrl, paths: ["/"], headers: cookie, kind: "app" },
    { name: "Filtered feed", url: appUrl, paths: [`/?tab=best&value=${fixture.valueSlug}&dim=latitude`], headers: cookie, kind: "app" },
    { name: "Search kunden", url: appUrl, paths: ["/?q=kunden"], headers: cookie, kind: "app" },
    { name: "Search lieferung", url: appUrl, paths: ["/?q=lieferung"], headers: cookie, kind: "app" },
    { name: "Story page", url: appUrl, paths: fixture.storyIds.map((id) => `/stories/${id}`), headers: cookie, kind: "app", note: `${fixture.storyIds.length} popular stories in turn` },
    floor,
    { name: "Bare Node http", url: staticUrl, paths: ["/"], headers: IDENTITY, kind: "reference", note: `static ${feed.bytes} bytes` },
  ];

  // Alone, before any load: what one person waiting for the page would see (the best of three).
  console.log("\nOne request at a time first: status, bytes, best of 3 in ms");
  for (const target of targets) {
    let probe = { status: 0, bytes: 0, ms: Infinity };
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = performance.now();
      const answer = await get(target.url + target.paths[0]!, target.headers);
      probe = { ...answer, ms: Math.min(probe.ms, performance.now() - started) };
    }
    console.log(`  ${target.name.padEnd(17)} ${String(probe.status).padStart(3)} ${String(probe.bytes).padStart(8)} ${ms(probe.ms).padStart(7)}  ${target.paths[0]}${target.note ? `  (${target.note})` : ""}`);
  }

  // Two cores serve both the servers and the load generator: anything else running skews the figures.
  if (loadavg()[0]! > cpus().length / 2) console.log(`\nNote: ${describeLoad()} before the run; other work is competing for the CPU.`);

  const rssBefore = memory(app);
  console.log(`\nLoad: ${connections} connections, ${WARMUP_SECONDS} s warm-up then ${durationSeconds} s per target, Accept-Encoding: identity`);
  const results = new Map<string, Measurement>();
  for (const target of targets) {
    await runLoad(target, { connections, durationSeconds: WARMUP_SECONDS });
    await settle(target.url);
    const measurement = await runLoad(target, { connections, durationSeconds });
    const busySeconds = await settle(target.url);
    results.set(target.name, measurement);
    console.log(
      `  ${target.name.padEnd(17)} ${measurement.requestsPerSecond.toFixed(0).padStart(6)} req/s  p95 ${ms(measurement.p95)} ms  ${measurement.statusCodes || "no responses"}` +
        (busySeconds >= 1 ? `  (server still busy ${busySeconds.toFixed(0)} s after the run)` : ""),
    );
  }
  const rssAfter = memory(app);

  report(targets, results, { sizeMb: context.sizeMb, reused: context.reused, feedBytes: feed.bytes });
  console.log(`\nServer memory: RSS ${rssBefore.rss} before the load, ${rssAfter.rss} after (peak ${rssAfter.peak}).`);
}

type Fixture = ReturnType<typeof prepareFixture>;

/** The session, a value to filter by, popular stories and a collection, read from (and written to) the database. */
function prepareFixture() {
  const db = new Database(dbFile);
  try {
    const user = db.prepare(`SELECT id FROM "User" WHERE username = ?`).get(BENCH_USERNAME) as { id: string } | undefined;
    if (!user) throw new Error(`${BENCH_USERNAME} is missing from ${dbFile}; run with BENCH_REGENERATE=1`);
    // A session row is all lucia needs: the cookie carries its id. Earlier runs' sessions go.
    const sessionId = randomBytes(20).toString("hex");
    const now = Date.now();
    db.prepare(`DELETE FROM "Session" WHERE "userId" = ?`).run(user.id);
    db.prepare(`INSERT INTO "Session" (id, "userId", "expiresAt", "createdAt") VALUES (?, ?, ?, ?)`).run(sessionId, user.id, sqliteDate(now + 30 * DAY), sqliteDate(now));
    const value = db.prepare(`SELECT slug FROM "Value" WHERE "archivedAt" IS NULL ORDER BY position, name LIMIT 1`).get() as { slug: string };
    const stories = db
      .prepare(`SELECT id FROM "Story" WHERE status = 'published' AND "deletedAt" IS NULL AND "hiddenAt" IS NULL ORDER BY "reactionCount" DESC LIMIT ?`)
      .all(STORY_PAGES) as { id: string }[];
    const storyIds = stories.map((story) => story.id);
    ensureCollection(db, user.id, storyIds.slice(0, COLLECTION_ITEMS), now);
    return { sessionId, valueSlug: value.slug, storyIds, collectionSlug: COLLECTION_SLUG };
  } finally {
    db.close();
  }
}

/**
 * The generator makes no collections; the benchmark's one is added here, once, so that a kept
 * database need not be made again for it. It is open to everyone and holds popular stories.
 */
function ensureCollection(db: Database.Database, managerId: string, storyIds: string[], now: number) {
  if (db.prepare(`SELECT 1 FROM "Collection" WHERE slug = ?`).get(COLLECTION_SLUG)) return;
  const collectionId = `bench-collection-${randomBytes(8).toString("hex")}`;
  const intro = "The stories every new colleague should read in their first week: what good looks like here, told by the people who did it.";
  db.transaction(() => {
    db.prepare(`INSERT INTO "Collection" (id, slug, title, "introMarkdown", "introHtml", audience, "createdById", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 'everyone', ?, ?, ?)`).run(
      collectionId,
      COLLECTION_SLUG,
      "Our favourite stories",
      intro,
      `<p>${intro}</p>`,
      managerId,
      sqliteDate(now),
      sqliteDate(now),
    );
    const item = db.prepare(`INSERT INTO "CollectionItem" (id, "collectionId", "storyId", position, note, "reviewAt", "createdAt") VALUES (?, ?, ?, ?, '', ?, ?)`);
    for (const [position, storyId] of storyIds.entries()) item.run(`${collectionId}-${position}`, collectionId, storyId, position, sqliteDate(now + 182 * DAY), sqliteDate(now));
  })();
}

function report(targets: Target[], results: Map<string, Measurement>, context: { sizeMb: number; reused: boolean; feedBytes: number }) {
  const floor = results.get("App floor")!;
  const bare = results.get("Bare Node http")!;
  const share = (value: number, of: number) => (of > 0 ? `${((value / of) * 100).toFixed(0)}%` : "n/a");
  const rows = targets.map((target) => {
    const result = results.get(target.name)!;
    return [
      target.name,
      result.requestsPerSecond.toFixed(0),
      String(result.responses),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      String(result.non2xx),
      String(result.errors),
      target.kind === "app" ? share(result.requestsPerSecond, floor.requestsPerSecond) : "",
      target.kind === "app" || target.name === "App floor" ? share(result.requestsPerSecond, bare.requestsPerSecond) : "",
    ];
  });
  const header = ["target", "req/s", "responses", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors", "of floor", "of bare"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  console.log(`\nResults (${connections} connections, ${durationSeconds} s each; database ${context.sizeMb.toFixed(0)} MB${context.reused ? ", reused" : ""}; feed page ${context.feedBytes} bytes)`);
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(format(row));
  for (const target of targets) if (target.note) console.log(`  ${target.name}: ${target.note}`);

  console.log("\nTargets:");
  const check = (label: string, result: Measurement, ok: boolean, detail: string) => {
    // Failed responses are fast to send: a target that had any cannot pass.
    const failed = result.non2xx + result.errors > 0 || result.responses === 0;
    console.log(`  ${ok && !failed ? "PASS" : "MISS"}  ${label.padEnd(44)} ${detail}${failed ? ` (${result.responses} responses, ${result.non2xx} non-2xx, ${result.errors} errors)` : ""}`);
  };
  const best = results.get("Best feed")!;
  check("Best feed p95 <= 50 ms", best, best.p95 <= 50, `${ms(best.p95)} ms`);
  check("Best feed throughput >= 50% of App floor", best, best.requestsPerSecond >= 0.5 * floor.requestsPerSecond, share(best.requestsPerSecond, floor.requestsPerSecond));
  for (const target of targets.filter((candidate) => candidate.name.startsWith("Search"))) {
    const result = results.get(target.name)!;
    check(`${target.name} p95 <= 100 ms`, result, result.p95 <= 100, `${ms(result.p95)} ms`);
  }
}

/** Says whether the servers logged errors, with the first one, so a failing page is not missed. */
function summariseLog() {
  const lines = readFileSync(serverLog, "utf8").split("\n");
  const errors = lines.filter((text) => /error/i.test(text) && !/^\s+at /.test(text));
  if (errors.length === 0) return console.log(`Server log: no errors (${serverLog}).`);
  console.log(`Server log: ${errors.length} error lines in ${serverLog}; the first:`);
  const first = lines.findIndex((text) => /error/i.test(text));
  console.log(lines.slice(first, first + 8).map((text) => `  | ${text}`).join("\n"));
}

// ---- Processes and HTTP ------------------------------------------------------------------------

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

function start(command: string, args: string[], logFile: string, env: Record<string, string>) {
  const log = openSync(logFile, "a");
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", log, log] });
  closeSync(log); // the child has its own copy
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function stop(child: ChildProcess) {
  if (hasExited(child)) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  // Both servers close on SIGTERM; one that hangs on open connections is killed.
  if ((await Promise.race([exited.then(() => true), sleep(5000).then(() => false)])) === false) child.kill("SIGKILL");
}

async function stopAll() {
  await Promise.all([...children].map(stop));
}

async function waitUntilAnswers(child: ChildProcess, url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      const tail = readFileSync(serverLog, "utf8").trimEnd().split("\n").slice(-15).join("\n");
      throw new Error(`The server for ${url} exited (code ${child.exitCode ?? child.signalCode}); the end of ${serverLog}:\n${tail}`);
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
async function settle(url: string, timeoutMs = 120_000) {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const before = performance.now();
    await get(`${url}/manifest.webmanifest`, IDENTITY).catch(() => undefined);
    if (performance.now() - before < 25) break;
    await sleep(100);
  }
  return (performance.now() - started) / 1000;
}

async function answers(url: string) {
  try {
    await get(url, IDENTITY);
    return true;
  } catch {
    return false;
  }
}

/** A GET that reports the status and the body's size as sent (no redirects followed, nothing decoded). */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; bytes: number; location?: string }>((resolve, reject) => {
    const outgoing = request(url, { headers, timeout: 10_000 }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes, location: response.headers.location }));
      response.on("error", reject);
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`timeout: ${url}`)));
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** The server's resident memory now and at its peak, from /proc (Linux). */
function memory(child: ChildProcess) {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    const field = (name: string) => {
      const kb = Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]);
      return `${(kb / 1024).toFixed(0)} MB`;
    };
    return { rss: field("VmRSS"), peak: field("VmHWM") };
  } catch {
    return { rss: "n/a", peak: "n/a" };
  }
}

const describeLoad = () => `load average ${loadavg().map((value) => value.toFixed(2)).join(" / ")} (1 / 5 / 15 min) on ${cpus().length} cores`;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "n/a");

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: stopping the servers`);
    stopLoad();
    void stopAll().then(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
