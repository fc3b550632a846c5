import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";

type Report = { acknowledged: string[]; errors: string[] };

/** Runs tests/utils/db-writer.ts in a process of its own against this test file's database. */
function runWriter(name: string, rounds: number) {
  return new Promise<Report>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/utils/db-writer.ts", name, String(rounds)], {
      // DATABASE_URL included: this test file's own database.
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = stdout.trim().split("\n").at(-1);
      if (code === 0 && line) resolve(JSON.parse(line) as Report);
      else reject(new Error(`${name} exited with ${code}: ${stderr}`));
    });
  });
}

// Several server processes share one SQLite file in WAL mode. A transaction that reads and then
// writes must wait for another process's write lock (the busy timeout), not fail because that
// process wrote after its read.
describe("several processes on one database", () => {
  it("serialises their writes without an error and keeps every acknowledged one", async () => {
    await db.rateLimit.create({ data: { key: "counter", count: 0, resetAt: new Date() } });
    const reports = await Promise.all(["first", "second", "third"].map((name) => runWriter(name, 150)));

    expect(reports.flatMap((report) => report.errors)).toEqual([]);
    const acknowledged = reports.flatMap((report) => report.acknowledged);
    const stored = await db.rateLimit.findMany({ where: { key: { in: acknowledged } }, select: { key: true } });
    expect(stored.map((row) => row.key).sort()).toEqual([...acknowledged].sort());
    // Every transaction read the counter and wrote it one higher: none lost another's update.
    const transactions = acknowledged.filter((key) => key.includes("-tx-")).length;
    expect(transactions).toBe(3 * 100);
    const counter = await db.rateLimit.findUniqueOrThrow({ where: { key: "counter" } });
    expect(counter.count).toBe(transactions);
  }, 60_000);
});
