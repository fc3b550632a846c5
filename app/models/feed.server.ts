import type { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { DimensionKey, ReactionKindKey } from "~/utils/dimensions";
import { dimensions } from "~/utils/dimensions";
import type { Facet, FeedParams } from "~/utils/feed-params";
import { getRanking, recentSince } from "./ranking.server";
import type { Reason, Ranking } from "./ranking.server";
import { findMatchingStoryIds, searchTerms } from "./search.server";
import { faceSelect, storyPhotosSelect, toPhotoView, withFace } from "./photos.server";
import { bylineOf, bylineSelect } from "./stories.server";
import { withSmallFace } from "~/utils/faces";
import { excerptAround, markTerms } from "~/utils/mark-terms";
import { visibleStoryWhere } from "./visibility.server";

// Ten cards are ten phone screens; "Show more" brings the next ten. More would make every feed
// page hydrate (and the server render) cards that few people scroll to.
export const PAGE_SIZE = 10;
const SEARCH_CHUNK = 400;

export type Viewer = { id: string; teamId: string | null };
export type CardReason = Reason | "team";

/** Facet items from the URL as ids; `impossible` when an included item does not exist at all. */
type ResolvedFilters = { include: Record<Facet, string[]>; exclude: Record<Facet, string[]>; impossible: boolean };

async function resolveFilters(params: FeedParams): Promise<ResolvedFilters> {
  const slugs = (facet: "value" | "team") => [...params.include[facet], ...params.exclude[facet]];
  const [values, teams] = await Promise.all([
    slugs("value").length
      ? db.value.findMany({ where: { slug: { in: slugs("value") } }, select: { id: true, slug: true } })
      : [],
    slugs("team").length
      ? db.team.findMany({ where: { slug: { in: slugs("team") } }, select: { id: true, slug: true } })
      : [],
  ]);
  const ids = {
    value: new Map(values.map((row) => [row.slug, row.id])),
    team: new Map(teams.map((row) => [row.slug, row.id])),
  };
  const known = (facet: Facet, items: string[]) =>
    facet === "dim"
      ? items.filter((item) => (dimensions as readonly string[]).includes(item))
      : items.flatMap((item) => ids[facet].get(item) ?? []);
  const include = {
    value: known("value", params.include.value),
    dim: known("dim", params.include.dim),
    team: known("team", params.include.team),
  };
  const exclude = {
    value: known("value", params.exclude.value),
    dim: known("dim", params.exclude.dim),
    team: known("team", params.exclude.team),
  };
  const impossible = (["value", "dim", "team"] as const).some(
    (facet) => params.include[facet].length > 0 && include[facet].length === 0,
  );
  return { include, exclude, impossible };
}

function filterWhere({ include, exclude }: ResolvedFilters): Prisma.StoryWhereInput {
  const conditions: Prisma.StoryWhereInput[] = [];
  if (include.value.length) conditions.push({ values: { some: { valueId: { in: include.value } } } });
  if (exclude.value.length) conditions.push({ values: { none: { valueId: { in: exclude.value } } } });
  if (include.dim.length)
    conditions.push({ dimensions: { some: { dimension: { in: include.dim as DimensionKey[] } } } });
  if (exclude.dim.length)
    conditions.push({ dimensions: { none: { dimension: { in: exclude.dim as DimensionKey[] } } } });
  if (include.team.length) conditions.push({ teamId: { in: include.team } });
  if (exclude.team.length) conditions.push({ OR: [{ teamId: null }, { teamId: { notIn: exclude.team } }] });
  return conditions.length ? { AND: conditions } : {};
}

/** The same filters as a test on ranked entries, in memory (within a facet any item matches; facets combine). */
function filterTest({ include, exclude }: ResolvedFilters) {
  const sets = (lists: Record<Facet, string[]>) => ({
    value: new Set(lists.value),
    dim: new Set(lists.dim),
    team: new Set(lists.team),
  });
  const wanted = sets(include);
  const unwanted = sets(exclude);
  const any = (items: string[], set: Set<string>) => items.some((item) => set.has(item));
  return (entry: { valueIds: string[]; dimensions: string[]; teamId: string | null }) =>
    (wanted.value.size === 0 || any(entry.valueIds, wanted.value)) &&
    !any(entry.valueIds, unwanted.value) &&
    (wanted.dim.size === 0 || any(entry.dimensions, wanted.dim)) &&
    !any(entry.dimensions, unwanted.dim) &&
    (wanted.team.size === 0 || (entry.teamId !== null && wanted.team.has(entry.teamId))) &&
    (entry.teamId === null || !unwanted.team.has(entry.teamId));
}

const MAX_FILTERED_LISTS = 50;

/** The ranked list narrowed by the filters; kept with the ranking, since each page asks again. */
function filteredEntries(ranking: Ranking, filters: ResolvedFilters) {
  const isUnfiltered = (["value", "dim", "team"] as const).every(
    (facet) => !filters.include[facet].length && !filters.exclude[facet].length,
  );
  if (isUnfiltered) return ranking.entries;
  const key = JSON.stringify([filters.include, filters.exclude]);
  let cache = filteredLists.get(ranking);
  if (!cache) filteredLists.set(ranking, (cache = new Map()));
  let entries = cache.get(key);
  if (!entries) {
    entries = ranking.entries.filter(filterTest(filters));
    if (cache.size >= MAX_FILTERED_LISTS) cache.delete(cache.keys().next().value!);
    cache.set(key, entries);
  }
  return entries;
}
const filteredLists = new WeakMap<Ranking, Map<string, Ranking["entries"]>>();

// Cursors, their fields joined by "~" (an ISO time holds colons): "b~<ranking id>~<offset>", a
// place in one kept Best list; "d~<ISO time>~<story id>", the last story shown by publication
// time ("New", "Team", and Best past its ranked stories); "h~<ISO time>~<highlight id>", the last
// highlight shown by when it was made; "s~<offset>", a place in the search results. A cursor that
// does not parse, or belongs to another tab, starts the list over.
type Cursor =
  { kind: "b"; ranking: string; offset: number } | ({ kind: "d" | "h" } & Position) | { kind: "s"; offset: number };

function parseCursor(raw: string | null): Cursor | null {
  if (!raw) return null;
  const [kind, first, second] = raw.split("~");
  const offset = Number(first);
  if (kind === "s" && Number.isInteger(offset) && offset >= 0) return { kind, offset };
  if (kind === "b" && first && Number.isInteger(Number(second)) && Number(second) >= 0)
    return { kind, ranking: first, offset: Number(second) };
  if ((kind === "d" || kind === "h") && first && second) {
    const at = new Date(first);
    if (!Number.isNaN(at.getTime())) return { kind, at, id: second };
  }
  return null;
}

const dateCursor = (kind: "d" | "h", at: Date, id: string) => `${kind}~${at.toISOString()}~${id}`;

type Page = { ids: string[]; reasons: Map<string, CardReason>; nextCursor: string | null };

/** A place in a list by time, newest first: the time and the id of the last row shown. */
type Position = { at: Date; id: string };

/**
 * The rows after `after` in a list ordered by a time field and then the id, both descending: no
 * repeats or gaps as new rows arrive.
 */
function olderThan<Field extends string>(field: Field, after: Position | null) {
  if (!after) return {};
  const time = (value: Date | { lt: Date }) => ({ [field]: value }) as Record<Field, Date | { lt: Date }>;
  return { OR: [time({ lt: after.at }), { ...time(after.at), id: { lt: after.id } }] };
}

/** The page out of `take + 1` rows read, and the cursor to the next page when there is one. */
function pageOf<Row>(rows: Row[], take: number, cursor: (last: Row) => string) {
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > take && last ? cursor(last) : null };
}

