// `npm run bench`: builds the app and the framework floor (bench/floor), makes (or reuses) a large
// organisation in bench/.tmp/bench.db, starts the production server on it, audits four pages with
// Lighthouse, then measures the busy pages under load at 2 and at 1 worker processes, beside the
// framework floor and a bare Node reference server. A measurement, not a test: it exits 0
// whatever the figures, 1 only on failure.
//
// Environment: BENCH_ONLY=lighthouse or BENCH_ONLY=load (one part only), BENCH_SKIP_BUILD=1,
// BENCH_REGENERATE=1, BENCH_DURATION (seconds, default 10), BENCH_CONNECTIONS (default 32),
// BENCH_LIGHTHOUSE_RUNS (runs per page, the median is kept; default 1), CHROME_PATH.
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import Database from "better-sqlite3";
import { BENCH_USERNAME } from "./generate";
import {
  answers,
  benchDatabase,
  build,
  describeMemory,
  get,
  HOST,
  IDENTITY,
  ms,
  openBenchDatabase,
  root,
  run,
  servingPids,
  settle,
  signIn,
  start,
  startApp,
  stop,
  stopAll,
  stopOnSignal,
  summariseLog,
  waitUntilAnswers,
} from "./harness";
import type { AuditedPage } from "./lighthouse";
import { ensureBenchPhotos } from "./photos";
import { runLighthouse } from "./lighthouse";
import type { Measurement, Target } from "./load";
import { runLoad, stopLoad } from "./load";
import { DAY, sqliteDate } from "./random";

process.chdir(root);

const APP_PORT = 3200;
const STATIC_PORT = 3201;
const FLOOR_PORT = 3202;
const appUrl = `http://${HOST}:${APP_PORT}`;
const staticUrl = `http://${HOST}:${STATIC_PORT}`;
const floorUrl = `http://${HOST}:${FLOOR_PORT}`;
/** The server is measured with each of these worker counts, in this order (the first serves Lighthouse too). */
const WORKER_COUNTS = [2, 1] as const;
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARMUP_SECONDS = 2;
const STORY_PAGES = 50;
const COLLECTION_SLUG = "bench-favourites";
const COLLECTION_ITEMS = 12;
const PARTS = ["lighthouse", "load"] as const;
type Part = (typeof PARTS)[number];
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 1);
const dbFile = benchDatabase;
// Under load a failing page logs a stack per request: that goes here, not between the results.
const serverLog = join(root, "bench/.tmp/server.log");
const lighthouseReports = join(root, "bench/.tmp/lighthouse");

// The app modules the generator imports read DATABASE_URL when loaded: point them at the bench database.
process.env.DATABASE_URL = `file:${dbFile}`;

async function main() {
  const parts = selectedParts();
  if (!(durationSeconds > 0)) throw new Error("BENCH_DURATION must be a positive number of seconds");
  if (!(Number.isInteger(connections) && connections > 0))
    throw new Error("BENCH_CONNECTIONS must be a positive whole number");
  if (!(Number.isInteger(lighthouseRuns) && lighthouseRuns > 0))
    throw new Error("BENCH_LIGHTHOUSE_RUNS must be a positive whole number");
  for (const port of parts.has("load") ? [APP_PORT, STATIC_PORT, FLOOR_PORT] : [APP_PORT]) {
    if (await answers(`http://${HOST}:${port}/`))
      throw new Error(`Port ${port} is already in use; stop whatever listens there first.`);
  }

  build();
  if (parts.has("load")) buildFloor();
  const { sizeMb, reused } = await openBenchDatabase();
  const photos = await ensureBenchPhotos();
  if (photos.stories) console.log(`  added photos to ${photos.stories} stories and faces for ${photos.faces} people`);

  const fixture = prepareFixture();
  const sessionCookie = { Cookie: `bw_session=${fixture.sessionId}` };

  console.log(`\nStarting the production server (output in ${serverLog})`);
  writeFileSync(serverLog, "");
  const app = startApp({ dbFile, port: APP_PORT, logFile: serverLog, workers: WORKER_COUNTS[0] });
  await waitUntilAnswers(app, `${appUrl}/login`, serverLog);
  const feed = await get(`${appUrl}/`, { ...IDENTITY, ...sessionCookie });
  if (feed.status === 302 || feed.status === 303)
    throw new Error(`The feed redirects to ${feed.location}: the benchmark session was not accepted.`);

  // Lighthouse first, while the server is idle and has no load behind it: a run that follows the
  // load would measure a heap and caches that a person on a quiet server never meets.
  if (parts.has("lighthouse")) await auditPages(fixture, sessionCookie);
  if (parts.has("load")) await measureLoad(app, fixture, { ...IDENTITY, ...sessionCookie }, { sizeMb, reused, feed });
  summariseLog(serverLog);
}

