import { Prisma } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { DimensionKey, ReactionKindKey } from "~/utils/dimensions";
import { dimensions } from "~/utils/dimensions";
import type { Facet, FeedParams } from "~/utils/feed-params";
import { getPopularThreshold, reasonFor, recentSince, scoresBefore, spreadAuthors } from "./ranking.server";
import type { Reason } from "./ranking.server";
import { findMatchingStoryIds, searchTerms } from "./search.server";
import { photoFromJson, photoJsonSql, toPhotoView, withFace } from "./photos.server";
import { withSmallFace } from "~/utils/faces";
import { excerptAround, markTerms } from "~/utils/mark-terms";
import { visibleStorySql, visibleStoryWhere } from "./visibility.server";

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

// Cursors, their fields joined by "~" (an ISO time holds colons): "b~<as of>~<score>~<story
// id>~<last shown>~<shown ids>", a place in "Best" as it stood when its first page was read (the
// time in ms, base 36), the last story the walk passed, the last one shown (whose author the next
// page does not start with) and those already shown from below that place; "d~<ISO time>~<story
// id>", the last story shown by publication time ("New", "Team"); "h~<ISO time>~<highlight id>",
// the last highlight shown by when it was made; "s~<offset>", a place in the search results. A
// cursor that does not parse, or belongs to another tab, starts the list over.
type BestCursor = { kind: "b"; asOf: Date; score: number; id: string; lastShown: string; shown: string[] };
type Cursor = BestCursor | ({ kind: "d" | "h" } & Position) | { kind: "s"; offset: number };