/** Stories by date, newest first. */
async function pageByDate(where: Prisma.StoryWhereInput, after: Position | null, take: number): Promise<Page> {
  const rows = await db.story.findMany({
    where: { AND: [where, olderThan("publishedAt", after)] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, publishedAt: true },
  });
  const { page, nextCursor } = pageOf(rows, take, (last) => dateCursor("d", last.publishedAt!, last.id));
  return { ids: page.map((row) => row.id), reasons: new Map(), nextCursor };
}

/** Highlighted stories by when they were highlighted, newest first. */
async function pageOfHighlights(where: Prisma.StoryWhereInput, after: Position | null, take: number): Promise<Page> {
  const rows = await db.highlight.findMany({
    where: { story: where, ...olderThan("createdAt", after) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, createdAt: true, storyId: true },
  });
  const { page, nextCursor } = pageOf(rows, take, (last) => dateCursor("h", last.createdAt, last.id));
  return {
    ids: page.map((row) => row.storyId),
    reasons: new Map(page.map((row) => [row.storyId, "highlighted" as const])),
    nextCursor,
  };
}

/** Best: a slice of the ranked list; past the ranked stories, older ones follow by date. */
async function pageOfBest(
  ranking: Ranking,
  filters: ResolvedFilters,
  where: Prisma.StoryWhereInput,
  offset: number,
  take: number,
): Promise<Page> {
  const matching = filteredEntries(ranking, filters);
  const slice = matching.slice(offset, offset + take);
  const reasons = new Map(slice.flatMap((entry) => (entry.reason ? [[entry.id, entry.reason] as const] : [])));
  if (offset + take < matching.length)
    return { ids: slice.map((entry) => entry.id), reasons, nextCursor: `b~${ranking.id}~${offset + take}` };
  if (!ranking.cutoff) return { ids: slice.map((entry) => entry.id), reasons, nextCursor: null };
  const older = await pageByDate({ AND: [where, { publishedAt: { lt: ranking.cutoff } }] }, null, take - slice.length);
  return { ids: [...slice.map((entry) => entry.id), ...older.ids], reasons, nextCursor: older.nextCursor };
}

