// Insights for managers: aggregates over a period, for all teams or one. Works councils will ask
// how people are protected, so every figure that breaks out a group built from fewer than
// MIN_GROUP people is withheld (null, shown as "too few to show"), and no person is named or ranked.
import { eachWeekOfInterval, format, startOfISOWeek, subDays } from "date-fns";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { DimensionKey } from "~/utils/dimensions";
import { dimensions } from "~/utils/dimensions";
import { getProgress, isFinished } from "./collections.server";
import { getNewHireDays, newHireCutoff } from "./new-hires.server";
import type { InsightPeriod } from "~/utils/insights-params";
import { insightPeriods, MIN_GROUP } from "~/utils/insights-params";
import { paths } from "~/utils/paths";
import { visibleStoryWhere } from "./visibility.server";

export const insightCharts = ["weekly", "participation", "heatmap", "barriers", "onboarding"] as const;
export type InsightChart = (typeof insightCharts)[number];

const BARRIERS_PER_DIMENSION = 20;
// A barrier is read, not scanned: a few hundred of the newest are plenty for a period.
const BARRIERS_TAKE = 500;

const InsightsParamsSchema = z.object({
  period: z.enum(insightPeriods).catch("90"),
  team: z
    .string()
    .trim()
    .max(80)
    .catch("")
    .transform((slug) => slug || null),
});
export type InsightsParams = z.infer<typeof InsightsParamsSchema>;

/** The URL's period and team; anything unknown falls back to the last 90 days for all teams. */
export function parseInsightsParams(search: URLSearchParams): InsightsParams {
  return InsightsParamsSchema.parse({
    period: search.get("period") ?? undefined,
    team: search.get("team") ?? undefined,
  });
}

