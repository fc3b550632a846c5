// `npm run bench:mixed`: reads and writes together on the large organisation, then a crash.
//
// 1. Mixed load: BENCH_CONNECTIONS (default 32) connections for BENCH_MIXED_DURATION seconds
//    (default 60), each signed in as a different person, ask for the feed, story pages and search
//    and post new stories, reactions and comments the way the forms do (with the Origin header).
//    Prints throughput, latency and failures per kind, counts SQLITE_BUSY in the server log, and
//    checks that every acknowledged story and comment is in the database and the counters match.
// 2. Crash: a write-only load where every request carries a unique marker; after BENCH_CRASH_AFTER
//    seconds (default 5) the server process gets SIGKILL with requests in flight. After a restart,
//    every acknowledged write must be there, `PRAGMA integrity_check` must say ok, and the server
//    must serve the feed and take a new story.
//
// Everything runs on bench/.tmp/mixed.db, a fresh copy of bench.db, so `npm run bench` keeps
// measuring the same organisation. Exits 1 only when an acknowledged write is missing, the
// database is damaged or the restarted server does not work; slow figures are reported, not failed.
//
// Environment: BENCH_SKIP_BUILD=1, BENCH_REGENERATE=1, BENCH_CONNECTIONS, BENCH_MIXED_DURATION,
// BENCH_CRASH_AFTER.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { dimensions, reactionKinds } from "../app/utils/dimensions";
import { BENCH_USERNAME } from "./generate";
import {
  answers,
  benchDatabase,
  build,
  childPids,
  cpuSeconds,
  HOST,
  IDENTITY,
  mb,
  memory,
  ms,
  openBenchDatabase,
  percentile,
  root,
  servingPids,
  signIn,
  startApp,
  stopAll,
  stopOnSignal,
  summariseLog,
  waitUntilAnswers,
} from "./harness";
import type { Random } from "./random";
import { createRandom } from "./random";
import type { Language } from "./text";
import { body, line, title } from "./text";

process.chdir(root);

// Not 3200: `npm run bench` may be running from another checkout at the same time.
const APP_PORT = 3210;
const appUrl = `http://${HOST}:${APP_PORT}`;
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const durationSeconds = Number(process.env.BENCH_MIXED_DURATION ?? 60);
const crashAfterSeconds = Number(process.env.BENCH_CRASH_AFTER ?? 5);
const WARMUP_SECONDS = 3;
/** As `npm start` runs on a two-core machine: a primary and two workers sharing the database. */
const WORKERS = 2;
/** Memory is sampled this often during the load, per worker. */
const MEMORY_SAMPLE_MS = 5_000;
const REQUEST_TIMEOUT_MS = 30_000;
const dbFile = join(root, "bench/.tmp/mixed.db");
const serverLog = join(root, "bench/.tmp/mixed-server.log");
/** Each run's markers differ, so rows from an earlier run on the same copy never count. */
const runId = Date.now().toString(36);

process.env.DATABASE_URL = `file:${benchDatabase}`;

// ---- The mix -----------------------------------------------------------------------------------

type Kind = "feed" | "story page" | "search" | "new story" | "reaction" | "comment";
const kinds: Kind[] = ["feed", "story page", "search", "new story", "reaction", "comment"];
/** 70% reads, 10% each of the three writes. */
const MIX: [Kind, number][] = [
  ["feed", 0.3],
  ["story page", 0.3],
  ["search", 0.1],
  ["new story", 0.1],
  ["reaction", 0.1],
  ["comment", 0.1],
];
const searchTerms = ["kunden", "lieferung", "delivery", "customer", "klant", "bezorging", "sofa", "garantie"];

type Person = { id: string; cookie: string; language: Language };
type Fixture = { people: Person[]; valueIds: string[]; readStoryIds: string[]; targetStoryIds: string[] };

type Job = { kind: Kind; method: "GET" | "POST"; path: string; form?: URLSearchParams; marker?: string };
/** `complete`: an HTML page arrived whole, with the data the browser needs to start the app. */
type Answer = { status: number; location?: string; complete: boolean };

