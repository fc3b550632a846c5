// What a feed card carries: the first photo, faces and usernames, the people credited, and the
// reactions by kind with the viewer's own, for a whole page in a fixed number of queries.
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getFeedPage } from "~/models/feed.server";
import { setReaction } from "~/models/reactions.server";
import { removeOwnName } from "~/models/stories.server";
import { db } from "~/utils/db.server";
import { parseFeedParams } from "~/utils/feed-params";
import { createTestPerson, createTestStory, createTestTeam } from "../factories";
import { createTestStoryPhoto, createTestUpload } from "../photo-factories";

const feed = (query: string) => parseFeedParams(new URLSearchParams(query));

let viewer: { id: string; teamId: string | null; role: "employee" };
let author: Awaited<ReturnType<typeof createTestPerson>>;

beforeAll(async () => {
  const team = await createTestTeam("Store Cards");
  viewer = { ...(await createTestPerson({ teamId: team.id, name: "Viewer Vos" })), role: "employee" };
  author = await createTestPerson({ teamId: team.id, name: "Mia Schulz" });
  const face = await createTestUpload(author);
  await db.photo.update({ where: { id: face.id }, data: { purpose: "avatar", storyId: null } });
  await db.user.update({ where: { id: author.id }, data: { avatarId: face.id } });
});

const cardOf = async (storyId: string, who = viewer) =>
  (await getFeedPage({ viewer: who, params: feed("tab=new"), take: 50 })).cards.find((card) => card.id === storyId);

describe("feed cards", () => {
  it("carry the author's face and username, the first photo that is not hidden, and the people credited", async () => {
    const zoe = await createTestPerson({ name: "Zoë Clarke" });
    const ben = await createTestPerson({ name: "Ben Adler" });
    const story = await createTestStory(author, { title: "Photo story", people: [zoe.id, ben.id] });
    const hidden = await createTestStoryPhoto(story, "A screen with a customer's address");
    await db.photo.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "data" } });
    const second = await createTestUpload(author);
    await db.photo.update({
      where: { id: second.id },
      data: { storyId: story.id, position: 1, description: "The rug, carried to the car" },
    });

    const card = (await cardOf(story.id))!;
    expect(card.author).toMatchObject({ id: author.id, name: "Mia Schulz", username: author.username });
    // A face on a card is at most 40 px: one file (and the placeholder), not every size in two formats.
    expect(card.author!.avatar).toEqual({ placeholder: expect.any(String), files: [expect.any(Object)] });
    expect(card.author!.avatar!.files[0]).toEqual({
      width: expect.any(Number),
      webp: expect.stringMatching(/^\/photos\//),
    });
    expect(card.teamName).toBe("Store Cards");
    expect(card.photo).toMatchObject({ id: second.id, description: "The rug, carried to the car", isHidden: false });
    expect(card.photo!.files.length).toBeGreaterThan(0);
    expect(card.people.map((person) => person.name)).toEqual(["Ben Adler", "Zoë Clarke"]);
    expect(card.people[0]).toMatchObject({ username: ben.username, avatar: null });
    // Only what a card shows: no account fields, no moderation notes.
    expect(JSON.stringify(card)).not.toMatch(/passwordHash|email|hiddenReason|feedToken|dimensions/);
  });

  it("leave out a person who removed their name", async () => {
    const zoe = await createTestPerson({ name: "Zoë Removed" });
    const story = await createTestStory(author, { title: "Named story", people: [zoe.id] });
    expect((await cardOf(story.id))!.people.map((person) => person.name)).toEqual(["Zoë Removed"]);
    await removeOwnName(story.id, zoe.id);
    const card = (await cardOf(story.id))!;
    expect(card.people).toEqual([]);
    expect(JSON.stringify(card)).not.toContain("Zoë Removed");
  });

  it("count each kind of reaction as a recount does, and mark only the viewer's own", async () => {
    const story = await createTestStory(author, { title: "Reacted story" });
    const others = await Promise.all([1, 2, 3].map(() => createTestPerson()));
    for (const person of others) await setReaction(story.id, { ...person, role: "employee" }, "applause", true);
    await setReaction(story.id, { ...others[0]!, role: "employee" }, "learned", true);
    await setReaction(story.id, viewer, "inspiring", true);
    await setReaction(story.id, viewer, "applause", true);

    const card = (await cardOf(story.id))!;
    const recount = await db.reaction.groupBy({ by: ["kind"], where: { storyId: story.id }, _count: { _all: true } });
    expect(card.reactions).toEqual(Object.fromEntries(recount.map((row) => [row.kind, row._count._all])));
    expect(card.reactions).toEqual({ applause: 4, inspiring: 1, learned: 1 });
    expect([...card.ownReactions].sort()).toEqual(["applause", "inspiring"]);
    expect((await cardOf(story.id, { ...others[0]!, role: "employee" }))!.ownReactions.sort()).toEqual([
      "applause",
      "learned",
    ]);
    expect((await cardOf(story.id, { ...(await createTestPerson()), role: "employee" }))!.ownReactions).toEqual([]);
  });

  it("show no card, photo or face of a story the viewer may not see", async () => {
    const story = await createTestStory(author, { title: "Hidden with photo" });
    await createTestStoryPhoto(story);
    await db.story.update({ where: { id: story.id }, data: { hiddenAt: new Date(), hiddenReason: "test" } });
    expect(await cardOf(story.id)).toBeUndefined();
  });

  it("read a page in two statements however many cards it has (no query per card)", async () => {
    const prepare = vi.spyOn(Database.prototype, "prepare");
    const queriesFor = async (take: number) => {
      prepare.mockClear();
      const page = await getFeedPage({ viewer, params: feed("tab=new"), take });
      return { cards: page.cards.length, queries: prepare.mock.calls.length };
    };
    for (let index = 0; index < 15; index++) {
      const person = await createTestPerson();
      const story = await createTestStory(author, { title: `Busy story ${index}`, people: [person.id] });
      await setReaction(story.id, { ...person, role: "employee" }, "applause", true);
    }
    const small = await queriesFor(2);
    const large = await queriesFor(15);
    prepare.mockRestore();
    expect(small.cards).toBe(2);
    expect(large.cards).toBe(15);
    // The page of "New" and then every card with all it shows: two statements, whatever the size.
    expect(small.queries).toBe(2);
    expect(large.queries).toBe(small.queries);
  });
});