/** The feed filtered to one heatmap cell (and the chosen team), newest first. */
export function heatmapFeedHref(valueSlug: string, dimension: DimensionKey, teamSlug: string | null) {
  return paths.home({ tab: "new", value: valueSlug, dim: dimension, team: teamSlug ?? undefined });
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// Weeks run from Monday to Sunday in UTC, as the days the page names do, whatever the server's
// time zone. date-fns counts calendar days in local time, so it is handed each moment's UTC day.
const utcDay = (moment: Date) => new Date(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
const dayKey = (day: Date) => format(day, "yyyy-MM-dd");
/** The Monday (UTC) of the week the moment falls in, as `yyyy-MM-dd`. */
const weekOf = (moment: Date) => dayKey(startOfISOWeek(utcDay(moment)));

/** A count of people, or null when it would describe fewer than MIN_GROUP of them. */
const shownCount = (people: number) => (people === 0 || people >= MIN_GROUP ? people : null);

export type InsightsWeek = { start: string; stories: number; contributors: number | null; highlights: number };
export type ParticipationRow = {
  slug: string;
  name: string;
  members: number | null;
  participants: number | null;
  share: number | null;
};
export type HeatmapCell = { dimension: DimensionKey; stories: number | null; href: string };
export type HeatmapRow = { slug: string; name: string; colour: string; cells: HeatmapCell[] };
export type BarrierGroup = { dimension: DimensionKey | null; barriers: { text: string; publishedAt: string }[] };
export type OnboardingRow = { slug: string; title: string; finished: number; newHires: number };

export type Insights = {
  period: InsightPeriod;
  since: string;
  until: string;
  team: { slug: string; name: string } | null;
  teams: { slug: string; name: string }[];
  /** The chosen team has fewer than MIN_GROUP people: nothing about it is broken out. */
  isTooFew: boolean;
  storyCount: number | null;
  highlightCount: number | null;
  weeks: InsightsWeek[] | null;
  participation: ParticipationRow[] | null;
  heatmap: { dimensions: DimensionKey[]; rows: HeatmapRow[] } | null;
  barriers: BarrierGroup[] | null;
  onboarding: { newHires: number | null; collections: OnboardingRow[] } | null;
};

/** Everything /insights shows, and what its CSV downloads contain. */
export async function getInsights(params: InsightsParams, now = new Date()): Promise<Insights> {
  const since = subDays(now, Number(params.period));
  const teams = await db.team.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true },
  });
  const team = teams.find((row) => row.slug === params.team) ?? null;
  const base = {
    period: params.period,
    since: isoDay(since),
    until: isoDay(now),
    team: team ? { slug: team.slug, name: team.name } : null,
    teams: teams.map(({ slug, name }) => ({ slug, name })),
  };
  if (team) {
    const members = await db.user.count({ where: { teamId: team.id, deactivatedAt: null } });
    if (members < MIN_GROUP) {
      return {
        ...base,
        isTooFew: true,
        storyCount: null,
        highlightCount: null,
        weeks: null,
        participation: null,
        heatmap: null,
        barriers: null,
        onboarding: null,
      };
    }
  }

  const teamWhere: Prisma.StoryWhereInput = team ? { teamId: team.id } : {};
  const storyWhere: Prisma.StoryWhereInput = {
    AND: [visibleStoryWhere, teamWhere, { publishedAt: { gte: since, lte: now } }],
  };
  // Flat rows joined in memory: nested selects would send every story id back to the database.
  const [stories, storyValues, storyDimensions, highlights, participation, barriers, onboarding] = await Promise.all([
    db.story.findMany({ where: storyWhere, select: { id: true, publishedAt: true, authorId: true } }),
    db.storyValue.findMany({ where: { story: storyWhere }, select: { storyId: true, valueId: true } }),
    db.storyDimension.findMany({ where: { story: storyWhere }, select: { storyId: true, dimension: true } }),
    db.highlight.findMany({
      where: { createdAt: { gte: since, lte: now }, story: { AND: [visibleStoryWhere, teamWhere] } },
      select: { createdAt: true },
    }),
    getParticipation(team ? [team] : teams, since, now),
    getBarriers(storyWhere),
    getOnboarding(team?.id ?? null, now),
  ]);

  return {
    ...base,
    isTooFew: false,
    storyCount: stories.length,
    highlightCount: highlights.length,
    weeks: countByWeek(since, now, stories, highlights),
    participation,
    heatmap: await getHeatmap(stories, storyValues, storyDimensions, team?.slug ?? null),
    barriers,
    onboarding,
  };
}

function countByWeek(
  since: Date,
  now: Date,
  stories: { publishedAt: Date | null; authorId: string | null }[],
  highlights: { createdAt: Date }[],
): InsightsWeek[] {
  const weeks = new Map(
    eachWeekOfInterval({ start: utcDay(since), end: utcDay(now) }, { weekStartsOn: 1 }).map((start) => [
      dayKey(start),
      { stories: 0, authors: new Set<string>(), highlights: 0 },
    ]),
  );
  for (const story of stories) {
    const week = weeks.get(weekOf(story.publishedAt!));
    if (!week) continue;
    week.stories += 1;
    if (story.authorId) week.authors.add(story.authorId);
  }
  for (const highlight of highlights) {
    const week = weeks.get(weekOf(highlight.createdAt));
    if (week) week.highlights += 1;
  }
  // A week's story count is the whole scope's; its contributors are a group and may be too few.
  return [...weeks].map(([start, week]) => ({
    start,
    stories: week.stories,
    contributors: shownCount(week.authors.size),
    highlights: week.highlights,
  }));
}