type KindStats = {
  latencies: number[];
  ok: number;
  incomplete: number;
  clientErrors: number;
  serverErrors: number;
  socketErrors: number;
  timeouts: number;
  statuses: Map<number, number>;
};
const emptyStats = (): KindStats => ({
  latencies: [],
  ok: 0,
  incomplete: 0,
  clientErrors: 0,
  serverErrors: 0,
  socketErrors: 0,
  timeouts: 0,
  statuses: new Map(),
});
/**
 * The last script of a whole page. A render the server aborts still answers 200, but without it
 * the browser never gets the page's data and the app does not start: that is a failure too.
 */
const PAGE_END = "streamController.close()";

async function main() {
  if (!(durationSeconds > 0)) throw new Error("BENCH_MIXED_DURATION must be a positive number of seconds");
  if (!(crashAfterSeconds > 0)) throw new Error("BENCH_CRASH_AFTER must be a positive number of seconds");
  if (!(Number.isInteger(connections) && connections > 0))
    throw new Error("BENCH_CONNECTIONS must be a positive whole number");
  if (await answers(`${appUrl}/`))
    throw new Error(`Port ${APP_PORT} is already in use; stop whatever listens there first.`);

  build();
  await openBenchDatabase();
  copyBenchDatabase();
  const fixture = prepareFixture();
  writeFileSync(serverLog, "");

  const mixedOk = await mixedLoad(fixture);
  const crashOk = await crashCheck(fixture);
  process.exitCode = mixedOk && crashOk ? 0 : 1;
  console.log(
    `\n${mixedOk && crashOk ? "No acknowledged write was lost and the database is intact." : "FAILED: see above."}`,
  );
}

