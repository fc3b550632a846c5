// `npm run bench:size`: the Best feed on an organisation of 10,000 stories and on one of
// 1,000,000, generated alike (bench/generate.ts), measured in one run at one worker. The cost of
// a feed page must not grow with the organisation: target, the large one at >= 90% of the small
// one's throughput. The databases are kept in bench/.tmp (the large one is about 13 GB and takes
// about ten minutes to make; BENCH_REGENERATE=1 makes both again).
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { BENCH_USERNAME, prepareDatabase } from "./generate";
import { build, HOST, IDENTITY, root, signIn, startApp, stop, stopOnSignal, waitUntilAnswers } from "./harness";
import { runLoad, stopLoad } from "./load";

process.chdir(root);
const SIZES = [10_000, 1_000_000];
const PORT = 3203;
const durationSeconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const logFile = join(root, "bench/.tmp/size-server.log");
const describeLoad = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ")} on ${cpus().length} cores`;

stopOnSignal(stopLoad);
build();
const results = new Map<number, number>();
for (const stories of SIZES) {
  const file = join(root, `bench/.tmp/bench-${stories}.db`);
  // The generator's app modules read DATABASE_URL when they load.
  process.env.DATABASE_URL = `file:${file}`;
  console.log(`\n${stories.toLocaleString("en")} stories: ${file}`);
  const reused = await prepareDatabase(file, { regenerate: process.env.BENCH_REGENERATE === "1", stories });
  if (reused) console.log("  reused the existing database");
  const db = new Database(file);
  const user = db.prepare(`SELECT id FROM "User" WHERE username = ?`).get(BENCH_USERNAME) as { id: string };
  const cookie = { ...IDENTITY, Cookie: `bw_session=${signIn(db, user.id)}` };
  // Ranked when it was made: the scheduled refresh would otherwise run during the measurement.
  db.prepare(`UPDATE "RankingState" SET "refreshedAt" = ? WHERE id = 1`).run(new Date().toISOString());
  db.close();
  const app = startApp({ dbFile: file, port: PORT, logFile, workers: 1 });
  const url = `http://${HOST}:${PORT}`;
  await waitUntilAnswers(app, `${url}/login`, logFile);
  const target = { name: "Best feed", url, paths: ["/"], headers: cookie, kind: "app" as const };
  await runLoad(target, { connections, durationSeconds: 2 });
  const measured = await runLoad(target, { connections, durationSeconds });
  console.log(
    `  Best feed  ${measured.requestsPerSecond.toFixed(0)} req/s  p95 ${measured.p95.toFixed(1)} ms  ${measured.statusCodes}  (${describeLoad()})`,
  );
  results.set(stories, measured.requestsPerSecond);
  await stop(app);
}
const [small, large] = SIZES.map((size) => results.get(size)!);
const ratio = large! / small!;
console.log(
  `\n  ${ratio >= 0.9 ? "PASS" : "MISS"}  Best feed on 1,000,000 stories >= 90% of 10,000   ${(100 * ratio).toFixed(0)}% (${small!.toFixed(0)} -> ${large!.toFixed(0)} req/s)`,
);
