import { subDays, subHours } from "date-fns";
import { describe, expect, it } from "vitest";
import { addComment } from "~/models/comments.server";
import { getFeedPage } from "~/models/feed.server";
import { highlightStory } from "~/models/highlights.server";
import type { Coverage } from "~/models/ranking.server";
import {
  coverageLift,
  DOUBLING_HOURS,
  popularityThreshold,
  refreshRanking,
  rescoreStories,
  spreadAuthors,
} from "~/models/ranking.server";
import { setReaction } from "~/models/reactions.server";
import { db } from "~/utils/db.server";
import { parseFeedParams } from "~/utils/feed-params";
import { createTestPerson, createTestStory, createTestTeam, createTestValue } from "../factories";

// The score is stored: these properties are checked on what the database holds after the same
// changes people make, not on a copy of the formula.
const scoreOf = async (id: string) =>
  (await db.story.findUniqueOrThrow({ where: { id }, select: { rankScore: true } })).rankScore!;
const reactAs = async (storyId: string, count: number, kind: "applause" | "inspiring" = "applause") => {
  for (let index = 0; index < count; index++) {
    const fan = await createTestPerson();
    await setReaction(storyId, fan, kind, true);
  }
};
const feed = (query: string) => parseFeedParams(new URLSearchParams(query));

describe("the stored Best score", () => {
  it("puts a newer story above an older one with the same engagement, whatever the time now", async () => {
    const author = await createTestPerson();
    const older = await createTestStory(author, { publishedAt: subHours(new Date(), 30) });
    const newer = await createTestStory(author, { publishedAt: subHours(new Date(), 3) });
    expect(await scoreOf(newer.id)).toBeGreaterThan(await scoreOf(older.id));
    // The order is the same an hour or a year later: nothing in the score depends on "now".
    const before = await scoreOf(older.id);
    await rescoreStories(db, [older.id], new Date(Date.now() + 365 * 24 * 3_600_000));
    expect(await scoreOf(older.id)).toBe(before);
  });

  it("decays: a story a doubling period older needs twice the engagement (plus one) to stand level", async () => {
    const author = await createTestPerson();
    const now = new Date();
    const young = await createTestStory(author, { publishedAt: now, reactorCount: 1 });
    const old = await createTestStory(author, { publishedAt: subHours(now, DOUBLING_HOURS), reactorCount: 3 });
    expect(await scoreOf(young.id)).toBeCloseTo(await scoreOf(old.id), 6);
  });

  it("counts people, not clicks, and a comment more than a reaction", async () => {
    const author = await createTestPerson();
    const publishedAt = subHours(new Date(), 5);
    const [oneFan, twoFans, commented] = await Promise.all(
      ["One fan", "Two fans", "Commented"].map((title) => createTestStory(author, { title, publishedAt })),
    );
    const fan = await createTestPerson();
    for (const kind of ["applause", "inspiring", "learned"] as const) await setReaction(oneFan!.id, fan, kind, true);
    await reactAs(twoFans!.id, 2);
    expect(await scoreOf(twoFans!.id)).toBeGreaterThan(await scoreOf(oneFan!.id));
    const single = await createTestStory(author, { publishedAt });
    await reactAs(single.id, 1);
    expect(await scoreOf(oneFan!.id)).toBe(await scoreOf(single.id));
    await addComment(commented!.id, await createTestPerson(), "Thank you for this.");
    expect(await scoreOf(commented!.id)).toBeGreaterThan(await scoreOf(single.id));
  });

  it("lifts a highlighted story by a day's head start, in the highlight's own transaction", async () => {
    const author = await createTestPerson();
    const manager = await createTestPerson({ role: "manager" });
    const story = await createTestStory(author);
    const before = await scoreOf(story.id);
    await highlightStory(story.id, manager, "How we break bad news.");
    expect((await scoreOf(story.id)) - before).toBeCloseTo(1, 6);
  });

  it("takes hidden, deleted and draft stories out, here and on their value rows", async () => {
    const author = await createTestPerson();
    const story = await createTestStory(author);
    const draft = await createTestStory(author, { status: "draft" });
    expect(await db.storyValue.findFirst({ where: { storyId: draft.id }, select: { rankScore: true } })).toEqual({
      rankScore: null,
    });
    expect((await db.storyValue.findFirstOrThrow({ where: { storyId: story.id } })).rankScore).toBe(
      await scoreOf(story.id),
    );
    await db.story.update({ where: { id: story.id }, data: { hiddenAt: new Date() } });
    await rescoreStories(db, [story.id]);
    const row = await db.story.findUniqueOrThrow({ where: { id: story.id }, select: { rankScore: true } });
    expect(row.rankScore).toBeNull();
    expect((await db.storyValue.findFirstOrThrow({ where: { storyId: story.id } })).rankScore).toBeNull();
  });
});