/** bench.db's every page, into a copy this run may write to. */
function copyBenchDatabase() {
  const started = performance.now();
  const source = new Database(benchDatabase);
  try {
    // Everything in the main file, so copying that one file copies the whole database.
    const [result] = source.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
    if (result && (result.busy !== 0 || result.log !== result.checkpointed))
      throw new Error(`${benchDatabase} is in use elsewhere; its log could not be folded in`);
  } finally {
    source.close();
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(dbFile + suffix, { force: true });
  copyFileSync(benchDatabase, dbFile);
  console.log(
    `  copied to ${dbFile} (${((performance.now() - started) / 1000).toFixed(1)} s); the load writes there, not to bench.db`,
  );
}

/** Signed-in people, values to tag with, and the stories to read and to react to and comment on. */
function prepareFixture(): Fixture {
  const db = new Database(dbFile);
  try {
    const rows = db
      .prepare(`SELECT id, language FROM "User" WHERE "deactivatedAt" IS NULL AND username <> ? ORDER BY id LIMIT ?`)
      .all(BENCH_USERNAME, connections) as { id: string; language: string | null }[];
    if (rows.length === 0) throw new Error(`No people in ${dbFile}; run with BENCH_REGENERATE=1`);
    const people = rows.map((row) => ({
      id: row.id,
      cookie: `bw_session=${signIn(db, row.id)}`,
      language: (row.language ?? "en") as Language,
    }));
    const valueIds = (
      db.prepare(`SELECT id FROM "Value" WHERE "archivedAt" IS NULL ORDER BY position`).all() as { id: string }[]
    ).map((row) => row.id);
    const visible = `status = 'published' AND "deletedAt" IS NULL AND "hiddenAt" IS NULL`;
    const popular = db
      .prepare(`SELECT id FROM "Story" WHERE ${visible} ORDER BY "reactionCount" DESC LIMIT 50`)
      .all() as { id: string }[];
    // Every 200th story: old and new, popular and quiet, so writes do not all land on a few rows.
    const spread = db.prepare(`SELECT id FROM "Story" WHERE ${visible} AND rowid % 200 = 0`).all() as { id: string }[];
    return {
      people,
      valueIds,
      readStoryIds: [...popular, ...spread].map((row) => row.id),
      targetStoryIds: [...popular.slice(0, 10), ...spread].map((row) => row.id),
    };
  } finally {
    db.close();
  }
}

// ---- Part 1: mixed load ------------------------------------------------------------------------

async function mixedLoad(fixture: Fixture) {
  console.log(`\nPart 1: mixed load (server output in ${serverLog})`);
  const app = startApp({ dbFile, port: APP_PORT, logFile: serverLog, workers: WORKERS });
  await waitUntilAnswers(app, `${appUrl}/login`, serverLog);
  const rowids = highestRowids();

  const warmup = await runMix(fixture, { seconds: WARMUP_SECONDS, readOnly: true, seed: 1 });
  if (warmup.stats.get("feed")!.ok === 0)
    throw new Error("The feed did not answer during the warm-up: the bench sessions were not accepted.");
  const warm = [...warmup.stats.values()];
  const warmFailures = warm.reduce((sum, kind) => sum + kind.latencies.length - kind.ok, 0);
  console.log(
    `Warm-up: ${WARMUP_SECONDS} s of reads on the cold server, ${warm.reduce((sum, kind) => sum + kind.latencies.length, 0)} requests, ${warmFailures} failed (not in the figures below)`,
  );

  logLoad("Load average before the run");
  const pids = servingPids(app);
  const processes = [app.pid!, ...pids];
  const cpuBefore = cpuSeconds(processes);
  console.log(
    `Load: ${connections} connections, ${durationSeconds} s, mix ${MIX.map(([kind, share]) => `${kind} ${share * 100}%`).join(", ")}`,
  );
  const samples = [pids.map((pid) => memory(pid).rss)];
  const sampler = setInterval(() => samples.push(pids.map((pid) => memory(pid).rss)), MEMORY_SAMPLE_MS);
  const result = await runMix(fixture, { seconds: durationSeconds, readOnly: false, seed: 2 });
  clearInterval(sampler);
  samples.push(pids.map((pid) => memory(pid).rss));
  logLoad("Load average after the run");
  const peaks = pids.map((pid) => memory(pid).peak);
  const serverCpu = cpuSeconds(processes) - cpuBefore;
  await stopServer(app);

  printTable(result.stats, result.seconds);
  printMemory(pids, samples, peaks);
  // Well under one CPU second per second and worker means the server waited for a core other work had.
  console.log(
    `Server CPU (primary and ${pids.length} workers): ${serverCpu.toFixed(1)} s in the ${result.seconds.toFixed(1)} s run (${((serverCpu / result.seconds) * 100).toFixed(0)}% of one core)`,
  );
  const busy = countBusy();
  console.log(`SQLITE_BUSY / "database is locked" in the server log: ${busy}`);
  summariseLog(serverLog);

  console.log("\nWrites in the database afterwards:");
  return verifyMixedWrites(result, rowids, fixture);
}

/**
 * Each worker's memory at the start of the load, a third of the way in (the heap has grown to its
 * working size by then) and at the end. Growth after that third is what a leak looks like.
 */
function printMemory(pids: number[], samples: number[][], peaks: number[]) {
  const third = samples[Math.floor((samples.length - 1) / 3)]!;
  const last = samples.at(-1)!;
  console.log("\nMemory per worker (RSS): at the start of the load, a third of the way in, at the end (peak)");
  let grew = false;
  for (const [index, pid] of pids.entries()) {
    // 10% and 20 MB: a heap breathes by a few MB between collections.
    const growth = last[index]! - third[index]!;
    const grows = growth > Math.max(20, 0.1 * third[index]!);
    grew ||= grows || !Number.isFinite(growth);
    console.log(
      `  worker pid ${pid}: ${mb(samples[0]![index]!)}, ${mb(third[index]!)}, ${mb(last[index]!)} (peak ${mb(peaks[index]!)})${grows ? "  grew" : ""}`,
    );
  }
  console.log(`${grew ? "MISS" : "PASS"}  memory per worker does not grow after the first third of the load`);
}

/** Acknowledged writes: marker → the id the redirect named. */
type MixResult = {
  stats: Map<Kind, KindStats>;
  seconds: number;
  stories: Map<string, string>;
  comments: Map<string, string>;
};

/** Every connection, in a loop until the time is up: pick a request from the mix, send it, wait for the answer. */
async function runMix(
  fixture: Fixture,
  { seconds, readOnly, seed }: { seconds: number; readOnly: boolean; seed: number },
): Promise<MixResult> {
  const stats = new Map(kinds.map((kind) => [kind, emptyStats()]));
  const result: MixResult = { stats, seconds: 0, stories: new Map(), comments: new Map() };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let sequence = 0;
  const worker = async (index: number) => {
    const random = createRandom(seed * 1000 + index);
    const person = fixture.people[index % fixture.people.length]!;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const reacted = new Set<string>();
    try {
      while (performance.now() < deadline) {
        const job = pickJob(random, fixture, person, {
          readOnly,
          reacted,
          marker: () => `mixed-${runId}-${sequence++}`,
        });
        const sent = performance.now();
        const outcome = await send(agent, person, job);
        const kindStats = stats.get(job.kind)!;
        kindStats.latencies.push(performance.now() - sent);
        if ("error" in outcome) {
          if (outcome.error === "timeout") kindStats.timeouts++;
          else kindStats.socketErrors++;
          continue;
        }
        const { status, location } = outcome;
        kindStats.statuses.set(status, (kindStats.statuses.get(status) ?? 0) + 1);
        if (status >= 500) kindStats.serverErrors++;
        else if (status >= 400) kindStats.clientErrors++;
        else if (!outcome.complete) kindStats.incomplete++;
        else kindStats.ok++;
        if (status === 302 || status === 303) {
          if (job.kind === "new story") result.stories.set(job.marker!, storyIdOf(location));
          else if (job.kind === "comment") result.comments.set(job.marker!, commentIdOf(location));
        }
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, index) => worker(index)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

function pickJob(
  random: Random,
  fixture: Fixture,
  person: Person,
  options: { readOnly: boolean; reacted: Set<string>; marker: () => string },
): Job {
  const roll = random.next() * (options.readOnly ? 0.7 : 1);
  let kind: Kind = "feed";
  let total = 0;
  for (const [candidate, share] of MIX) {
    total += share;
    if (roll < total) {
      kind = candidate;
      break;
    }
  }
  switch (kind) {
    case "feed":
      return { kind, method: "GET", path: random.chance(0.7) ? "/" : "/?tab=new" };
    case "story page":
      return { kind, method: "GET", path: `/stories/${random.pick(fixture.readStoryIds)}` };
    case "search":
      return { kind, method: "GET", path: `/?q=${random.pick(searchTerms)}` };
    case "new story":
      return newStoryJob(random, fixture, person, options.marker());
    case "reaction": {
      // A toggle: the same person taps the same reaction on and off again.
      const storyId = random.pick(fixture.targetStoryIds);
      const reactionKind = random.pick(reactionKinds);
      const key = `${storyId}:${reactionKind}`;
      const want = !options.reacted.has(key);
      if (want) options.reacted.add(key);
      else options.reacted.delete(key);
      return {
        kind,
        method: "POST",
        path: `/stories/${storyId}`,
        form: new URLSearchParams({ intent: "react", kind: reactionKind, want: want ? "yes" : "no" }),
      };
    }
    case "comment":
      return commentJob(random, fixture, person, options.marker());
  }
}

/** What the composer posts when someone publishes: every field, most of the optional ones empty. */
function newStoryJob(random: Random, fixture: Fixture, person: Person, marker: string): Job {
  const language = person.language;
  const form = new URLSearchParams({
    title: `${title(random, language)} [${marker}]`,
    body: body(random, language, random.int(60, 200)),
    situation: "",
    whatWasDone: "",
    result: "",
  });
  for (const index of pickSome(random, random.int(1, 3), fixture.valueIds.length))
    form.append("values", fixture.valueIds[index]!);
  for (const index of pickSome(random, random.int(0, 2), dimensions.length))
    form.append("dimensions", dimensions[index]!);
  // Now and then a colleague is named, which also notifies them.
  if (random.chance(0.3)) {
    const colleague = random.pick(fixture.people);
    if (colleague.id !== person.id) form.append("people", colleague.id);
  }
  form.append("customerQuote", random.chance(0.3) ? `"${line(random, language, 5, 15)}"` : "");
  form.append("whatHelped", "");
  form.append("gotInTheWay", "");
  form.append("language", language);
  form.append("intent", "publish");
  return { kind: "new story", method: "POST", path: "/stories/new", form, marker };
}

function commentJob(random: Random, fixture: Fixture, person: Person, marker: string): Job {
  const storyId = random.pick(fixture.targetStoryIds);
  const form = new URLSearchParams({ intent: "comment", body: `${line(random, person.language, 5, 30)} [${marker}]` });
  return { kind: "comment", method: "POST", path: `/stories/${storyId}`, form, marker };
}

function pickSome(random: Random, count: number, size: number) {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, size)) chosen.add(Math.floor(random.next() * size));
  return [...chosen];
}

/** One request on the connection's own keep-alive socket; the whole body is read before it counts. */
function send(agent: Agent, person: Person, job: Job) {
  return new Promise<Answer | { error: string }>((resolve) => {
    const payload = job.form ? Buffer.from(job.form.toString()) : undefined;
    const headers: Record<string, string | number> = { ...IDENTITY, Cookie: person.cookie };
    if (payload) {
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      headers["Content-Length"] = payload.length;
      headers.Origin = appUrl;
    }
    const outgoing = request(
      `${appUrl}${job.path}`,
      { method: job.method, agent, headers, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const isPage = response.statusCode === 200 && (response.headers["content-type"] ?? "").startsWith("text/html");
        let tail = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (tail = (tail + chunk).slice(-500)));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            location: response.headers.location,
            complete: !isPage || tail.includes(PAGE_END),
          }),
        );
        response.on("error", (error) => resolve({ error: error.message }));
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timeout")));
    outgoing.on("error", (error) => resolve({ error: error.message }));
    outgoing.end(payload);
  });
}

