// The "Best" order, explained in docs/ranking.md. Each story keeps its score in the database,
// written in the same transaction as whatever moves it; the feed walks an index of it. The
// coverage lift changes slowly and is refreshed by a scheduled job, never on a request.
import { subDays, subMilliseconds } from "date-fns";
import { millisecondsInMinute } from "date-fns/constants";
import type { Prisma } from "~/generated/prisma/client";
import { Prisma as PrismaSql } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { visibleStorySql, visibleStoryWhere } from "./visibility.server";

/** A story this many hours older needs twice the people reacting to stand level. */
export const DOUBLING_HOURS = 24;
export const COMMENT_WEIGHT = 1.5;
/** A highlight counts as this many times the engagement: a day's head start, not a pin. */
export const HIGHLIGHT_BOOST = 2;
export const LIFT_MAX = 0.5;
export const COVERAGE_DAYS = 90;
export const POPULAR_DAYS = 7;
/** How often the coverage lift and the "popular" threshold are counted again. */
export const REFRESH_MS = 5 * millisecondsInMinute;
/** Score changes are kept this long, and so is the order a "Show more" cursor pages through. */
export const KEEP_CHANGES_MS = 20 * millisecondsInMinute;

const SCORE_DECIMALS = 9;

/**
 * The score, as SQL on "Story" aliased `s`: the one place the formula is written. Engagement
 * (people, not clicks; a comment weighs more) on a log scale, plus the publication time in
 * doubling periods, so a story's place never changes with the clock alone and an index can
 * hold the order. The highlight and the lift add their logarithms. Null: not in "Best".
 */
const SCORE_SQL = `CASE WHEN ${visibleStorySql("s")} AND s.publishedAt IS NOT NULL THEN round(
    ln(1 + s.reactorCount + ${COMMENT_WEIGHT} * s.commentCount) / ln(2)
    + (julianday(s.publishedAt) - 2440587.5) * 24 / ${DOUBLING_HOURS}
    + CASE WHEN EXISTS (SELECT 1 FROM "Highlight" h WHERE h.storyId = s.id) THEN ${Math.log2(HIGHLIGHT_BOOST)} ELSE 0 END
    + ln(s.rankLift) / ln(2),
    -- Nine decimals (a few milliseconds of age) survive every round trip through text and
    -- JSON unchanged, so a cursor's score compares equal to the row it came from.
    ${SCORE_DECIMALS})
  END`;

type Client = Prisma.TransactionClient | typeof db;

/** The value and dimension rows take their story's score, for an index walk of their own. */
const copyScoreSql = (table: "StoryValue" | "StoryDimension", where: string) =>
  `UPDATE "${table}" AS t SET rankScore = (SELECT s.rankScore FROM "Story" s WHERE s.id = t.storyId) WHERE ${where}`;

/** Every story scored again: for data written in bulk (the seed, the benchmark's generator). */
export const RESCORE_ALL_STATEMENTS = [
  `UPDATE "Story" AS s SET rankScore = ${SCORE_SQL}`,
  copyScoreSql("StoryValue", "1 = 1"),
  copyScoreSql("StoryDimension", "1 = 1"),
];

/** After a bulk load: every score, then the lift and the "popular" threshold counted at once. */
export async function rankAllStories(client: typeof db, now = new Date()) {
  for (const statement of RESCORE_ALL_STATEMENTS) await client.$executeRawUnsafe(statement);
  await client.rankingState.update({ where: { id: 1 }, data: { refreshedAt: new Date(0) } });
  await refreshRanking(now, client);
}

/**
 * Scores the stories again and copies the scores onto their value and dimension rows. Called in
 * the transaction of every change that moves a story: a reaction, a comment, a highlight, an
 * edit, publishing, hiding, deleting. Each change of score is logged for the cursors in flight.
 */
export async function rescoreStories(client: Client, storyIds: string[], now = new Date()) {
  if (storyIds.length === 0) return;
  const ids = PrismaSql.join(storyIds);
  const score = PrismaSql.raw(SCORE_SQL);
  await client.$executeRaw`INSERT INTO "RankChange" (storyId, previousScore, changedAt)
    SELECT s.id, s.rankScore, ${now} FROM "Story" s WHERE s.id IN (${ids}) AND s.rankScore IS NOT (${score})`;
  await client.$executeRaw`UPDATE "Story" AS s SET rankScore = ${score} WHERE s.id IN (${ids})`;
  for (const table of ["StoryValue", "StoryDimension"] as const)
    await client.$executeRaw`${PrismaSql.raw(copyScoreSql(table, "t.storyId IN ("))}${ids})`;
}