/** The floor's one-route Remix app, into bench/.tmp/floor (a few seconds); kept with BENCH_SKIP_BUILD=1. */
function buildFloor() {
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(join(root, "bench/.tmp/floor/server/index.js"))) return;
  run("npx", ["remix", "vite:build", "--config", "bench/floor/vite.config.ts"]);
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
    if (answer.status !== 200)
      throw new Error(`${page.path} answered ${answer.status}; Lighthouse would audit an error page.`);
  }
  console.log(`\nLighthouse, ${lighthouseRuns} run${lighthouseRuns > 1 ? "s" : ""} per page (${describeLoad()})`);
  await runLighthouse({
    baseUrl: appUrl,
    pages,
    headers: sessionCookie,
    reportDir: lighthouseReports,
    runs: lighthouseRuns,
  });
}

async function measureLoad(
  firstApp: ChildProcess,
  fixture: Fixture,
  cookie: Record<string, string>,
  context: { sizeMb: number; reused: boolean; feed: { status: number; bytes: number } },
) {
  const { feed } = context;
  // The reference serves a page as large as the feed's, so both move the same bytes.
  if (feed.status !== 200)
    console.log(`Note: the feed answered ${feed.status}; the reference page copies that response's size.`);
  const reference = start(process.execPath, ["--import", "tsx", "bench/static-server.ts"], serverLog, {
    PORT: String(STATIC_PORT),
    HOST,
    BENCH_STATIC_BYTES: String(feed.bytes),
  });
  const floorServer = start(process.execPath, ["bench/floor/server.js"], serverLog, {
    NODE_ENV: "production",
    PORT: String(FLOOR_PORT),
    HOST,
  });
  await waitUntilAnswers(reference, `${staticUrl}/`, serverLog);
  await waitUntilAnswers(floorServer, `${floorUrl}/`, serverLog);

  const help = await get(`${appUrl}/help`, cookie);
  const appFloor: Target =
    help.status === 200
      ? { name: "App floor", url: appUrl, paths: ["/help"], headers: cookie, kind: "reference", note: "GET /help" }
      : {
          name: "App floor",
          url: appUrl,
          paths: ["/login"],
          headers: IDENTITY,
          kind: "reference",
          note: `GET /login, signed out: /help answered ${help.status}`,
        };

  const appTargets: Target[] = [
    { name: "Best feed", url: appUrl, paths: ["/"], headers: cookie, kind: "app" },
    {
      name: "Filtered feed",
      url: appUrl,
      paths: [`/?tab=best&value=${fixture.valueSlug}&dim=latitude`],
      headers: cookie,
      kind: "app",
    },
    { name: "Search kunden", url: appUrl, paths: ["/?q=kunden"], headers: cookie, kind: "app" },
    { name: "Search lieferung", url: appUrl, paths: ["/?q=lieferung"], headers: cookie, kind: "app" },
    {
      name: "Story page",
      url: appUrl,
      paths: fixture.storyIds.map((id) => `/stories/${id}`),
      headers: cookie,
      kind: "app",
      note: `${fixture.storyIds.length} popular stories in turn`,
    },
    appFloor,
  ];
  const referenceTargets: Target[] = [
    {
      name: "Framework floor",
      url: floorUrl,
      paths: ["/"],
      headers: IDENTITY,
      kind: "reference",
      note: "bench/floor: one Remix route, no database, behind server/app.js; one process",
    },
    {
      name: "Bare Node http",
      url: staticUrl,
      paths: ["/"],
      headers: IDENTITY,
      kind: "reference",
      note: `static ${feed.bytes} bytes`,
    },
  ];

  // Alone, before any load: what one person waiting for the page would see (the best of three).
  console.log("\nOne request at a time first: status, bytes, best of 3 in ms");
  for (const target of [...appTargets, ...referenceTargets]) {
    let probe = { status: 0, bytes: 0, ms: Infinity };
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = performance.now();
      const answer = await get(target.url + target.paths[0]!, target.headers);
      probe = { ...answer, ms: Math.min(probe.ms, performance.now() - started) };
    }
    console.log(
      `  ${target.name.padEnd(17)} ${String(probe.status).padStart(3)} ${String(probe.bytes).padStart(8)} ${ms(probe.ms).padStart(7)}  ${target.paths[0]}${target.note ? `  (${target.note})` : ""}`,
    );
  }

  console.log(
    `\nLoad: ${connections} connections, ${WARMUP_SECONDS} s warm-up then ${durationSeconds} s per target, Accept-Encoding: identity`,
  );
  const measure = async (target: Target, label: string) => {
    await runLoad(target, { connections, durationSeconds: WARMUP_SECONDS });
    await settle(target.url);
    const measurement = await runLoad(target, { connections, durationSeconds });
    const busySeconds = await settle(target.url);
    console.log(
      `  ${target.name.padEnd(17)} ${label.padEnd(10)} ${measurement.requestsPerSecond.toFixed(0).padStart(6)} req/s  p95 ${ms(measurement.p95)} ms  ${measurement.statusCodes || "no responses"}` +
        (busySeconds >= 1 ? `  (server still busy ${busySeconds.toFixed(0)} s after the run)` : ""),
    );
    return measurement;
  };

  const references = new Map<string, Measurement>();
  console.log(`References (${describeLoad()})`);
  for (const target of referenceTargets) references.set(target.name, await measure(target, ""));
  await stop(floorServer);
  await stop(reference);

  const runs = new Map<number, WorkerRun>();
  // The server Lighthouse used serves the first worker count; each further count gets a new one.
  let running: ChildProcess | undefined = firstApp;
  for (const workers of WORKER_COUNTS) {
    const app = running ?? startApp({ dbFile, port: APP_PORT, logFile: serverLog, workers });
    running = undefined;
    await waitUntilAnswers(app, `${appUrl}/login`, serverLog);
    const label = `${workers} worker${workers > 1 ? "s" : ""}`;
    const pids = servingPids(app);
    console.log(`The app at ${label} (${describeLoad()}); memory ${describeMemory(pids)}`);
    const results = new Map<string, Measurement>();
    for (const target of appTargets) results.set(target.name, await measure(target, label));
    runs.set(workers, { results, memory: describeMemory(pids), loadAverage: describeLoad() });
    await stop(app);
  }

  report([...appTargets, ...referenceTargets], runs, references, {
    sizeMb: context.sizeMb,
    reused: context.reused,
    feedBytes: feed.bytes,
  });
}

