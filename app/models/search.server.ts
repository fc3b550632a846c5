// Every raw SQL statement of full-text search lives here (SQLite FTS5, see the story_search and
// search_word_starts migrations and docs/decisions/0017-search-tokenizer.md), behind functions
// with typed results, so another database can get its own version.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { foldAccents, hasTerm, MIN_INNER_LENGTH, termForms } from "~/utils/mark-terms";
import { visibleStorySql } from "./visibility.server";

type Client = Prisma.TransactionClient | PrismaClient;

/** Trigram for text inside words (compound tails), unicode61 for words and their starts. */
const SEARCH_TABLES = ["StorySearch", "StoryWords"] as const;

/** The index rows of stories (add a WHERE on `s`): title, body, quote and the names of the people in them. */
const indexRowsSql = (table: (typeof SEARCH_TABLES)[number]) => `
  INSERT INTO "${table}" (rowid, title, body, quote, people)
  SELECT s.rowid, s.title, s.bodyMarkdown, s.customerQuote,
         COALESCE((SELECT group_concat(u.name, ' ') FROM "StoryPerson" sp JOIN "User" u ON u.id = sp.userId WHERE sp.storyId = s.id), '')
  FROM "Story" s`;

/** The trigram index cannot match anything shorter than three characters, and shorter words find too much. */
const MIN_TERM_LENGTH = 3;
const MAX_TERMS = 8;

/**
 * The words of a search as plain terms: letters and digits only, so quotes, operators and
 * brackets a person types can never become FTS5 syntax.
 */
export function searchTerms(query: string) {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].filter((word) => word.length >= MIN_TERM_LENGTH).slice(0, MAX_TERMS);
}

/**
 * A term in the word index: a word starting with it ("kunden" finds "Kundenfreundlich"), or one
 * of its singular forms as a whole word ("rugs" finds "rug"). Terms hold only letters and digits.
 */
const wordExpression = (term: string) =>
  [
    `"${term}"*`,
    ...termForms(term)
      .slice(1)
      .map((form) => `"${form}"`),
  ].join(" OR ");

/** A long term or singular form may also sit inside a word, the tail of a compound, in the trigram index. */
const innerExpression = (term: string) =>
  termForms(term)
    .filter((form) => form.length >= MIN_INNER_LENGTH)
    .map((form) => `"${form}"`)
    .join(" OR ");

const newest = (table: string) => `SELECT rowid FROM "${table}" WHERE "${table}" MATCH ? ORDER BY rowid DESC LIMIT ?`;

/**
 * The newest `limit` rowids matching every term, as SQL and its parameters. FTS5 stops early
 * on a query ordered by rowid with a limit, so the common searches are written that way: words
 * only, or one word in either index (the newest of each, then the newest of both).
 */
function newestMatchingRowids(terms: string[], limit: number) {
  const folded = terms.map(foldAccents);
  const inner = folded.map(innerExpression);
  if (inner.every((expression) => !expression)) {
    return {
      sql: newest("StoryWords"),
      params: [folded.map((term) => `(${wordExpression(term)})`).join(" AND "), limit],
    };
  }
  if (folded.length === 1) {
    return {
      sql: `SELECT rowid FROM (${newest("StoryWords")}) UNION SELECT rowid FROM (${newest("StorySearch")})
            ORDER BY rowid DESC LIMIT ?`,
      params: [wordExpression(folded[0]!), limit, inner[0]!, limit, limit],
    };
  }
  // Several words, one of them long: each word's matches in either index, then those of all.
  const perTerm = folded.map((term, index) =>
    inner[index]
      ? `SELECT rowid FROM (SELECT rowid FROM "StoryWords" WHERE "StoryWords" MATCH ? UNION SELECT rowid FROM "StorySearch" WHERE "StorySearch" MATCH ?)`
      : `SELECT rowid FROM "StoryWords" WHERE "StoryWords" MATCH ?`,
  );
  return {
    sql: `${perTerm.join(" INTERSECT ")} ORDER BY rowid DESC LIMIT ?`,
    params: [
      ...folded.flatMap((term, index) =>
        inner[index] ? [wordExpression(term), inner[index]] : [wordExpression(term)],
      ),
      limit,
    ],
  };
}

/** Writes the story's row in the index; call it in the transaction that changed the story or its people. */
export async function indexStory(client: Client, storyId: string) {
  for (const table of SEARCH_TABLES) {
    await client.$executeRawUnsafe(
      `DELETE FROM "${table}" WHERE rowid = (SELECT rowid FROM "Story" WHERE id = ?)`,
      storyId,
    );
    await client.$executeRawUnsafe(`${indexRowsSql(table)} WHERE s.id = ?`, storyId);
  }
}

/** Takes the author's stories out of the index before they are deleted for good. */
export async function unindexStoriesBy(client: Client, authorId: string) {
  for (const table of SEARCH_TABLES) {
    await client.$executeRawUnsafe(
      `DELETE FROM "${table}" WHERE rowid IN (SELECT rowid FROM "Story" WHERE authorId = ?)`,
      authorId,
    );
  }
}

/** After a person is renamed, the stories that name them are found by the new name. */
export async function reindexStoriesNaming(client: Client, userId: string) {
  const rows = await client.storyPerson.findMany({ where: { userId }, select: { storyId: true } });
  for (const row of rows) await indexStory(client, row.storyId);
}

/** The whole index from scratch, in SQL a seeder or benchmark can also run directly. */
export const REBUILD_SEARCH_INDEX_SQL = SEARCH_TABLES.map(
  (table) => `DELETE FROM "${table}"; ${indexRowsSql(table)};`,
).join("\n");

export async function rebuildSearchIndex(client: Client) {
  for (const statement of REBUILD_SEARCH_INDEX_SQL.split(";")
    .map((part) => part.trim())
    .filter(Boolean)) {
    await client.$executeRawUnsafe(statement);
  }
}

/**
 * Ids of visible stories matching every term: the newest matches (at most `limit`, fifteen
 * pages of results), best match first. Taking the newest by rowid lets FTS5 stop early instead
 * of visiting every match of a common word, and relevance is scored here rather than with bm25,
 * whose statistics cost a pass over all matches: a match in the title counts most, then in
 * people's names, then in the quote; among equals the newer story comes first.
 */
export async function findMatchingStoryIds(terms: string[], limit = 300): Promise<string[]> {
  if (terms.length === 0) return [];
  const matching = newestMatchingRowids(terms, limit);
  const rows = await db.$queryRawUnsafe<{ id: string; title: string; people: string; quote: string }[]>(
    `SELECT s.id AS id, w.title AS title, w.people AS people, w.quote AS quote FROM (
       ${matching.sql}
     ) AS m JOIN "StoryWords" w ON w.rowid = m.rowid JOIN "Story" s ON s.rowid = m.rowid
     WHERE ${visibleStorySql("s")}
     ORDER BY m.rowid DESC`,
    ...matching.params,
  );
  const weight = (text: string, points: number) => terms.filter((term) => hasTerm(text, term)).length * points;
  return rows
    .map((row, recency) => ({
      id: row.id,
      recency,
      score: weight(row.title, 4) + weight(row.people, 3) + weight(row.quote, 1),
    }))
    .sort((a, b) => b.score - a.score || a.recency - b.recency)
    .map((row) => row.id);
}
