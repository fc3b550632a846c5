// The "Best" order, explained in docs/ranking.md. Pure functions first (tested for their
// properties), then the cached ranked list the feed pages through.
import { differenceInMilliseconds, subDays } from "date-fns";
import { millisecondsInHour } from "date-fns/constants";
import { db } from "~/utils/db.server";
import { visibleStoryWhere } from "./visibility.server";

export const GRAVITY = 1.8;
export const COMMENT_WEIGHT = 1.5;
export const HIGHLIGHT_BOOST = 1.5;
export const LIFT_MAX = 0.5;
export const COVERAGE_DAYS = 90;
export const POPULAR_DAYS = 7;

export type RankedStory = {
  id: string;
  authorId: string | null;
  teamId: string | null;
  publishedAt: Date;
  reactorCount: number;
  commentCount: number;
  isHighlighted: boolean;
  valueIds: string[];
  dimensions: string[];
};

/** Stories per tag over the coverage window: "value:<id>", "dimension:<key>", "team:<id>". */
export type Coverage = Map<string, number>;

export const tagsOf = (story: Pick<RankedStory, "valueIds" | "dimensions" | "teamId">) => [
  ...story.valueIds.map((id) => `value:${id}`),
  ...story.dimensions.map((key) => `dimension:${key}`),
  ...(story.teamId ? [`team:${story.teamId}`] : []),
];

/** The average count of each kind of tag, which a tag's own count is compared with. */
export function coverageAverages(coverage: Coverage) {
  const totals = new Map<string, { sum: number; tags: number }>();
  for (const [tag, count] of coverage) {
    const kind = tag.slice(0, tag.indexOf(":"));
    const total = totals.get(kind) ?? { sum: 0, tags: 0 };
    totals.set(kind, { sum: total.sum + count, tags: total.tags + 1 });
  }
  return new Map([...totals].map(([kind, total]) => [kind, total.sum / total.tags]));
}

/**
 * How much a story is lifted for carrying a tag with few recent stories: its rarest tag's count,
 * compared with the average count of tags of that kind, gives up to LIFT_MAX extra.
 */
export function coverageLift(
  story: Pick<RankedStory, "valueIds" | "dimensions" | "teamId">,
  coverage: Coverage,
  averages = coverageAverages(coverage),
) {
  let rarest = 1;
  for (const tag of tagsOf(story)) {
    const average = averages.get(tag.slice(0, tag.indexOf(":")));
    if (!average) continue;
    rarest = Math.min(rarest, (coverage.get(tag) ?? 0) / average);
  }
  return 1 + LIFT_MAX * (1 - rarest);
}

/** Hacker-News-style hot score: engagement over age to the power of the gravity. */
export function hotScore(story: RankedStory, now: Date, lift = 1) {
  const engagement = story.reactorCount + COMMENT_WEIGHT * story.commentCount;
  // In fractions of an hour: differenceInHours truncates, which would tie every story of the same hour.
  const ageHours = Math.max(0, differenceInMilliseconds(now, story.publishedAt) / millisecondsInHour);
  return ((engagement + 1) / (ageHours + 2) ** GRAVITY) * (story.isHighlighted ? HIGHLIGHT_BOOST : 1) * lift;
}

/**
 * Reorders a ranked list so no author appears twice in a row: when the next story is by the same
 * author as the one before, the best-ranked story by someone else moves up instead. Skipped
 * stories wait in a short queue, so this stays linear on long lists.
 */
export function spreadAuthors<Story extends { authorId: string | null }>(ranked: Story[]) {
  const spread: Story[] = [];
  const waiting: Story[] = [];
  let next = 0;
  const fits = (story: Story) => story.authorId === null || story.authorId !== spread.at(-1)?.authorId;
  while (spread.length < ranked.length) {
    const waitingIndex = waiting.findIndex(fits);
    if (waitingIndex !== -1) {
      spread.push(waiting.splice(waitingIndex, 1)[0]!);
      continue;
    }
    while (next < ranked.length && !fits(ranked[next]!)) waiting.push(ranked[next++]!);
    // Only one author left: they follow themselves, there is no one else to put between.
    spread.push(next < ranked.length ? ranked[next++]! : waiting.shift()!);
  }
  return spread;
}