type WorkerRun = { results: Map<string, Measurement>; memory: string; loadAverage: string };

type Fixture = ReturnType<typeof prepareFixture>;

/** The session, a value to filter by, popular stories and a collection, read from (and written to) the database. */
function prepareFixture() {
  const db = new Database(dbFile);
  try {
    const user = db.prepare(`SELECT id FROM "User" WHERE username = ?`).get(BENCH_USERNAME) as
      { id: string } | undefined;
    if (!user) throw new Error(`${BENCH_USERNAME} is missing from ${dbFile}; run with BENCH_REGENERATE=1`);
    const sessionId = signIn(db, user.id);
    const value = db
      .prepare(`SELECT slug FROM "Value" WHERE "archivedAt" IS NULL ORDER BY position, name LIMIT 1`)
      .get() as { slug: string };
    const stories = db
      .prepare(
        `SELECT id FROM "Story" WHERE status = 'published' AND "deletedAt" IS NULL AND "hiddenAt" IS NULL ORDER BY "reactionCount" DESC LIMIT ?`,
      )
      .all(STORY_PAGES) as { id: string }[];
    const storyIds = stories.map((story) => story.id);
    ensureCollection(db, user.id, storyIds.slice(0, COLLECTION_ITEMS), Date.now());
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
  const intro =
    "The stories every new colleague should read in their first week: what good looks like here, told by the people who did it.";
  db.transaction(() => {
    db.prepare(
      `INSERT INTO "Collection" (id, slug, title, "introMarkdown", "introHtml", audience, "createdById", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, 'everyone', ?, ?, ?)`,
    ).run(
      collectionId,
      COLLECTION_SLUG,
      "Our favourite stories",
      intro,
      `<p>${intro}</p>`,
      managerId,
      sqliteDate(now),
      sqliteDate(now),
    );
    const item = db.prepare(
      `INSERT INTO "CollectionItem" (id, "collectionId", "storyId", position, note, "reviewAt", "createdAt") VALUES (?, ?, ?, ?, '', ?, ?)`,
    );
    for (const [position, storyId] of storyIds.entries())
      item.run(
        `${collectionId}-${position}`,
        collectionId,
        storyId,
        position,
        sqliteDate(now + 182 * DAY),
        sqliteDate(now),
      );
  })();
}

// Two cores serve both the servers and the load generator: anything else running skews the figures.
const describeLoad = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ")} (1 / 5 / 15 min) on ${cpus().length} cores`;

function report(
  targets: Target[],
  runs: Map<number, WorkerRun>,
  references: Map<string, Measurement>,
  context: { sizeMb: number; reused: boolean; feedBytes: number },
) {
  const bare = references.get("Bare Node http")!;
  const frameworkFloor = references.get("Framework floor")!;
  const share = (value: number, of: number) => (of > 0 ? `${((value / of) * 100).toFixed(0)}%` : "n/a");
  const row = (name: string, workers: string, result: Measurement, help?: Measurement) => [
    name,
    workers,
    result.requestsPerSecond.toFixed(0),
    String(result.responses),
    ms(result.p50),
    ms(result.p95),
    ms(result.p99),
    String(result.non2xx),
    String(result.errors),
    help && help !== result ? share(result.requestsPerSecond, help.requestsPerSecond) : "",
    share(result.requestsPerSecond, bare.requestsPerSecond),
  ];
  const rows: string[][] = [];
  for (const [workers, run] of runs) {
    const help = run.results.get("App floor")!;
    for (const [name, result] of run.results) rows.push(row(name, String(workers), result, help));
  }
  for (const [name, result] of references) rows.push(row(name, name === "Framework floor" ? "1" : "", result));
  const header = [
    "target",
    "workers",
    "req/s",
    "responses",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "non-2xx",
    "errors",
    "of /help",
    "of bare",
  ];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((cells) => cells[column]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join("  ");
  console.log(
    `\nResults (${connections} connections, ${durationSeconds} s each; database ${context.sizeMb.toFixed(0)} MB${context.reused ? ", reused" : ""}; feed page ${context.feedBytes} bytes)`,
  );
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cells of rows) console.log(format(cells));
  for (const target of targets) if (target.note) console.log(`  ${target.name}: ${target.note}`);
  for (const [workers, run] of runs)
    console.log(`  at ${workers} worker${workers > 1 ? "s" : ""}: ${run.loadAverage}; memory after ${run.memory}`);

  const one = runs.get(1)!.results;
  const two = runs.get(2)!.results;
  console.log("\nTargets (pages at 2 workers against /help at 2 workers; /help at 1 worker against the floor):");
  const check = (label: string, results: Measurement[], ok: boolean, detail: string) => {
    // Failed responses are fast to send: a target that had any cannot pass.
    const failed = results.filter((result) => result.non2xx + result.errors > 0 || result.responses === 0);
    const failures = failed
      .map((result) => `${result.responses} responses, ${result.non2xx} non-2xx, ${result.errors} errors`)
      .join("; ");
    console.log(
      `  ${ok && failed.length === 0 ? "PASS" : "MISS"}  ${label.padEnd(48)} ${detail}${failures ? ` (${failures})` : ""}`,
    );
  };
  const throughputShare = (
    label: string,
    name: string,
    of: string,
    minimum: number,
    results: Map<string, Measurement>,
  ) => {
    const result = results.get(name)!;
    const base = results.get(of)!;
    check(
      `${label} >= ${minimum * 100}% of ${of === "App floor" ? "/help" : of}`,
      [result, base],
      result.requestsPerSecond >= minimum * base.requestsPerSecond,
      share(result.requestsPerSecond, base.requestsPerSecond),
    );
  };
  const best = two.get("Best feed")!;
  check("Best feed p95 <= 50 ms", [best], best.p95 <= 50, `${ms(best.p95)} ms`);
  for (const name of ["Best feed", "Filtered feed", "Story page"]) throughputShare(name, name, "App floor", 0.5, two);
  const searches = targets.filter((candidate) => candidate.name.startsWith("Search")).map((target) => target.name);
  for (const name of searches) throughputShare(name, name, "App floor", 0.35, two);
  for (const name of searches) {
    const result = two.get(name)!;
    check(`${name} p95 <= 100 ms`, [result], result.p95 <= 100, `${ms(result.p95)} ms`);
    check(
      `${name} p95 <= 2 x the Best feed's`,
      [result, best],
      result.p95 <= 2 * best.p95,
      `${ms(result.p95)} ms against ${ms(best.p95)} ms`,
    );
  }
  const help = one.get("App floor")!;
  check(
    "/help (1 worker) >= 50% of the framework floor",
    [help, frameworkFloor],
    help.requestsPerSecond >= 0.5 * frameworkFloor.requestsPerSecond,
    share(help.requestsPerSecond, frameworkFloor.requestsPerSecond),
  );
  for (const [name, atTwo] of two) {
    const atOne = one.get(name)!;
    const ratio = atTwo.requestsPerSecond / atOne.requestsPerSecond;
    check(
      `${name}: 2 workers >= 1.7 x 1 worker`,
      [atOne, atTwo],
      ratio >= 1.7,
      `${ratio.toFixed(2)}x (${atOne.requestsPerSecond.toFixed(0)} -> ${atTwo.requestsPerSecond.toFixed(0)} req/s)`,
    );
  }
  console.log("  (the Best feed on 1,000,000 stories against 10,000 is `npm run bench:size`)");
}

stopOnSignal(stopLoad);

try {
  await main();
} catch (error) {
  console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