async function pageOfSearch(
  terms: string[],
  where: Prisma.StoryWhereInput,
  offset: number,
  take: number,
): Promise<Page> {
  const matches = await findMatchingStoryIds(terms);
  const allowed = new Set<string>();
  // Prisma caps the bound parameters of one query; the filters need some too.
  for (let start = 0; start < matches.length; start += SEARCH_CHUNK) {
    const chunk = matches.slice(start, start + SEARCH_CHUNK);
    for (const row of await db.story.findMany({ where: { AND: [where, { id: { in: chunk } }] }, select: { id: true } }))
      allowed.add(row.id);
  }
  const ordered = matches.filter((id) => allowed.has(id));
  return {
    ids: ordered.slice(offset, offset + take),
    reasons: new Map(),
    nextCursor: offset + take < ordered.length ? `s~${offset + take}` : null,
  };
}

/**
 * One page of the feed for this person: the tab's order, the URL's filters and search, and
 * for each story why it is shown.
 */
export async function getFeedPage({
  viewer,
  params,
  take = PAGE_SIZE,
  now = new Date(),
}: {
  viewer: Viewer;
  params: FeedParams;
  take?: number;
  now?: Date;
}) {
  const terms = searchTerms(params.q);
  const empty = {
    cards: [] as Awaited<ReturnType<typeof loadCards>>,
    nextCursor: null as string | null,
    terms,
    isSearchTooShort: false,
  };
  if (params.q.trim() && terms.length === 0) return { ...empty, isSearchTooShort: true };
  const filters = await resolveFilters(params);
  if (filters.impossible || (params.tab === "team" && !viewer.teamId)) return empty;

  const tabWhere: Prisma.StoryWhereInput =
    params.tab === "team"
      ? { teamId: viewer.teamId }
      : params.tab === "highlights"
        ? { highlight: { isNot: null } }
        : {};
  const baseWhere: Prisma.StoryWhereInput = { AND: [visibleStoryWhere, filterWhere(filters)] };
  const where: Prisma.StoryWhereInput = { AND: [baseWhere, tabWhere] };
  const cursor = parseCursor(params.cursor);

  let page: Page;
  if (terms.length) {
    page = await pageOfSearch(terms, where, cursor?.kind === "s" ? cursor.offset : 0, take);
  } else if (params.tab === "highlights") {
    // Walks the highlights themselves, so the story side needs no "is highlighted" test.
    page = await pageOfHighlights(baseWhere, cursor?.kind === "h" ? cursor : null, take);
  } else if (params.tab === "best" && cursor?.kind !== "d") {
    const ranking = await getRanking(cursor?.kind === "b" ? cursor.ranking : null, now);
    // A cursor into a list that expired starts the current list from the top.
    const offset = cursor?.kind === "b" && cursor.ranking === ranking.id ? cursor.offset : 0;
    page = await pageOfBest(ranking, filters, where, offset, take);
  } else {
    page = await pageByDate(where, cursor?.kind === "d" ? cursor : null, take);
  }
  const cards = await loadCards(page.ids, where, terms, viewer);
  const since = recentSince(now);
  for (const card of cards) {
    card.reason =
      page.reasons.get(card.id) ??
      (card.isHighlighted
        ? "highlighted"
        : viewer.teamId && card.teamId === viewer.teamId && card.publishedAt >= since
          ? "team"
          : null);
  }
  return { ...empty, cards, nextCursor: page.nextCursor };
}

/** The newest visible stories the filter selects, as the feed's cards (a person's page lists two such). */
export async function getNewestCards(viewer: Viewer, where: Prisma.StoryWhereInput, take = PAGE_SIZE) {
  const rows = await db.story.findMany({
    where: { AND: [visibleStoryWhere, where] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true },
  });
  return loadCards(
    rows.map((row) => row.id),
    visibleStoryWhere,
    [],
    viewer,
  );
}