export type Reason = "highlighted" | "popular" | "rare";

/** Where "this week" starts for "popular this week" and "new from your team". */
export const recentSince = (now: Date) => subDays(now, POPULAR_DAYS);

/** Ranks stories for "Best", each with the reason the feed gives for showing it. */
export function rankStories(stories: RankedStory[], coverage: Coverage, now: Date) {
  const since = recentSince(now);
  const popularThreshold = popularityThreshold(stories, since);
  const averages = coverageAverages(coverage);
  const scored = stories.map((story) => {
    const lift = coverageLift(story, coverage, averages);
    const isRecent = story.publishedAt >= since;
    const reason: Reason | null = story.isHighlighted
      ? "highlighted"
      : isRecent && story.reactorCount >= popularThreshold
        ? "popular"
        : lift >= 1 + LIFT_MAX / 2
          ? "rare"
          : null;
    return { ...story, score: hotScore(story, now, lift), reason };
  });
  scored.sort((a, b) => b.score - a.score || b.publishedAt.getTime() - a.publishedAt.getTime());
  return spreadAuthors(scored);
}

/** "Popular this week": among the week's stories, the top tenth by people reacting (at least three). */
function popularityThreshold(stories: RankedStory[], since: Date) {
  const week = stories
    .filter((story) => story.publishedAt >= since)
    .map((story) => story.reactorCount)
    .sort((a, b) => b - a);
  return Math.max(3, week[Math.floor(week.length / 10)] ?? 0);
}

// ---- The cached ranked list -------------------------------------------------------------------

/** Best ranks the newest this many stories; older ones follow in date order (see docs/ranking.md). */
export const CANDIDATE_LIMIT = 20_000;
/** A ranked list is reused this long, and recomputed sooner (after SETTLE_MS) once stories change. */
const FRESH_MS = 60_000;
const SETTLE_MS = 5_000;
/** Cursors point into a list; lists stay readable this long so "Show more" never repeats or skips. */
const KEEP_MS = 20 * 60_000;

/**
 * What a kept list needs of a story: its id to page by, the reason the feed gives, the tags the
 * filters test. One object serves every list in which the story is unchanged: never alter one.
 */
export type RankedEntry = Pick<RankedStory, "id" | "teamId" | "valueIds" | "dimensions"> & { reason: Reason | null };

export type Ranking = {
  id: string;
  computedAt: number;
  /** Stories published before this are not ranked; "Best" continues with them by date. */
  cutoff: Date | null;
  entries: RankedEntry[];
};

const rankings = new Map<string, Ranking>();
let changedAt = 0;
/**
 * The newest list's entries by story id. Under steady writes a list is made every few seconds
 * and each is kept for KEEP_MS; with its own copy of every entry that was 23 MB a list on the
 * benchmark data, about 5 GB after 20 minutes, more than Node's default heap. Sharing the
 * unchanged ones leaves each list little more than its order.
 */
let latestEntries = new Map<string, RankedEntry>();

/** Called by whatever changes what Best would show (a story, a reaction, a comment, a highlight). */
export function markRankingStale(now = Date.now()) {
  changedAt = now;
}

export function forgetRankings() {
  rankings.clear();
  latestEntries = new Map();
  changedAt = 0;
}

function newestRanking() {
  let newest: Ranking | undefined;
  for (const ranking of rankings.values()) if (!newest || ranking.computedAt > newest.computedAt) newest = ranking;
  return newest;
}

/** The current ranked list, or a recent one a cursor still points into. */
export async function getRanking(cursorRankingId?: string | null, now = new Date()) {
  const time = now.getTime();
  for (const [id, ranking] of rankings) if (time - ranking.computedAt > KEEP_MS) rankings.delete(id);
  if (cursorRankingId) {
    const kept = rankings.get(cursorRankingId);
    if (kept) return kept;
  }
  const newest = newestRanking();
  const isFresh =
    newest &&
    time - newest.computedAt < FRESH_MS &&
    (changedAt <= newest.computedAt || time - newest.computedAt < SETTLE_MS);
  if (newest && isFresh) return newest;
  // A stale list is still served while the next one is computed, so nobody waits for it.
  if (newest) {
    refreshRanking(now).catch((error: unknown) => console.error("Could not rank the feed", error));
    return newest;
  }
  return refreshRanking(now);
}

