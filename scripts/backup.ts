// `npm run db:backup [file]`: a consistent copy of the live database while the app keeps running,
// checked with integrity_check before it is reported done. `VACUUM INTO` copies one snapshot in a
// single read transaction; the page-by-page backup API starts over whenever the app writes, so
// under steady writes it might never finish.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";

export function backupDatabase(sourceUrl: string, target: string) {
  mkdirSync(dirname(target), { recursive: true });
  const source = new Database(sourceUrl.replace(/^file:/, ""), { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    source.prepare("VACUUM INTO ?").run(target);
  } finally {
    source.close();
  }
  const copy = new Database(target, { readonly: true });
  try {
    const result = copy.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`The backup at ${target} failed its integrity check: ${String(result)}`);
    return {
      target,
      stories: (copy.prepare('SELECT count(*) AS count FROM "Story"').get() as { count: number }).count,
    };
  } finally {
    copy.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = process.env.DATABASE_URL ?? "file:./data/brandworthy.db";
  const target = process.argv[2] ?? join("backups", `brandworthy-${new Date().toISOString().replace(/[:.]/g, "-")}.db`);
  const { stories } = await backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target} (${stories} stories, integrity ok).`);
}