describe("the scheduled coverage refresh", () => {
  it("lifts stories with a value few recent stories carry, says why, and leaves the clock out", async () => {
    const team = await createTestTeam("Lift team");
    const author = await createTestPerson({ teamId: team.id });
    const [common, rare] = [
      await createTestValue({ name: "Common lift" }),
      await createTestValue({ name: "Rare lift" }),
    ];
    const publishedAt = subHours(new Date(), 2);
    for (let index = 0; index < 30; index++) await createTestStory(author, { valueIds: [common.id], publishedAt });
    const plain = await createTestStory(author, { title: "Well covered", valueIds: [common.id], publishedAt });
    const lifted = await createTestStory(author, { title: "Rarely seen", valueIds: [rare.id], publishedAt });
    const now = new Date();
    await db.rankingState.update({ where: { id: 1 }, data: { refreshedAt: new Date(0) } });
    expect(await refreshRanking(now)).toBe(true);
    // A second process a moment later finds the work done.
    expect(await refreshRanking(now)).toBe(false);
    const lifts = await db.story.findMany({
      where: { id: { in: [plain.id, lifted.id] } },
      select: { id: true, rankLift: true },
    });
    const liftOf = (id: string) => lifts.find((row) => row.id === id)!.rankLift;
    expect(liftOf(lifted.id)).toBeGreaterThan(1.25);
    expect(liftOf(plain.id)).toBe(1);
    expect(await scoreOf(lifted.id)).toBeGreaterThan(await scoreOf(plain.id));
    const page = await getFeedPage({ viewer: author, params: feed(`value=${rare.slug}`) });
    expect(page.cards).toMatchObject([{ title: "Rarely seen", reason: "rare" }]);
    // Walked a few stories at a time, as a large organisation's window is, the refresh counts the same.
    const coverageBefore = await db.rankCoverage.findMany({ orderBy: { tag: "asc" } });
    await db.story.updateMany({ where: { id: { in: [plain.id, lifted.id] } }, data: { rankLift: 1.1 } });
    await db.rankingState.update({ where: { id: 1 }, data: { refreshedAt: new Date(0) } });
    expect(await refreshRanking(now, db, 3)).toBe(true);
    expect(await db.rankCoverage.findMany({ orderBy: { tag: "asc" } })).toEqual(coverageBefore);
    const again = await db.story.findMany({
      where: { id: { in: [plain.id, lifted.id] } },
      select: { id: true, rankLift: true },
    });
    expect(again.find((row) => row.id === lifted.id)!.rankLift).toBe(liftOf(lifted.id));
    expect(again.find((row) => row.id === plain.id)!.rankLift).toBe(1);
    // A story published since takes its lift from the coverage counted then.
    const later = await createTestStory(author, { valueIds: [rare.id] });
    expect((await db.story.findUniqueOrThrow({ where: { id: later.id } })).rankLift).toBeGreaterThan(1.25);
  });

  it("lets an old story's lift go once it leaves the coverage window", async () => {
    const author = await createTestPerson();
    const old = await createTestStory(author, { publishedAt: subDays(new Date(), 200) });
    const older = await createTestStory(author, { publishedAt: subDays(new Date(), 300) });
    await db.story.updateMany({ where: { id: { in: [old.id, older.id] } }, data: { rankLift: 1.5 } });
    await db.rankingState.update({ where: { id: 1 }, data: { refreshedAt: new Date(0) } });
    await refreshRanking(new Date(), db, 1);
    expect((await db.story.findUniqueOrThrow({ where: { id: older.id } })).rankLift).toBe(1);
    expect((await db.story.findUniqueOrThrow({ where: { id: old.id } })).rankLift).toBe(1);
  });

  it("computes a lift from the rarest tag compared with the average of its kind", () => {
    const coverage: Coverage = new Map([
      ["value:common", 60],
      ["value:rare", 4],
      ["team:a", 64],
    ]);
    expect(coverageLift({ valueIds: ["common"], dimensions: [], teamId: "a" }, coverage)).toBe(1);
    expect(coverageLift({ valueIds: ["rare"], dimensions: [], teamId: "a" }, coverage)).toBe(1.44);
    expect(coverageLift({ valueIds: ["never"], dimensions: [], teamId: "a" }, coverage)).toBe(1.5);
  });

  it("marks the week's top tenth by people reacting as popular, at least three", () => {
    expect(popularityThreshold(Array.from({ length: 20 }, (_, index) => index))).toBe(17);
    expect(popularityThreshold([1, 2, 0])).toBe(3);
  });
});

