// Work that belongs to no request: it runs in each app process on a timer (a job queue takes it
// over when there are several servers; see issue 16). Started once per process by entry.server,
// so every worker of `npm start` runs it: purging is idempotent (a photo another worker removed
// first is simply not found), it only repeats the work.
import { millisecondsInHour } from "date-fns/constants";
import { purgePhotos } from "~/models/photos.server";
import { refreshRanking, REFRESH_MS } from "~/models/ranking.server";
import { RESTORE_DAYS } from "~/models/stories.server";

const globalForMaintenance = globalThis as unknown as { __maintenance?: NodeJS.Timeout };

export function startMaintenance() {
  if (globalForMaintenance.__maintenance) return;
  // The coverage lift and "popular this week": at start (a database just migrated has none yet),
  // then every few minutes. Each process tries; the database lets one of them do it per period.
  const rank = () => refreshRanking().catch((error: unknown) => console.error("Refreshing the ranking failed", error));
  setTimeout(rank, 1_000).unref();
  setInterval(rank, REFRESH_MS).unref();
  const run = () =>
    purgePhotos({ restoreDays: RESTORE_DAYS }).catch((error: unknown) => console.error("Purging photos failed", error));
  // A minute after start (not while the server is warming up), then every hour.
  setTimeout(run, 60_000).unref();
  globalForMaintenance.__maintenance = setInterval(run, millisecondsInHour).unref();
}