/** A story just published or retagged: its lift from the coverage last counted, then its score. */
export async function rankStory(tx: Prisma.TransactionClient, storyId: string, now = new Date()) {
  const [story, coverageRows] = await Promise.all([
    tx.story.findUnique({
      where: { id: storyId },
      select: { teamId: true, values: { select: { valueId: true } }, dimensions: { select: { dimension: true } } },
    }),
    tx.rankCoverage.findMany(),
  ]);
  if (!story) return;
  const coverage: Coverage = new Map(coverageRows.map((row) => [row.tag, row.stories]));
  const rankLift = coverageLift(tagsOfStoryRow(story), coverage);
  await tx.story.update({ where: { id: storyId }, data: { rankLift } });
  await rescoreStories(tx, [storyId], now);
}

// ---- The coverage lift ------------------------------------------------------------------------

export type Tagged = { valueIds: string[]; dimensions: string[]; teamId: string | null };

/** Stories per tag over the coverage window: "value:<id>", "dimension:<key>", "team:<id>". */
export type Coverage = Map<string, number>;

export const tagsOf = (story: Tagged) => [
  ...story.valueIds.map((id) => `value:${id}`),
  ...story.dimensions.map((key) => `dimension:${key}`),
  ...(story.teamId ? [`team:${story.teamId}`] : []),
];

const tagsOfStoryRow = (story: {
  teamId: string | null;
  values: { valueId: string }[];
  dimensions: { dimension: string }[];
}): Tagged => ({
  teamId: story.teamId,
  valueIds: story.values.map((row) => row.valueId),
  dimensions: story.dimensions.map((row) => row.dimension),
});

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
 * compared with the average count of tags of that kind, gives up to LIFT_MAX extra. Rounded to
 * hundredths, so the refresh rewrites only the stories whose lift really moved.
 */
export function coverageLift(story: Tagged, coverage: Coverage, averages = coverageAverages(coverage)) {
  let rarest = 1;
  for (const tag of tagsOf(story)) {
    const average = averages.get(tag.slice(0, tag.indexOf(":")));
    if (!average) continue;
    rarest = Math.min(rarest, (coverage.get(tag) ?? 0) / average);
  }
  return Math.round((1 + LIFT_MAX * (1 - rarest)) * 100) / 100;
}

/** "Popular this week": among the week's stories, the top tenth by people reacting (at least three). */
export function popularityThreshold(weekReactorCounts: number[]) {
  const sorted = [...weekReactorCounts].sort((a, b) => b - a);
  return Math.max(3, sorted[Math.floor(sorted.length / 10)] ?? 0);
}

/** Stories read at a time by the refresh: a large organisation's window is walked in slices. */
const REFRESH_SLICE = 2_000;

/**
 * The visible stories of the coverage window with their tags, a slice at a time in (publication,
 * id) order. Each slice is its own few queries, so a worker refreshing a window of hundreds of
 * thousands of stories keeps serving requests between slices, and holds one slice in memory.
 */
async function* windowSlices(client: typeof db, since: Date, sliceSize: number) {
  let after: { publishedAt: Date; id: string } | null = null;
  for (;;) {
    const slice: {
      id: string;
      teamId: string | null;
      rankLift: number;
      reactorCount: number;
      publishedAt: Date | null;
      values: { valueId: string }[];
      dimensions: { dimension: string }[];
    }[] = await client.story.findMany({
      where: {
        ...visibleStoryWhere,
        publishedAt: { gte: since },
        ...(after
          ? {
              OR: [
                { publishedAt: { gt: after.publishedAt } },
                { publishedAt: after.publishedAt, id: { gt: after.id } },
              ],
            }
          : {}),
      },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      take: sliceSize,
      select: {
        id: true,
        teamId: true,
        rankLift: true,
        reactorCount: true,
        publishedAt: true,
        values: { select: { valueId: true } },
        dimensions: { select: { dimension: true } },
      },
    });
    if (slice.length) yield slice.map((story) => ({ story, tags: tagsOfStoryRow(story) }));
    if (slice.length < sliceSize) return;
    const last = slice.at(-1)!;
    after = { publishedAt: last.publishedAt!, id: last.id };
  }
}

/** Gives these stories this lift and rescores them, in slices that are each one transaction. */
async function setLift(client: typeof db, rankLift: number, ids: string[], now: Date) {
  for (let start = 0; start < ids.length; start += 400) {
    const slice = ids.slice(start, start + 400);
    await client.$transaction(async (tx) => {
      await tx.story.updateMany({ where: { id: { in: slice } }, data: { rankLift } });
      await rescoreStories(tx, slice, now);
    });
  }
}