/**
 * What a card shows, in the page's order, and no more: the page sends it to the browser for every
 * card. Stories hidden or deleted since the list was made drop out. Three queries for the whole
 * page, whatever its length: the stories with their values, people and first photo; the reactions
 * counted by kind; and the viewer's own.
 */
async function loadCards(ids: string[], where: Prisma.StoryWhereInput, terms: string[], viewer: Viewer) {
  if (ids.length === 0) return [];
  // The largest face a card shows (the author's); the people's are smaller and load the same file.
  const cardFace = "md";
  const [rows, reactionCounts, ownReactions] = await Promise.all([
    loadCardRows(ids, where),
    db.reaction.groupBy({ by: ["storyId", "kind"], where: { storyId: { in: ids } }, _count: { _all: true } }),
    db.reaction.findMany({ where: { storyId: { in: ids }, userId: viewer.id }, select: { storyId: true, kind: true } }),
  ]);
  const counts = new Map<string, Partial<Record<ReactionKindKey, number>>>();
  for (const row of reactionCounts)
    counts.set(row.storyId, { ...counts.get(row.storyId), [row.kind]: row._count._all });
  const own = new Map<string, ReactionKindKey[]>();
  for (const row of ownReactions) own.set(row.storyId, [...(own.get(row.storyId) ?? []), row.kind]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const firstPhoto = row.photos[0];
    const byline = bylineOf(row);
    return [
      {
        id: row.id,
        title: row.title,
        // Only what the card shows: a few lines, around the first match when searching; the
        // quote only when the search found something in it.
        excerpt: excerptAround(plainText(row.bodyMarkdown), terms),
        customerQuote: hasMatch(row.customerQuote, terms) ? excerptAround(row.customerQuote, terms, 160) : "",
        language: row.language,
        publishedAt: row.publishedAt!,
        teamId: row.teamId,
        ...byline,
        author: byline.author && withSmallFace(byline.author, cardFace),
        photo: firstPhoto ? toPhotoView(firstPhoto) : null,
        reactions: counts.get(row.id) ?? {},
        ownReactions: own.get(row.id) ?? [],
        commentCount: row.commentCount,
        values: row.values.map(({ value }) => value),
        // Whoever took their name off a story is no longer among its people, here as everywhere.
        people: row.people.map(({ user }) => withSmallFace(withFace(user), cardFace)),
        isHighlighted: Boolean(row.highlight),
        highlightNote: row.highlight?.note ?? null,
        reason: null as CardReason | null,
      },
    ];
  });
}

function loadCardRows(ids: string[], where: Prisma.StoryWhereInput) {
  return db.story.findMany({
    where: { AND: [where, { id: { in: ids } }] },
    select: {
      id: true,
      title: true,
      bodyMarkdown: true,
      customerQuote: true,
      language: true,
      publishedAt: true,
      teamId: true,
      commentCount: true,
      ...bylineSelect,
      // The card shows the first photo that is not hidden, to everyone alike.
      photos: { ...storyPhotosSelect, where: { hiddenAt: null }, take: 1 },
      values: {
        select: { value: { select: { slug: true, name: true, colour: true } } },
        orderBy: { value: { position: "asc" } },
      },
      people: { select: { user: { select: faceSelect } }, orderBy: { user: { name: "asc" } } },
      highlight: { select: { note: true } },
    },
  });
}

const hasMatch = (text: string, terms: string[]) =>
  terms.length > 0 && markTerms(text, terms).some((segment) => segment.isMatch);

/** Markdown as plain text for a card: marks, link targets and headings' hashes go, words stay. */
export function plainText(markdown: string, limit = 600) {
  // Cards show a few lines: only the start of a long story needs cleaning.
  return markdown
    .slice(0, limit * 2)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`>~]+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, limit);
}

const FACET_OPTIONS_MS = 30_000;
let facetOptions: { at: number; options: Promise<Awaited<ReturnType<typeof loadFacetOptions>>> } | null = null;

/** The choices the filter panel offers (no archived values or teams); they change rarely, so briefly cached. */
export function getFacetOptions(now = Date.now()) {
  if (!facetOptions || now - facetOptions.at > FACET_OPTIONS_MS)
    facetOptions = { at: now, options: loadFacetOptions() };
  return facetOptions.options;
}

/** After values or teams change, the filter panel shows them at once. */
export function forgetFacetOptions() {
  facetOptions = null;
}

async function loadFacetOptions() {
  const [values, teams] = await Promise.all([
    db.value.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { slug: true, name: true, colour: true },
    }),
    db.team.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { values, teams, dimensions: [...dimensions] };
}