let computing: Promise<Ranking> | null = null;

function refreshRanking(now: Date) {
  computing ??= computeRanking(now)
    .then((ranking) => {
      rankings.set(ranking.id, ranking);
      return ranking;
    })
    .finally(() => {
      computing = null;
    });
  return computing;
}

async function computeRanking(now: Date): Promise<Ranking> {
  const boundary = await db.story.findMany({
    where: visibleStoryWhere,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: CANDIDATE_LIMIT - 1,
    take: 1,
    select: { publishedAt: true },
  });
  const cutoff = boundary[0]?.publishedAt ?? null;
  const candidateWhere = { ...visibleStoryWhere, ...(cutoff ? { publishedAt: { gte: cutoff } } : {}) };
  const [stories, values, dimensions] = await Promise.all([
    db.story.findMany({
      where: candidateWhere,
      select: {
        id: true,
        authorId: true,
        teamId: true,
        publishedAt: true,
        reactorCount: true,
        commentCount: true,
        highlight: { select: { id: true } },
      },
    }),
    db.storyValue.findMany({ where: { story: candidateWhere }, select: { storyId: true, valueId: true } }),
    db.storyDimension.findMany({ where: { story: candidateWhere }, select: { storyId: true, dimension: true } }),
  ]);
  const valuesByStory = groupBy(
    values,
    (row) => row.storyId,
    (row) => row.valueId,
  );
  const dimensionsByStory = groupBy(
    dimensions,
    (row) => row.storyId,
    (row) => row.dimension as string,
  );
  const candidates = stories.map((story) => ({
    id: story.id,
    authorId: story.authorId,
    teamId: story.teamId,
    publishedAt: story.publishedAt!,
    reactorCount: story.reactorCount,
    commentCount: story.commentCount,
    isHighlighted: Boolean(story.highlight),
    valueIds: valuesByStory.get(story.id) ?? [],
    dimensions: dimensionsByStory.get(story.id) ?? [],
  }));
  // Coverage counts the last 90 days of the ranked stories (all of them, unless the organisation
  // posts more than the candidate limit in 90 days), so it needs no queries of its own.
  const coverageSince = subDays(now, COVERAGE_DAYS);
  const coverage: Coverage = new Map();
  for (const story of candidates) {
    if (story.publishedAt < coverageSince) continue;
    for (const tag of tagsOf(story)) coverage.set(tag, (coverage.get(tag) ?? 0) + 1);
  }
  const previous = latestEntries;
  const entries = rankStories(candidates, coverage, now).map((entry) => sharedEntry(entry, previous.get(entry.id)));
  latestEntries = new Map(entries.map((entry) => [entry.id, entry]));
  return {
    id: now.getTime().toString(36),
    computedAt: now.getTime(),
    cutoff: stories.length >= CANDIDATE_LIMIT ? cutoff : null,
    entries,
  };
}

/** The previous list's entry when nothing the lists keep has changed, else a new one. */
function sharedEntry(entry: RankedEntry, previous: RankedEntry | undefined): RankedEntry {
  const sameItems = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
  if (
    previous &&
    previous.teamId === entry.teamId &&
    previous.reason === entry.reason &&
    sameItems(previous.valueIds, entry.valueIds) &&
    sameItems(previous.dimensions, entry.dimensions)
  ) {
    return previous;
  }
  return {
    id: entry.id,
    teamId: entry.teamId,
    valueIds: entry.valueIds,
    dimensions: entry.dimensions,
    reason: entry.reason,
  };
}

function groupBy<Row>(rows: Row[], key: (row: Row) => string, value: (row: Row) => string) {
  const grouped = new Map<string, string[]>();
  for (const row of rows) {
    const list = grouped.get(key(row));
    if (list) list.push(value(row));
    else grouped.set(key(row), [value(row)]);
  }
  return grouped;
}