/** Per team, the share of its active people who posted, reacted or commented in the period. */
async function getParticipation(
  teams: { id: string; slug: string; name: string }[],
  since: Date,
  now: Date,
): Promise<ParticipationRow[]> {
  const teamIds = teams.map((team) => team.id);
  const period = { gte: since, lte: now };
  const [people, posters, reactors, commenters] = await Promise.all([
    db.user.findMany({ where: { deactivatedAt: null, teamId: { in: teamIds } }, select: { id: true, teamId: true } }),
    db.story.groupBy({
      by: ["authorId"],
      where: { ...visibleStoryWhere, publishedAt: period, author: { teamId: { in: teamIds } } },
    }),
    db.reaction.groupBy({
      by: ["userId"],
      where: { createdAt: period, story: visibleStoryWhere, user: { teamId: { in: teamIds } } },
    }),
    db.comment.groupBy({
      by: ["authorId"],
      where: {
        createdAt: period,
        deletedAt: null,
        removedAt: null,
        story: visibleStoryWhere,
        author: { teamId: { in: teamIds } },
      },
    }),
  ]);
  const active = new Set<string | null>([
    ...posters.map((row) => row.authorId),
    ...reactors.map((row) => row.userId),
    ...commenters.map((row) => row.authorId),
  ]);
  return teams.map((team) => {
    const members = people.filter((person) => person.teamId === team.id);
    if (members.length < MIN_GROUP)
      return { slug: team.slug, name: team.name, members: null, participants: null, share: null };
    const participants = members.filter((person) => active.has(person.id)).length;
    return {
      slug: team.slug,
      name: team.name,
      members: members.length,
      participants,
      share: Math.round((participants / members.length) * 100),
    };
  });
}