function parseCursor(raw: string | null): Cursor | null {
  if (!raw) return null;
  const [kind, first, second, third, fourth, fifth] = raw.split("~");
  const offset = Number(first);
  if (kind === "s" && Number.isInteger(offset) && offset >= 0) return { kind, offset };
  if (kind === "b" && first && second && third && fourth) {
    const asOf = new Date(Number.parseInt(first, 36));
    const score = Number(second);
    const shown = fifth ? fifth.split(".").slice(0, MAX_SHOWN_AHEAD) : [];
    if (!Number.isNaN(asOf.getTime()) && Number.isFinite(score))
      return { kind, asOf, score, id: third, lastShown: fourth, shown };
  }
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

/**
 * How many stories past the page the "no author twice" pass may look at, and how many it may
 * have brought up from further down (which the cursor lists) before it stops looking.
 */
const LOOK_AHEAD = PAGE_SIZE;
const MAX_SHOWN_AHEAD = 2 * PAGE_SIZE;
/**
 * The most rows one step of a filtered walk reads (a rare combination of filters takes several),
 * and one page in all: past that the page ends short and "Show more" walks on from there.
 */
const MAX_WALK = 2_000;
const MAX_WALK_PER_PAGE = 10_000;

type Place = { score: number; id: string };

const isAbove = (a: Place, b: Place) => a.score > b.score || (a.score === b.score && a.id > b.id);

type BestCandidate = Place & {
  authorId: string | null;
  isHighlighted: boolean;
  publishedAt: Date;
  reactorCount: number;
  rankLift: number;
};

/** The facet whose index a filtered walk goes through: a team's stories, a value's or a dimension's rows. */
const walkedFacet = ({ include }: ResolvedFilters) =>
  include.team.length ? "team" : include.value.length ? "value" : include.dim.length ? "dim" : null;

/** Whether the walk alone answers the filters, or the rows it finds must be checked against the rest. */
const needsCheck = (filters: ResolvedFilters) =>
  (["value", "dim", "team"] as const).some(
    (facet) =>
      filters.exclude[facet].length > 0 || (facet !== walkedFacet(filters) && filters.include[facet].length > 0),
  );

const WALKS = {
  team: ["Story", "teamId", "id"],
  value: ["StoryValue", "valueId", "storyId"],
  dim: ["StoryDimension", "dimension", "storyId"],
} as const;

/**
 * One index walk of "Best" from a place down, through the index the filters allow, with what the
 * page needs of each story (in the same statement: its author, its reason's inputs, whether it is
 * still visible) and the "popular" threshold. Several items of one facet are walked each on its
 * own and merged, so none reads further than the page needs.
 */
async function walkBest(filters: ResolvedFilters, below: Place | null, take: number) {
  const facet = walkedFacet(filters);
  const [table, column, idColumn] = facet ? WALKS[facet] : ["Story", null, "id"];
  const id = Prisma.raw(`"${idColumn}"`);
  const walk = (item: string | null) => Prisma.sql`SELECT * FROM (
      SELECT ${id} AS storyId, rankScore FROM ${Prisma.raw(`"${table}"`)}
      WHERE ${column ? Prisma.sql`${Prisma.raw(`"${column}"`)} = ${item} AND` : Prisma.empty} rankScore IS NOT NULL
      ${below ? Prisma.sql`AND (rankScore, ${id}) < (${below.score}, ${below.id})` : Prisma.empty}
      ORDER BY rankScore DESC, ${id} DESC LIMIT ${take})`;
  const items = facet ? filters.include[facet] : [null];
  const walked =
    items.length === 1
      ? walk(items[0]!)
      : Prisma.sql`SELECT DISTINCT storyId, rankScore FROM (${Prisma.join(items.map(walk), " UNION ALL ")})
          ORDER BY rankScore DESC, storyId DESC LIMIT ${take}`;
  const rows = await db.$queryRaw<
    (Record<"authorId", string | null> &
      Record<"storyId", string> &
      Record<"rankScore" | "rankLift", number> &
      Record<"publishedAt", string | Date> &
      Record<"reactorCount" | "isHighlighted" | "isVisible" | "popularThreshold", number | bigint>)[]
  >`SELECT w.storyId, w.rankScore, s.authorId, s.publishedAt, s.reactorCount, s.rankLift,
      EXISTS (SELECT 1 FROM "Highlight" h WHERE h.storyId = s.id) AS isHighlighted,
      CASE WHEN ${Prisma.raw(visibleStorySql("s"))} THEN 1 ELSE 0 END AS isVisible,
      (SELECT popularThreshold FROM "RankingState" WHERE id = 1) AS popularThreshold
    FROM (${walked}) w JOIN "Story" s ON s.id = w.storyId
    ORDER BY w.rankScore DESC, w.storyId DESC`;
  return rows.map((row) => ({
    candidate: {
      id: row.storyId,
      score: row.rankScore,
      authorId: row.authorId,
      publishedAt: new Date(row.publishedAt),
      reactorCount: Number(row.reactorCount),
      rankLift: row.rankLift,
      isHighlighted: Boolean(Number(row.isHighlighted)),
    } satisfies BestCandidate,
    isVisible: Boolean(Number(row.isVisible)),
    popularThreshold: Number(row.popularThreshold ?? 3),
  }));
}

/** The ids among these that pass every filter. */
async function allowedIds(ids: string[], where: Prisma.StoryWhereInput) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.story.findMany({ where: { AND: [where, { id: { in: ids } }] }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** Stories that moved since the first page, at the place they had then, if they pass every filter. */
async function movedCandidates(moved: Place[], where: Prisma.StoryWhereInput): Promise<BestCandidate[]> {
  if (moved.length === 0) return [];
  const stories = await db.story.findMany({
    where: { AND: [where, { id: { in: moved.map((place) => place.id) } }] },
    select: {
      id: true,
      authorId: true,
      publishedAt: true,
      reactorCount: true,
      rankLift: true,
      highlight: { select: { id: true } },
    },
  });
  const byId = new Map(stories.map((story) => [story.id, story]));
  return moved.flatMap(({ id, score }) => {
    const story = byId.get(id);
    if (!story) return [];
    const { highlight, publishedAt, ...rest } = story;
    return [{ ...rest, score, publishedAt: publishedAt!, isHighlighted: Boolean(highlight) }];
  });
}

/**
 * Best: the stored scores from the cursor's place down, as they stood when the first page was
 * read (stories that moved since are placed by their earlier score, new ones wait for a new
 * first page), with no author twice in a row over a short look-ahead. See docs/ranking.md.
 */
async function pageOfBest(
  filters: ResolvedFilters,
  where: Prisma.StoryWhereInput,
  cursor: BestCursor | null,
  take: number,
  now: Date,
): Promise<Page> {
  const asOf = cursor?.asOf ?? now;
  const [before, lastShown] = cursor
    ? await Promise.all([
        scoresBefore(cursor.asOf),
        db.story.findUnique({ where: { id: cursor.lastShown }, select: { authorId: true } }),
      ])
    : [new Map<string, number | null>(), null];
  const isChecked = needsCheck(filters);
  let popularThreshold: number | null = null;
  const start: Place | null = cursor && { score: cursor.score, id: cursor.id };
  const shown = new Set(cursor?.shown);
  // Each story brought up from below is listed in the next cursor: the look-ahead shrinks as the
  // list grows, so the cursor stays short (with none left, an author may follow themselves).
  const want = take + Math.max(0, Math.min(LOOK_AHEAD, MAX_SHOWN_AHEAD - shown.size));
  const candidates: BestCandidate[] = [];
  /** Where the walk met stories shown already: they stay listed until the cursor passes them. */
  const shownAt = new Map<string, Place>();
  let place = start;
  let isExhausted = false;
  let walked = 0;
  for (
    let batch = want * 2;
    candidates.length < want && !isExhausted && walked < MAX_WALK_PER_PAGE;
    batch = Math.min(batch * 2, MAX_WALK)
  ) {
    const rows = await walkBest(filters, place, batch);
    walked += rows.length;
    isExhausted = rows.length < batch;
    const last = rows.at(-1)?.candidate;
    if (last) place = { score: last.score, id: last.id };
    popularThreshold ??= rows[0]?.popularThreshold ?? null;
    for (const { candidate } of rows) if (shown.has(candidate.id)) shownAt.set(candidate.id, candidate);
    const fresh = rows.flatMap(({ candidate, isVisible }) =>
      isVisible && !before.has(candidate.id) && !shown.has(candidate.id) ? [candidate] : [],
    );
    const allowed = isChecked
      ? await allowedIds(
          fresh.map((candidate) => candidate.id),
          where,
        )
      : null;
    candidates.push(...(allowed ? fresh.filter((candidate) => allowed.has(candidate.id)) : fresh));
  }
  // Stories that moved since the first page, placed where they stood then.
  const moved = [...before].flatMap(([storyId, score]) => {
    if (score === null || shown.has(storyId)) return [];
    const then = { score, id: storyId };
    const isBelowStart = !start || isAbove(start, then);
    const isWithinWalk = isExhausted || !place || !isAbove(place, then);
    return isBelowStart && isWithinWalk ? [then] : [];
  });
  candidates.push(...(await movedCandidates(moved, where)));
  candidates.sort((a, b) => (isAbove(a, b) ? -1 : isAbove(b, a) ? 1 : 0));

  const ranked = candidates.slice(0, want);
  const page = spreadAuthors(ranked, lastShown?.authorId ?? null).slice(0, take);
  // Read with the walk; only a page made of stories that moved needs it on its own.
  const threshold = popularThreshold ?? (page.length ? await getPopularThreshold() : 0);
  const reasons = new Map(
    page.flatMap((story) => {
      const reason = reasonFor(story, threshold, now);
      return reason ? [[story.id, reason] as const] : [];
    }),
  );
  const ids = page.map((story) => story.id);
  if (isExhausted && candidates.length <= take) return { ids, reasons, nextCursor: null };
  // The next page starts below the longest run of the ranked list that this page showed
  // whole; what it showed from further down is listed so it does not come again.
  const onPage = new Set(ids);
  let run = 0;
  while (run < ranked.length && onPage.has(ranked[run]!.id)) run++;
  const isCutShort = !isExhausted && candidates.length < want;
  const next =
    isCutShort && run === ranked.length && place
      ? place
      : run
        ? ranked[run - 1]!
        : (start ?? { score: Number.MAX_VALUE, id: "" });
  const stillAhead = [
    ...[...shown].filter((id) => !shownAt.has(id) || isAbove(next, shownAt.get(id)!)),
    ...ranked
      .slice(run)
      .filter((story) => onPage.has(story.id))
      .map((story) => story.id),
  ];
  return {
    ids,
    reasons,
    // A page cut short may show nothing: the story shown last is still the one before it.
    nextCursor: [
      "b",
      asOf.getTime().toString(36),
      next.score,
      next.id,
      ids.at(-1) ?? cursor?.lastShown ?? next.id,
      stillAhead.join("."),
    ].join("~"),
  };
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
  } else if (params.tab === "best") {
    page = await pageOfBest(filters, where, cursor?.kind === "b" ? cursor : null, take, now);
  } else {
    page = await pageByDate(where, cursor?.kind === "d" ? cursor : null, take);
  }
  const cards = await loadCards(page.ids, terms, viewer);
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
    [],
    viewer,
  );
}

/**
 * What a card shows, in the page's order; stories hidden or deleted since the list was made drop
 * out. One statement for the whole page, whatever its length: each story with its byline, first
 * photo, values, people, highlight, reactions counted by kind and the viewer's own (through
 * Prisma's query builder that was four queries and most of the page's database time).
 */
async function loadCards(ids: string[], terms: string[], viewer: Viewer) {
  if (ids.length === 0) return [];
  // The largest face a card shows (the author's); the people's are smaller and load the same file.
  const cardFace = "md";
  const byId = new Map((await loadCardRows(ids, viewer)).map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const author = row.author ? withSmallFace(withFace(faceFromJson(row.author)), cardFace) : null;
    const photo = row.photo ? (JSON.parse(row.photo) as Parameters<typeof photoFromJson>[0]) : null;
    return [
      {
        id: row.id,
        title: row.title,
        // Only what the card shows: a few lines, around the first match when searching; the
        // quote only when the search found something in it.
        excerpt: excerptAround(plainText(row.bodyMarkdown), terms),
        customerQuote: hasMatch(row.customerQuote, terms) ? excerptAround(row.customerQuote, terms, 160) : "",
        language: row.language,
        publishedAt: new Date(row.publishedAt),
        teamId: row.teamId,
        author,
        teamName: row.teamName,
        photo: photo ? toPhotoView(photoFromJson(photo)) : null,
        reactions: JSON.parse(row.reactions) as Partial<Record<ReactionKindKey, number>>,
        ownReactions: JSON.parse(row.ownReactions) as ReactionKindKey[],
        commentCount: Number(row.commentCount),
        values: JSON.parse(row.cardValues) as { slug: string; name: string; colour: string }[],
        // Whoever took their name off a story is no longer among its people, here as everywhere.
        people: (JSON.parse(row.people) as FaceJson[]).map((person) =>
          withSmallFace(withFace(faceFromJson(person)), cardFace),
        ),
        isHighlighted: row.highlightNote !== null,
        highlightNote: row.highlightNote,
        reason: null as CardReason | null,
      },
    ];
  });
}

