// Every raw SQL statement of full-text search lives here (SQLite FTS5, see the story_search
// migration), behind functions with typed results, so another database can get its own version.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import { foldAccents } from "~/utils/mark-terms";
import { visibleStorySql } from "./visibility.server";

type Client = Prisma.TransactionClient | PrismaClient;

/** The trigram tokenizer cannot match anything shorter than three characters. */
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

const matchExpression = (terms: string[]) => terms.map((term) => `"${term}"`).join(" AND ");

/** Writes the story's row in the index; call it in the transaction that changed the story or its people. */
export async function indexStory(client: Client, storyId: string) {
  await client.$executeRaw`DELETE FROM "StorySearch" WHERE rowid = (SELECT rowid FROM "Story" WHERE id = ${storyId})`;
  await client.$executeRaw`
    INSERT INTO "StorySearch" (rowid, title, body, quote, people)
    SELECT s.rowid, s.title, s.bodyMarkdown, s.customerQuote,
           COALESCE((SELECT group_concat(u.name, ' ') FROM "StoryPerson" sp JOIN "User" u ON u.id = sp.userId WHERE sp.storyId = s.id), '')
    FROM "Story" s WHERE s.id = ${storyId}`;
}

/** Takes the author's stories out of the index before they are deleted for good. */
export async function unindexStoriesBy(client: Client, authorId: string) {
  await client.$executeRaw`DELETE FROM "StorySearch" WHERE rowid IN (SELECT rowid FROM "Story" WHERE authorId = ${authorId})`;
}

/** After a person is renamed, the stories that name them are found by the new name. */
export async function reindexStoriesNaming(client: Client, userId: string) {
  const rows = await client.storyPerson.findMany({ where: { userId }, select: { storyId: true } });
  for (const row of rows) await indexStory(client, row.storyId);
}

/** The whole index from scratch, in SQL a seeder or benchmark can also run directly. */
export const REBUILD_SEARCH_INDEX_SQL = `
  DELETE FROM "StorySearch";
  INSERT INTO "StorySearch" (rowid, title, body, quote, people)
  SELECT s.rowid, s.title, s.bodyMarkdown, s.customerQuote,
         COALESCE((SELECT group_concat(u.name, ' ') FROM "StoryPerson" sp JOIN "User" u ON u.id = sp.userId WHERE sp.storyId = s.id), '')
  FROM "Story" s;`;

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
  const rows = await db.$queryRawUnsafe<{ id: string; title: string; people: string; quote: string }[]>(
    `SELECT s.id AS id, m.title AS title, m.people AS people, m.quote AS quote FROM (
       SELECT rowid, title, people, quote FROM "StorySearch" WHERE "StorySearch" MATCH ? ORDER BY rowid DESC LIMIT ?
     ) AS m JOIN "Story" s ON s.rowid = m.rowid
     WHERE ${visibleStorySql("s")}
     ORDER BY m.rowid DESC`,
    matchExpression(terms),
    limit,
  );
  const folded = terms.map(foldAccents);
  const weight = (text: string, points: number) => {
    const haystack = foldAccents(text);
    return folded.filter((term) => haystack.includes(term)).length * points;
  };
  return rows
    .map((row, recency) => ({
      id: row.id,
      recency,
      score: weight(row.title, 4) + weight(row.people, 3) + weight(row.quote, 1),
    }))
    .sort((a, b) => b.score - a.score || a.recency - b.recency)
    .map((row) => row.id);
}
