import { describe, expect, it, vi } from "vitest";
import type { Coverage, RankedStory } from "~/models/ranking.server";
import {
  coverageLift,
  forgetRankings,
  getRanking,
  GRAVITY,
  hotScore,
  markRankingStale,
  rankStories,
  spreadAuthors,
} from "~/models/ranking.server";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestStory, createTestValue } from "../factories";

const now = new Date("2026-06-01T12:00:00Z");
const HOUR = 60 * 60 * 1000;
let counter = 0;

function story(overrides: Partial<RankedStory> & { hoursAgo?: number } = {}): RankedStory {
  counter += 1;
  const { hoursAgo = 10, ...rest } = overrides;
  return {
    id: `story-${counter}`,
    authorId: `author-${counter}`,
    teamId: "team-a",
    publishedAt: new Date(now.getTime() - hoursAgo * HOUR),
    reactorCount: 5,
    commentCount: 1,
    isHighlighted: false,
    valueIds: ["common"],
    dimensions: [],
    ...rest,
  };
}

const evenCoverage: Coverage = new Map([
  ["value:common", 40],
  ["value:rare", 40],
  ["team:team-a", 40],
]);

describe("the Best ranking", () => {
  it("puts a newer story above an older one with the same engagement", () => {
    const older = story({ hoursAgo: 30 });
    const newer = story({ hoursAgo: 3 });
    expect(rankStories([older, newer], evenCoverage, now).map((entry) => entry.id)).toEqual([newer.id, older.id]);
    expect(hotScore(newer, now)).toBeGreaterThan(hotScore(older, now));
  });

  it("decays with the gravity: twice the age (plus two hours) costs 2^gravity", () => {
    const young = story({ hoursAgo: 8 });
    const old = story({ hoursAgo: 18 });
    expect(hotScore(young, now) / hotScore(old, now)).toBeCloseTo(2 ** GRAVITY, 6);
  });

  it("counts people reacting and comments: more engagement ranks higher at the same age", () => {
    const quiet = story({ reactorCount: 1, commentCount: 0 });
    const lively = story({ reactorCount: 9, commentCount: 3 });
    expect(rankStories([quiet, lively], evenCoverage, now)[0]!.id).toBe(lively.id);
  });

  it("lets a highlighted story outrank an otherwise equal one, and says why", () => {
    const plain = story();
    const highlighted = story({ isHighlighted: true, publishedAt: plain.publishedAt });
    const ranked = rankStories([plain, highlighted], evenCoverage, now);
    expect(ranked[0]).toMatchObject({ id: highlighted.id, reason: "highlighted" });
  });

  it("lifts a story tagged with an under-covered value above an equal one with a well-covered value", () => {
    const coverage: Coverage = new Map([
      ["value:common", 60],
      ["value:rare", 4],
      ["team:team-a", 64],
    ]);
    // Too few reactions to be "popular", so the lift is the reason given.
    const common = story({ valueIds: ["common"], reactorCount: 2 });
    const rare = story({ valueIds: ["rare"], reactorCount: 2, publishedAt: common.publishedAt });
    expect(coverageLift(rare, coverage)).toBeGreaterThan(coverageLift(common, coverage));
    expect(coverageLift(common, coverage)).toBe(1);
    const ranked = rankStories([common, rare], coverage, now);
    expect(ranked.map((entry) => entry.id)).toEqual([rare.id, common.id]);
    expect(ranked[0]!.reason).toBe("rare");
  });

  it("never puts the same author twice in a row while someone else is left", () => {
    // A prolific author whose stories would otherwise fill the top of the list.
    const stories = [
      ...Array.from({ length: 8 }, (_, index) =>
        story({ authorId: "prolific", reactorCount: 50 - index, hoursAgo: 2 }),
      ),
      ...Array.from({ length: 6 }, (_, index) =>
        story({ authorId: `other-${index % 3}`, reactorCount: 2, hoursAgo: 40 }),
      ),
    ];
    const ranked = rankStories(stories, evenCoverage, now);
    expect(ranked).toHaveLength(stories.length);
    expect(new Set(ranked.map((entry) => entry.id)).size).toBe(stories.length);
    for (let index = 1; index < 12; index++) expect(ranked[index]!.authorId).not.toBe(ranked[index - 1]!.authorId);
    expect(ranked[0]!.authorId).toBe("prolific");
  });

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
  });

  it("marks this week's stories with the most people reacting as popular", () => {
    const stories = Array.from({ length: 20 }, (_, index) => story({ reactorCount: index, hoursAgo: 24 }));
    const popular = rankStories(stories, evenCoverage, now).filter((entry) => entry.reason === "popular");
    expect(popular.length).toBeGreaterThan(0);
    expect(Math.min(...popular.map((entry) => entry.reactorCount))).toBeGreaterThanOrEqual(17);
  });
});

describe("the kept ranked lists", () => {
  // Under steady writes a list is computed every few seconds and each is kept 20 minutes for
  // "Show more". Each used to hold its own copy of 20,000 entries (23 MB on the benchmark data),
  // about 5 GB after 20 minutes. Lists now share the entries that did not change.
  it("share the entries of stories that did not change, and keep the old list for cursors", async () => {
    const author = await createTestPerson();
    const [kept, retagged] = [
      await createTestStory(author, { title: "Unchanged" }),
      await createTestStory(author, { title: "Retagged" }),
    ];
    forgetRankings();
    const start = Date.now();
    const first = await getRanking(null, new Date(start));

    const value = await createTestValue({ name: "Later value" });
    await db.storyValue.create({ data: { storyId: retagged.id, valueId: value.id } });
    const added = await createTestStory(author, { title: "Added" });
    markRankingStale(start + 1);
    const later = new Date(start + 6_000);
    let second = await getRanking(null, later);
    await vi.waitFor(async () => {
      second = await getRanking(null, later);
      expect(second.id).not.toBe(first.id);
    });

    const entry = (ranking: typeof first, id: string) => ranking.entries.find((candidate) => candidate.id === id);
    expect(entry(second, kept.id)).toBe(entry(first, kept.id));
    expect(entry(second, retagged.id)).not.toBe(entry(first, retagged.id));
    expect(entry(second, retagged.id)!.valueIds).toContain(value.id);
    expect(entry(second, added.id)).toBeDefined();
    expect(entry(first, added.id)).toBeUndefined();
    expect(await getRanking(first.id, later)).toBe(first);
  });
});
