// `npm run db:backup [file]`: a consistent copy of the live database while the app keeps running,
// checked with integrity_check before it is reported done. `VACUUM INTO` copies one snapshot in a
// single read transaction; the page-by-page backup API starts over whenever the app writes, so
// under steady writes it might never finish.
//
// Photos live beside the database, in the uploads folder (or a bucket). The folder is copied after
// the snapshot, next to the copy as `<file>.uploads/`: every photo the snapshot names is there,
// since a file is only deleted long after its row (a deleted story's after its restore window),
// and files newer than the snapshot are harmless extras. A bucket is not copied here: it keeps its
// own history (turn on the bucket's versioning) or is mirrored with the provider's sync tool.
import { cpSync, existsSync, mkdirSync } from "node:fs";
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

/** Copies the uploads folder next to a database backup; where it went, or null when there is none yet. */
export function backupUploads(uploadsDir: string, databaseBackup: string) {
  if (!existsSync(uploadsDir)) return null;
  const target = `${databaseBackup}.uploads`;
  cpSync(uploadsDir, target, { recursive: true, errorOnExist: false, force: true });
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const source = process.env.DATABASE_URL ?? "file:./data/brandworthy.db";
  const target = process.argv[2] ?? join("backups", `brandworthy-${new Date().toISOString().replace(/[:.]/g, "-")}.db`);
  const { stories } = await backupDatabase(source, target);
  console.log(`Backed up ${source} to ${target} (${stories} stories, integrity ok).`);
  if (process.env.S3_BUCKET) {
    console.log(
      `Photos are in the bucket ${process.env.S3_BUCKET}: back it up with its versioning or the provider's sync.`,
    );
  } else {
    const uploads = backupUploads(process.env.UPLOADS_DIR ?? "./data/uploads", target);
    console.log(uploads ? `Copied the photos to ${uploads}.` : "No photos yet: nothing to copy beside it.");
  }
}