/** Stories per value and dimension; a cell whose stories come from fewer than MIN_GROUP authors is withheld. */
async function getHeatmap(
  stories: { id: string; authorId: string | null }[],
  storyValues: { storyId: string; valueId: string }[],
  storyDimensions: { storyId: string; dimension: DimensionKey }[],
  teamSlug: string | null,
) {
  const values = await db.value.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, colour: true },
  });
  const authorOf = new Map(stories.map((story) => [story.id, story.authorId]));
  const dimensionsOf = new Map<string, DimensionKey[]>();
  for (const { storyId, dimension } of storyDimensions)
    dimensionsOf.set(storyId, [...(dimensionsOf.get(storyId) ?? []), dimension]);
  const cells = new Map<string, { stories: number; authors: Set<string> }>();
  for (const { storyId, valueId } of storyValues) {
    if (!authorOf.has(storyId)) continue;
    const authorId = authorOf.get(storyId);
    for (const dimension of dimensionsOf.get(storyId) ?? []) {
      const key = `${valueId} ${dimension}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { stories: 0, authors: new Set() }));
      cell.stories += 1;
      // Stories whose author left without their name count no author: a cell never looks bigger than it is.
      if (authorId) cell.authors.add(authorId);
    }
  }
  return {
    dimensions: [...dimensions],
    rows: values.map((value) => ({
      slug: value.slug,
      name: value.name,
      colour: value.colour,
      cells: dimensions.map((dimension) => {
        const cell = cells.get(`${value.id} ${dimension}`);
        const count = !cell ? 0 : cell.authors.size >= MIN_GROUP ? cell.stories : null;
        return { dimension, stories: count, href: heatmapFeedHref(value.slug, dimension, teamSlug) };
      }),
    })),
  };
}

/** What people name as getting in the way, by dimension, newest first: the text and date, never who wrote it. */
async function getBarriers(storyWhere: Prisma.StoryWhereInput): Promise<BarrierGroup[]> {
  const rows = await db.story.findMany({
    where: { AND: [storyWhere, { gotInTheWay: { not: "" } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: BARRIERS_TAKE,
    select: { gotInTheWay: true, publishedAt: true, dimensions: { select: { dimension: true } } },
  });
  const groups = new Map<DimensionKey | null, BarrierGroup["barriers"]>(
    [...dimensions, null].map((dimension) => [dimension, []]),
  );
  for (const row of rows) {
    const text = row.gotInTheWay.trim();
    if (!text) continue;
    const barrier = { text, publishedAt: row.publishedAt!.toISOString() };
    const keys = row.dimensions.length ? row.dimensions.map((entry) => entry.dimension) : [null];
    for (const key of keys) {
      const list = groups.get(key)!;
      if (list.length < BARRIERS_PER_DIMENSION) list.push(barrier);
    }
  }
  return [...groups]
    .filter(([, barriers]) => barriers.length > 0)
    .map(([dimension, barriers]) => ({ dimension, barriers }));
}

/** For each collection for new hires, how many of the new hires in scope have read all of it. */
async function getOnboarding(teamId: string | null, now: Date) {
  const newHireDays = await getNewHireDays();
  const [people, collections] = await Promise.all([
    db.user.findMany({
      where: { deactivatedAt: null, joinedAt: { gt: newHireCutoff(newHireDays, now) }, ...(teamId ? { teamId } : {}) },
      select: { id: true },
    }),
    db.collection.findMany({
      where: { audience: "newHires", archivedAt: null },
      orderBy: { title: "asc" },
      select: { id: true, slug: true, title: true },
    }),
  ]);
  if (people.length < MIN_GROUP) return { newHires: shownCount(people.length), collections: [] };
  const progress = await getProgress(
    collections.map((collection) => collection.id),
    people.map((person) => person.id),
  );
  return {
    newHires: people.length,
    collections: collections.map((collection) => ({
      slug: collection.slug,
      title: collection.title,
      finished: people.filter((person) => isFinished(progress(collection.id, person.id))).length,
      newHires: people.length,
    })),
  };
}

// Spreadsheets run a cell that starts like a formula; a leading quote keeps it text (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula starts neutralised, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null) {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]) {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A chart or table of the page as CSV rows: the same numbers, withheld figures as the "too few" text. */
export function insightsCsvRows(insights: Insights, chart: InsightChart, t: Translate): (string | number | null)[][] {
  const tooFew = t("insights.tooFew");
  const figure = (value: number | null) => value ?? tooFew;
  const dimensionName = (dimension: DimensionKey | null) =>
    dimension ? t(`dimensions.${dimension}.name`) : t("insights.barriers.noDimension");
  if (insights.isTooFew) return [[t("insights.csv.scope")], [tooFew]];
  switch (chart) {
    case "weekly":
      return [
        [
          t("insights.weekly.week"),
          t("insights.weekly.stories"),
          t("insights.weekly.contributors"),
          t("insights.weekly.highlights"),
        ],
        ...insights.weeks!.map((week) => [week.start, week.stories, figure(week.contributors), week.highlights]),
      ];
    case "participation":
      return [
        [
          t("insights.participation.team"),
          t("insights.participation.members"),
          t("insights.participation.participants"),
          t("insights.participation.sharePercent"),
        ],
        ...insights.participation!.map((row) => [
          row.name,
          figure(row.members),
          figure(row.participants),
          figure(row.share),
        ]),
      ];
    case "heatmap":
      return [
        [t("insights.heatmap.value"), ...insights.heatmap!.dimensions.map(dimensionName)],
        ...insights.heatmap!.rows.map((row) => [row.name, ...row.cells.map((cell) => figure(cell.stories))]),
      ];
    case "barriers":
      return [
        [t("insights.barriers.dimension"), t("insights.barriers.date"), t("insights.barriers.text")],
        ...insights.barriers!.flatMap((group) =>
          group.barriers.map((barrier) => [
            dimensionName(group.dimension),
            barrier.publishedAt.slice(0, 10),
            barrier.text,
          ]),
        ),
      ];
    case "onboarding":
      if (insights.onboarding!.newHires === null) return [[t("insights.onboarding.collection")], [tooFew]];
      return [
        [t("insights.onboarding.collection"), t("insights.onboarding.finished"), t("insights.onboarding.newHires")],
        ...insights.onboarding!.collections.map((row) => [row.title, row.finished, row.newHires]),
      ];
  }
}

export function insightsCsvFilename(insights: Insights, chart: InsightChart) {
  return `insights-${chart}-${insights.period}d-${insights.team?.slug ?? "all-teams"}-${insights.until}.csv`;
}