/**
 * Counts the coverage of the last COVERAGE_DAYS again, gives each story of that window the lift
 * it now earns (and older ones none), rescoring those that moved, and sets the "popular"
 * threshold. One process does it per period: the first to move `refreshedAt` on. The window is
 * read twice, a slice at a time: once to count, once to compare each story's lift.
 */
export async function refreshRanking(now = new Date(), client = db, sliceSize = REFRESH_SLICE) {
  const { count } = await client.rankingState.updateMany({
    where: { id: 1, refreshedAt: { lte: subMilliseconds(now, REFRESH_MS / 2) } },
    data: { refreshedAt: now },
  });
  if (count === 0) return false;
  const since = subDays(now, COVERAGE_DAYS);
  const popularSince = subDays(now, POPULAR_DAYS);
  const coverage: Coverage = new Map();
  const weekReactors: number[] = [];
  for await (const slice of windowSlices(client, since, sliceSize)) {
    for (const { story, tags } of slice) {
      for (const tag of tagsOf(tags)) coverage.set(tag, (coverage.get(tag) ?? 0) + 1);
      if (story.publishedAt! >= popularSince) weekReactors.push(story.reactorCount);
    }
  }
  await client.$transaction(async (tx) => {
    await tx.rankCoverage.deleteMany();
    await tx.rankCoverage.createMany({ data: [...coverage].map(([tag, stories]) => ({ tag, stories })) });
    await tx.rankingState.update({ where: { id: 1 }, data: { popularThreshold: popularityThreshold(weekReactors) } });
    await tx.rankChange.deleteMany({ where: { changedAt: { lt: subMilliseconds(now, KEEP_CHANGES_MS) } } });
  });
  const averages = coverageAverages(coverage);
  for await (const slice of windowSlices(client, since, sliceSize)) {
    const byLift = new Map<number, string[]>();
    for (const { story, tags } of slice) {
      const lift = coverageLift(tags, coverage, averages);
      if (lift !== story.rankLift) byLift.set(lift, [...(byLift.get(lift) ?? []), story.id]);
    }
    for (const [rankLift, ids] of byLift) await setLift(client, rankLift, ids, now);
  }
  // Stories that left the window since the last refresh lose their lift.
  for (;;) {
    const agedOut = await client.story.findMany({
      where: { publishedAt: { lt: since }, rankLift: { not: 1 } },
      take: sliceSize,
      select: { id: true },
    });
    await setLift(
      client,
      1,
      agedOut.map((story) => story.id),
      now,
    );
    if (agedOut.length < sliceSize) break;
  }
  return true;
}

// ---- Reading the order ------------------------------------------------------------------------

export type Reason = "highlighted" | "popular" | "rare";

/** Where "this week" starts for "popular this week" and "new from your team". */
export const recentSince = (now: Date) => subDays(now, POPULAR_DAYS);

/** Why "Best" shows a story, from what it stores: highlighted, popular this week, or a rare tag. */
export function reasonFor(
  story: { isHighlighted: boolean; publishedAt: Date; reactorCount: number; rankLift: number },
  popularThreshold: number,
  now: Date,
): Reason | null {
  if (story.isHighlighted) return "highlighted";
  if (story.publishedAt >= recentSince(now) && story.reactorCount >= popularThreshold) return "popular";
  return story.rankLift >= 1 + LIFT_MAX / 2 ? "rare" : null;
}

export async function getPopularThreshold() {
  const state = await db.rankingState.findUnique({ where: { id: 1 }, select: { popularThreshold: true } });
  return state?.popularThreshold ?? 3;
}

/**
 * Reorders a ranked list so no author appears twice in a row (nor right after `previousAuthor`,
 * the last one the page before showed): when the next story is by the same author as the one
 * before, the best-ranked story by someone else moves up instead. Skipped stories wait in a
 * short queue, so this stays linear on long lists.
 */
export function spreadAuthors<Story extends { authorId: string | null }>(
  ranked: Story[],
  previousAuthor: string | null = null,
) {
  const spread: Story[] = [];
  const waiting: Story[] = [];
  let next = 0;
  const fits = (story: Story) =>
    story.authorId === null || story.authorId !== (spread.length ? spread.at(-1)!.authorId : previousAuthor);
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

/**
 * Where each story stood before the changes made since `asOf`: a later page of "Best" is read
 * in the order its first page was. Null: the story was not in "Best" then.
 */
export async function scoresBefore(asOf: Date) {
  const rows = await db.rankChange.findMany({
    where: { changedAt: { gt: asOf } },
    // In the index's order (by id the planner would read the whole log).
    orderBy: [{ changedAt: "asc" }, { id: "asc" }],
    select: { storyId: true, previousScore: true },
  });
  const before = new Map<string, number | null>();
  for (const row of rows) if (!before.has(row.storyId)) before.set(row.storyId, row.previousScore);
  return before;
}
