import { describe, expect, it } from "vitest";
import { findTeamByJoinCode } from "~/models/invitations.server";
import { verifySignIn } from "~/models/people.server";
import { db } from "~/utils/db.server";
import { storage } from "~/utils/storage.server";
import { DEMO_PASSWORD, seed } from "../../prisma/seed";

describe("the demo organisation", () => {
  // Drawing and processing the demo's photos takes a while on a busy machine.
  it(
    "is believable: values of both kinds, four teams, about thirty people in every role, three new hires",
    { timeout: 180_000 },
    async () => {
      const now = new Date();
      expect(await seed(db, now)).toBe(true);

      const organisation = await db.organisation.findFirstOrThrow();
      expect(organisation.brandPromise.length).toBeGreaterThan(20);
      const values = await db.value.findMany();
      expect(values.filter((value) => value.kind === "brand")).toHaveLength(3);
      expect(values.filter((value) => value.kind === "core")).toHaveLength(3);
      for (const value of values) expect(value.explanation.length).toBeGreaterThan(40);

      const teams = await db.team.findMany({ include: { _count: { select: { members: true } } } });
      expect(teams).toHaveLength(4);
      for (const team of teams) expect(team._count.members).toBeGreaterThanOrEqual(5);

      const people = await db.user.findMany();
      expect(people.length).toBeGreaterThanOrEqual(28);
      expect(new Set(people.map((person) => person.role))).toEqual(new Set(["employee", "manager", "admin"]));
      expect(new Set(people.map((person) => person.language))).toEqual(new Set(["en", "de", "nl"]));
      const ninetyDaysAgo = now.getTime() - 90 * 24 * 60 * 60 * 1000;
      expect(people.filter((person) => person.joinedAt.getTime() > ninetyDaysAgo)).toHaveLength(3);
    },
  );

  it("shows the product as it is meant to be used: photos of the moment with descriptions, and faces", async () => {
    const photos = await db.photo.findMany({
      where: { purpose: "story" },
      select: { id: true, description: true, story: { select: { language: true, status: true } } },
    });
    expect(photos.length).toBeGreaterThanOrEqual(15);
    for (const photo of photos) {
      expect(photo.description.length).toBeGreaterThan(20);
      expect(photo.story?.status).toBe("published");
    }
    expect(new Set(photos.map((photo) => photo.story!.language))).toEqual(new Set(["en", "de", "nl"]));
    expect(await db.user.count({ where: { avatarId: { not: null } } })).toBeGreaterThanOrEqual(8);
    expect((await storage.list("photos/")).length).toBe(
      (await db.photo.findMany({ where: { purpose: "story" }, select: { sizes: true } })).reduce(
        (files, photo) => files + photo.sizes.split(" ").length * 2,
        0,
      ),
    );
  });

  it("lets the printed demo accounts and join codes in, and does nothing on a second run", async () => {
    expect(
      await verifySignIn({ login: "joris.vandijk", password: DEMO_PASSWORD, address: "198.51.100.1" }),
    ).toMatchObject({ ok: true });
    expect(await findTeamByJoinCode("UTRECHT7")).toMatchObject({ name: "Store Utrecht Centrum" });
    const count = await db.user.count();
    expect(await seed(db)).toBe(false);
    expect(await db.user.count()).toBe(count);
  });
});

describe("the demo stories", () => {
  it("cover every value, dimension, team and language over six months, with counters that match a recount", async () => {
    // The first describe block seeded this file's database.
    const stories = await db.story.findMany({
      include: { values: true, dimensions: true, reactions: true, comments: true },
    });
    expect(stories.length).toBeGreaterThanOrEqual(75);
    expect(new Set(stories.map((story) => story.language))).toEqual(new Set(["en", "de", "nl"]));
    expect(new Set(stories.flatMap((story) => story.values.map((value) => value.valueId))).size).toBe(6);
    expect(new Set(stories.flatMap((story) => story.dimensions.map((row) => row.dimension))).size).toBe(6);
    expect(new Set(stories.map((story) => story.teamId)).size).toBe(4);
    const published = stories.filter((story) => story.status === "published");
    const ages = published.map((story) => (Date.now() - story.publishedAt!.getTime()) / (24 * 60 * 60 * 1000));
    expect(Math.max(...ages)).toBeGreaterThan(150);
    expect(Math.min(...ages)).toBeLessThan(3);
    for (const story of stories) {
      expect(story.reactionCount).toBe(story.reactions.length);
      expect(story.reactorCount).toBe(new Set(story.reactions.map((reaction) => reaction.userId)).size);
      expect(story.commentCount).toBe(story.comments.length);
      expect(story.bodyHtml).not.toMatch(/<script/i);
    }
    expect(published.filter((story) => story.reactions.length > 0).length).toBeGreaterThan(60);
    expect(await db.notification.count({ where: { readAt: null } })).toBeGreaterThan(0);
  });
});

describe("the demo curation", () => {
  it("has highlights, two onboarding collections, and a new hire part-way through one", async () => {
    expect(await db.highlight.count()).toBeGreaterThanOrEqual(8);
    const collections = await db.collection.findMany({
      where: { audience: "newHires" },
      include: { items: { orderBy: { position: "asc" } } },
    });
    expect(collections).toHaveLength(2);
    for (const collection of collections) {
      expect(collection.items.map((item) => item.position)).toEqual(collection.items.map((_, index) => index));
      expect(collection.introHtml).toContain("<p>");
    }
    const tom = await db.user.findUniqueOrThrow({ where: { username: "tom.deboer" } });
    const first = collections.find((collection) => collection.slug === "first-week-easy")!;
    const read = await db.storyRead.count({
      where: { userId: tom.id, storyId: { in: first.items.map((item) => item.storyId) } },
    });
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(first.items.length);
  });
});