type FaceJson = { id: string; name: string; username: string; avatar: Parameters<typeof photoFromJson>[0] | null };
const faceFromJson = (face: FaceJson | string) => {
  const person = typeof face === "string" ? (JSON.parse(face) as FaceJson) : face;
  return { ...person, avatar: person.avatar && photoFromJson(person.avatar) };
};

/** A person as a JSON object, their face (a photo object or null) inside: `faceSelect` in SQL. */
const faceJsonSql = (alias: string) =>
  `json_object('id', ${alias}.id, 'name', ${alias}.name, 'username', ${alias}.username,
    'avatar', json((SELECT ${photoJsonSql("a")} FROM "Photo" a WHERE a.id = ${alias}.avatarId)))`;

function loadCardRows(ids: string[], viewer: Viewer) {
  type Row = Record<"id" | "title" | "bodyMarkdown" | "customerQuote" | "language", string> &
    Record<"publishedAt", string | Date> &
    Record<"teamId" | "author" | "teamName" | "photo" | "highlightNote", string | null> &
    Record<"reactions" | "ownReactions" | "cardValues" | "people", string> &
    Record<"commentCount", number | bigint>;
  // Cards show a few lines of the story: the rest of a long one stays in the database.
  return db.$queryRaw<Row[]>`
    SELECT s.id, s.title, substr(s.bodyMarkdown, 1, ${PLAIN_TEXT_LIMIT * 2}) AS bodyMarkdown, s.customerQuote,
      s.language, s.publishedAt, s.teamId, s.commentCount,
      (SELECT ${Prisma.raw(faceJsonSql("u"))} FROM "User" u WHERE u.id = s.authorId) AS author,
      (SELECT t.name FROM "Team" t WHERE t.id = s.teamId) AS teamName,
      -- The first photo that is not hidden, to everyone alike.
      (SELECT ${Prisma.raw(photoJsonSql("p"))} FROM "Photo" p
        WHERE p.storyId = s.id AND p.hiddenAt IS NULL ORDER BY p.position LIMIT 1) AS photo,
      (SELECT json_group_array(json(value)) FROM (
        SELECT json_object('slug', v.slug, 'name', v.name, 'colour', v.colour) AS value
        FROM "StoryValue" sv JOIN "Value" v ON v.id = sv.valueId WHERE sv.storyId = s.id ORDER BY v.position)
      ) AS cardValues,
      (SELECT json_group_array(json(person)) FROM (
        SELECT ${Prisma.raw(faceJsonSql("pu"))} AS person
        FROM "StoryPerson" sp JOIN "User" pu ON pu.id = sp.userId WHERE sp.storyId = s.id ORDER BY pu.name)
      ) AS people,
      (SELECT h.note FROM "Highlight" h WHERE h.storyId = s.id) AS highlightNote,
      (SELECT json_group_object(kind, total) FROM (
        SELECT r.kind, count(*) AS total FROM "Reaction" r WHERE r.storyId = s.id GROUP BY r.kind)
      ) AS reactions,
      (SELECT json_group_array(r.kind) FROM "Reaction" r WHERE r.storyId = s.id AND r.userId = ${viewer.id}) AS ownReactions
    FROM "Story" s
    WHERE s.id IN (${Prisma.join(ids)}) AND ${Prisma.raw(visibleStorySql("s"))}`;
}

const hasMatch = (text: string, terms: string[]) =>
  terms.length > 0 && markTerms(text, terms).some((segment) => segment.isMatch);

/** Markdown as plain text for a card: marks, link targets and headings' hashes go, words stay. */
const PLAIN_TEXT_LIMIT = 600;

export function plainText(markdown: string, limit = PLAIN_TEXT_LIMIT) {
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

/**
 * The choices the filter panel offers (no archived values or teams), read in one statement on
 * every feed page: cheaper than a cache every process would have to be told about.
 */
export async function getFacetOptions() {
  const rows = await db.$queryRaw<{ facet: "value" | "team"; slug: string; name: string; colour: string }[]>`
    SELECT 'value' AS facet, slug, name, colour, position FROM "Value" WHERE archivedAt IS NULL
    UNION ALL
    SELECT 'team', slug, name, '', 0 FROM "Team" WHERE archivedAt IS NULL
    ORDER BY position, name`;
  return {
    values: rows.filter((row) => row.facet === "value").map(({ slug, name, colour }) => ({ slug, name, colour })),
    teams: rows.filter((row) => row.facet === "team").map(({ slug, name }) => ({ slug, name })),
    dimensions: [...dimensions],
  };
}