const storyIdOf = (location = "") => /^\/stories\/([^/?#]+)/.exec(location)?.[1] ?? "";
const commentIdOf = (location = "") => /#comment-(.+)$/.exec(location)?.[1] ?? "";

function printTable(stats: Map<Kind, KindStats>, seconds: number) {
  const all = emptyStats();
  for (const kindStats of stats.values()) {
    all.latencies.push(...kindStats.latencies);
    for (const field of ["ok", "incomplete", "clientErrors", "serverErrors", "socketErrors", "timeouts"] as const)
      all[field] += kindStats[field];
    for (const [status, count] of kindStats.statuses) all.statuses.set(status, (all.statuses.get(status) ?? 0) + count);
  }
  const rows = [...kinds.map((kind) => [kind, stats.get(kind)!] as const), ["all", all] as const].map(
    ([name, kindStats]) => {
      const sorted = [...kindStats.latencies].sort((a, b) => a - b);
      return [
        name,
        String(sorted.length),
        (sorted.length / seconds).toFixed(1),
        ms(percentile(sorted, 50)),
        ms(percentile(sorted, 95)),
        ms(percentile(sorted, 99)),
        String(kindStats.ok),
        String(kindStats.incomplete),
        String(kindStats.clientErrors),
        String(kindStats.serverErrors),
        String(kindStats.socketErrors),
        String(kindStats.timeouts),
        [...kindStats.statuses]
          .sort(([a], [b]) => a - b)
          .map(([status, count]) => `${status}×${count}`)
          .join(" "),
      ];
    },
  );
  const header = [
    "kind",
    "requests",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "ok",
    "cut short",
    "4xx",
    "5xx",
    "socket err",
    "timeouts",
    "statuses",
  ];
  const widths = header.map((heading, column) => Math.max(heading.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("  ")
      .trimEnd();
  console.log(`\nMixed load (${connections} connections, ${fixtureSummary(seconds)})`);
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(format(row));
  const failures = all.incomplete + all.clientErrors + all.serverErrors + all.socketErrors + all.timeouts;
  console.log(
    `ok: 2xx, or the 302 a form answers with; cut short: 200, but the server aborted the page before its data was sent`,
  );
  console.log(
    `${failures === 0 ? "PASS" : "MISS"}  zero errors (${failures} failed requests of ${all.latencies.length})`,
  );
}

const fixtureSummary = (seconds: number) =>
  `${seconds.toFixed(1)} s, database ${(statSync(dbFile).size / 1e6).toFixed(0)} MB`;

function countBusy() {
  const text = readFileSync(serverLog, "utf8");
  return (text.match(/SQLITE_BUSY|database is locked/g) ?? []).length;
}

function logLoad(label: string) {
  const [one, five, fifteen] = loadavg();
  console.log(
    `${label}: ${one!.toFixed(2)} ${five!.toFixed(2)} ${fifteen!.toFixed(2)} (1, 5, 15 min) on ${cpus().length} cores`,
  );
}

/** The highest rowid of the tables the load writes to: new rows come after it. */
function highestRowids() {
  const db = new Database(dbFile, { readonly: true });
  try {
    const highest = (table: string) =>
      (db.prepare(`SELECT COALESCE(MAX(rowid), 0) AS highest FROM "${table}"`).get() as { highest: number }).highest;
    return { story: highest("Story"), comment: highest("Comment") };
  } finally {
    db.close();
  }
}

/** The markers of the stories and comments written since `rowids`, and whether search finds the stories. */
function writtenSince(db: Database.Database, rowids: { story: number; comment: number }, prefix: string) {
  const extract = (text: string) => new RegExp(`\\[(${prefix}-\\d+)\\]`).exec(text)?.[1];
  const stories = db
    .prepare(
      `SELECT id, title, rowid AS rowid, EXISTS (SELECT 1 FROM "StorySearch" WHERE rowid = "Story".rowid) AS indexed FROM "Story" WHERE rowid > ?`,
    )
    .all(rowids.story) as {
    id: string;
    title: string;
    indexed: number;
  }[];
  const comments = db.prepare(`SELECT id, body FROM "Comment" WHERE rowid > ?`).all(rowids.comment) as {
    id: string;
    body: string;
  }[];
  const storyMarkers = new Map<string, { id: string; indexed: boolean }>();
  for (const story of stories) {
    const marker = extract(story.title);
    if (marker) storyMarkers.set(marker, { id: story.id, indexed: story.indexed === 1 });
  }
  const commentMarkers = new Map<string, string>();
  for (const comment of comments) {
    const marker = extract(comment.body);
    if (marker) commentMarkers.set(marker, comment.id);
  }
  return { storyMarkers, commentMarkers };
}

function verifyMixedWrites(result: MixResult, rowids: { story: number; comment: number }, fixture: Fixture) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const found = writtenSince(db, rowids, `mixed-${runId}`);
    // Found means: a row with the request's marker, under the id the redirect named.
    const missingStories = [...result.stories].filter(([marker, id]) => found.storyMarkers.get(marker)?.id !== id);
    const missingComments = [...result.comments].filter(([marker, id]) => found.commentMarkers.get(marker) !== id);
    const unindexed = [...found.storyMarkers.values()].filter((story) => !story.indexed).length;
    console.log(
      `  new stories: ${result.stories.size} acknowledged, ${found.storyMarkers.size} in the database, ${missingStories.length} missing, ${unindexed} not in the search index`,
    );
    console.log(
      `  comments:    ${result.comments.size} acknowledged, ${found.commentMarkers.size} in the database, ${missingComments.length} missing`,
    );
    // The counters on the row must match a recount after thousands of concurrent changes.
    const drift = db
      .prepare(
        `SELECT COUNT(*) AS stories FROM "Story" s WHERE s.id IN (SELECT value FROM json_each(?)) AND (
           s."reactionCount" <> (SELECT COUNT(*) FROM "Reaction" r WHERE r."storyId" = s.id)
           OR s."reactorCount" <> (SELECT COUNT(DISTINCT r."userId") FROM "Reaction" r WHERE r."storyId" = s.id)
           OR s."commentCount" <> (SELECT COUNT(*) FROM "Comment" c WHERE c."storyId" = s.id AND c."deletedAt" IS NULL AND c."removedAt" IS NULL))`,
      )
      .get(JSON.stringify(fixture.targetStoryIds)) as { stories: number };
    console.log(
      `  counters:    ${drift.stories} of the ${fixture.targetStoryIds.length} reacted-to and commented stories differ from a recount`,
    );
    return missingStories.length === 0 && missingComments.length === 0 && unindexed === 0 && drift.stories === 0;
  } finally {
    db.close();
  }
}

// ---- Part 2: crash -----------------------------------------------------------------------------

async function crashCheck(fixture: Fixture) {
  console.log(`\nPart 2: SIGKILL during a write load`);
  const crashLog = readFileSync(serverLog, "utf8").length;
  const app = startApp({ dbFile, port: APP_PORT, logFile: serverLog, workers: WORKERS });
  await waitUntilAnswers(app, `${appUrl}/login`, serverLog);
  const rowids = highestRowids();

  const acknowledged = new Set<string>();
  const sent = new Set<string>();
  const answersSeen = new Map<string, number>();
  let inFlight = 0;
  let inFlightAtKill = 0;
  let killed = false;
  let sequence = 0;
  const worker = async (index: number) => {
    const random = createRandom(3000 + index);
    const person = fixture.people[index % fixture.people.length]!;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (!killed) {
        const marker = `crash-${runId}-${sequence++}`;
        const job = random.chance(0.5)
          ? newStoryJob(random, fixture, person, marker)
          : commentJob(random, fixture, person, marker);
        sent.add(marker);
        inFlight++;
        const outcome = await send(agent, person, job);
        inFlight--;
        const seen = "error" in outcome ? (killed ? "cut off by the kill" : outcome.error) : String(outcome.status);
        answersSeen.set(seen, (answersSeen.get(seen) ?? 0) + 1);
        if (!("error" in outcome) && (outcome.status === 302 || outcome.status === 303)) acknowledged.add(marker);
      }
    } finally {
      agent.destroy();
    }
  };
  const load = Promise.all(Array.from({ length: connections }, (_, index) => worker(index)));
  await sleep(crashAfterSeconds * 1000);

  // One worker first: the primary must start another, and every write acknowledged so far must
  // be in the database while the other worker goes on serving.
  const workers = childPids(app.pid!);
  const [victim] = workers;
  if (victim === undefined) throw new Error("The server has no worker processes: is WEB_CONCURRENCY ignored?");
  process.kill(victim, "SIGKILL");
  const killedAt = performance.now();
  const acknowledgedAtWorkerKill = new Set(acknowledged);
  const replacement = await waitForReplacement(app, workers);
  const replacedAfter = (performance.now() - killedAt) / 1000;
  const missingAfterWorkerKill = missingWrites(acknowledgedAtWorkerKill, rowids);
  console.log(
    `  SIGKILL to worker ${victim} after ${crashAfterSeconds} s: ${replacement ? `replaced by worker ${replacement} after ${replacedAfter.toFixed(1)} s` : "NOT replaced within 15 s"}; of the ${acknowledgedAtWorkerKill.size} writes acknowledged by then, ${missingAfterWorkerKill.length} missing`,
  );
  const acknowledgedAtReplacement = acknowledged.size;
  await sleep(crashAfterSeconds * 1000);

  // Then every process at once, primary and workers, with requests in flight.
  const everyone = [app.pid!, ...childPids(app.pid!)];
  const exited = once(app, "exit");
  inFlightAtKill = inFlight;
  killed = true;
  for (const pid of everyone) process.kill(pid, "SIGKILL");
  await exited;
  await load;
  await waitUntilGone(everyone);
  const walBytes = existsSync(`${dbFile}-wal`) ? statSync(`${dbFile}-wal`).size : 0;
  console.log(
    `  then SIGKILL to all ${everyone.length} processes (${everyone.join(", ")}) ${crashAfterSeconds} s later: ${sent.size} writes sent, ${acknowledged.size} acknowledged (${acknowledged.size - acknowledgedAtReplacement} since the replacement), ${inFlightAtKill} in flight; write-ahead log ${(walBytes / 1e6).toFixed(1)} MB`,
  );
  console.log(`  answers: ${[...answersSeen].map(([answer, count]) => `${answer}×${count}`).join(", ")}`);

  const restarted = startApp({ dbFile, port: APP_PORT, logFile: serverLog, workers: WORKERS });
  const restartStarted = performance.now();
  await waitUntilAnswers(restarted, `${appUrl}/login`, serverLog);
  console.log(`  restarted; answering after ${((performance.now() - restartStarted) / 1000).toFixed(1)} s`);

  const db = new Database(dbFile, { readonly: true });
  let durable: boolean;
  let intact: boolean;
  try {
    const landed = landedWrites(db, rowids);
    const missing = [...acknowledged].filter((marker) => !landed.has(marker));
    const unacknowledgedLanded = [...landed].filter((marker) => !acknowledged.has(marker)).length;
    durable = missing.length === 0 && missingAfterWorkerKill.length === 0 && replacement !== undefined;
    console.log(
      `  (a) acknowledged ${acknowledged.size}, found ${acknowledged.size - missing.length}, missing ${missing.length}${missing.length ? ` (e.g. ${missing.slice(0, 5).join(", ")})` : ""}`,
    );
    console.log(
      `      not acknowledged but in the database: ${unacknowledgedLanded} (committed while the answer was on its way)`,
    );
    const checkStarted = performance.now();
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check);
    intact = integrity.length === 1 && integrity[0] === "ok";
    console.log(
      `  (b) PRAGMA integrity_check: ${integrity.slice(0, 5).join("; ")} (${((performance.now() - checkStarted) / 1000).toFixed(1)} s)`,
    );
  } finally {
    db.close();
  }

  const works = await restartedServerWorks(fixture);
  await stopServer(restarted);
  const newLines = readFileSync(serverLog, "utf8").slice(crashLog);
  const busy = (newLines.match(/SQLITE_BUSY|database is locked/g) ?? []).length;
  console.log(`  SQLITE_BUSY / "database is locked" in the server log since the crash load began: ${busy}`);
  return durable && intact && works;
}