describe("no author twice in a row", () => {
  it("keeps every story exactly once and the order of a list that already alternates", () => {
    for (let round = 0; round < 50; round++) {
      const list = Array.from({ length: 30 }, (_, index) => ({
        id: `${round}-${index}`,
        authorId: `a${(index * 7 + round) % 4}`,
      }));
      const spread = spreadAuthors(list);
      expect(spread.map((entry) => entry.id).sort()).toEqual(list.map((entry) => entry.id).sort());
      for (let index = 1; index < spread.length; index++) {
        const hasOtherLeft = spread.slice(index).some((entry) => entry.authorId !== spread[index - 1]!.authorId);
        if (hasOtherLeft) expect(spread[index]!.authorId).not.toBe(spread[index - 1]!.authorId);
      }
    }
    const alternating = [1, 2, 3, 4].map((index) => ({ id: `${index}`, authorId: index % 2 ? "x" : "y" }));
    expect(spreadAuthors(alternating)).toEqual(alternating);
    expect(spreadAuthors(alternating, "x").map((entry) => entry.id)).toEqual(["2", "1", "4", "3"]);
  });

  it("holds across pages of the feed while a prolific author fills the top", async () => {
    const team = await createTestTeam("Prolific team");
    const prolific = await createTestPerson({ teamId: team.id });
    const others = await Promise.all([1, 2, 3].map(() => createTestPerson({ teamId: team.id })));
    const now = Date.now();
    for (let index = 0; index < 12; index++)
      await createTestStory(prolific, { publishedAt: new Date(now - index * 60_000), title: `Prolific ${index}` });
    for (let index = 0; index < 9; index++)
      await createTestStory(others[index % 3]!, { publishedAt: subHours(now, 30 + index), title: `Other ${index}` });
    const authors: (string | null)[] = [];
    const titles: string[] = [];
    let params = feed(`team=${team.slug}`);
    for (let round = 0; round < 10; round++) {
      const page = await getFeedPage({ viewer: prolific, params, take: 4 });
      const rows = await db.story.findMany({ where: { id: { in: page.cards.map((card) => card.id) } } });
      for (const card of page.cards) authors.push(rows.find((row) => row.id === card.id)!.authorId);
      titles.push(...page.cards.map((card) => card.title));
      if (!page.nextCursor) break;
      params = { ...params, cursor: page.nextCursor };
    }
    expect(titles).toHaveLength(21);
    expect(new Set(titles).size).toBe(21);
    expect(titles[0]).toBe("Prolific 0");
    // Nine others can separate nine of the twelve: only the last ones follow each other.
    for (let index = 1; index < 18; index++) expect(authors[index]).not.toBe(authors[index - 1]);
  });
});
