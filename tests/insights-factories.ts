// Builders for the insights tests: teams of a given size and tagged stories, as real rows.
import type { DimensionKey } from "~/utils/dimensions";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestStory, createTestTeam } from "./factories";

const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/** A team with this many active people (employees unless asked). */
export async function createTeamOf(size: number, { joinedAt }: { joinedAt?: Date } = {}) {
  const team = await createTestTeam();
  const people = [];
  for (let index = 0; index < size; index++) people.push(await createTestPerson({ teamId: team.id, joinedAt }));
  return { team, people };
}

/** One published story per author, tagged with the value and dimensions given. */
export async function storiesBy(
  authors: { id: string; teamId: string | null }[],
  {
    valueId,
    dimensions = [],
    publishedAt,
    gotInTheWay,
  }: { valueId?: string; dimensions?: DimensionKey[]; publishedAt?: Date; gotInTheWay?: string } = {},
) {
  const stories = [];
  for (const author of authors) {
    const story = await createTestStory(author, { valueId, dimensions, publishedAt });
    if (gotInTheWay !== undefined) await db.story.update({ where: { id: story.id }, data: { gotInTheWay } });
    stories.push(story);
  }
  return stories;
}