/** The crash load's markers that are in the database. */
function landedWrites(db: Database.Database, rowids: { story: number; comment: number }) {
  const found = writtenSince(db, rowids, `crash-${runId}`);
  return new Set([...found.storyMarkers.keys(), ...found.commentMarkers.keys()]);
}

/** Which of these acknowledged writes the database does not have, read while the server runs. */
function missingWrites(acknowledged: Set<string>, rowids: { story: number; comment: number }) {
  const db = new Database(dbFile, { readonly: true });
  try {
    const landed = landedWrites(db, rowids);
    return [...acknowledged].filter((marker) => !landed.has(marker));
  } finally {
    db.close();
  }
}

/** The worker the primary forks in place of the one killed from `before` (undefined when none comes within 15 s). */
async function waitForReplacement(app: ChildProcess, before: number[]) {
  const deadline = performance.now() + 15_000;
  while (performance.now() < deadline) {
    const workers = childPids(app.pid!);
    const newcomer = workers.find((pid) => !before.includes(pid));
    if (workers.length === WORKERS && newcomer !== undefined) return newcomer;
    await sleep(50);
  }
  return undefined;
}

/** Until the killed processes are gone, so the restarted server has the port and the database alone. */
async function waitUntilGone(pids: number[]) {
  // A zombie (state Z) is gone for this purpose: it holds no port and no file.
  const alive = (pid: number) => {
    try {
      return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
    } catch {
      return false;
    }
  };
  while (pids.some(alive)) await sleep(20);
}

/** (c) The feed answers and a new story can be posted (and is then in the database). */
async function restartedServerWorks(fixture: Fixture) {
  const person = fixture.people[0]!;
  const agent = new Agent({ keepAlive: false });
  try {
    const feed = await send(agent, person, { kind: "feed", method: "GET", path: "/" });
    const marker = `after-${runId}`;
    const posted = await send(agent, person, newStoryJob(createRandom(4000), fixture, person, marker));
    const storyId = "error" in posted ? "" : storyIdOf(posted.location);
    const db = new Database(dbFile, { readonly: true });
    const stored = storyId
      ? (db.prepare(`SELECT title FROM "Story" WHERE id = ?`).get(storyId) as { title: string } | undefined)
      : undefined;
    db.close();
    const feedOk = !("error" in feed) && feed.status === 200;
    const postOk = !("error" in posted) && posted.status === 302 && Boolean(stored?.title.includes(marker));
    const describe = (answer: Answer | { error: string }) => ("error" in answer ? answer.error : String(answer.status));
    console.log(
      `  (c) after the restart: feed ${describe(feed)}, new story ${describe(posted)}${postOk ? " and stored" : " NOT stored"}`,
    );
    return feedOk && postOk;
  } finally {
    agent.destroy();
  }
}

async function stopServer(app: ChildProcess) {
  const exited = once(app, "exit");
  app.kill("SIGTERM");
  // The server waits for open keep-alive sockets; the load's are closed, so this is quick.
  if ((await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])) === false) {
    app.kill("SIGKILL");
    await exited;
  }
}

stopOnSignal(() => undefined);

try {
  await main();
} catch (error) {
  console.error(`\nMixed-load benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await stopAll();
}
