import { addMonths } from "date-fns";
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/collections.$slug_.edit";
import { db } from "~/utils/db.server";
import { createTestCollection, createTestStories, itemOf, signedInPerson, storedOrder } from "../collection-factories";
import { createTestPerson, createTestStory, createTestTeam, getPage, postForm } from "../factories";

async function editorFor(collection: { slug: string }, { teamId }: { teamId?: string } = {}) {
  const manager = await signedInPerson("manager", { teamId });
  const at = { cookie: manager.cookie, params: { slug: collection.slug } };
  const path = `/collections/${collection.slug}/edit`;
  return {
    manager,
    post: (fields: Record<string, string | string[]>) => postForm(action, path, fields, at),
    open: (query = "") => getPage(loader, `${path}${query}`, at),
  };
}

describe("the editor's search", () => {
  it("finds visible stories by their words, leaving out those already in the collection", async () => {
    const author = await createTestPerson();
    const inside = await createTestStory(author, { title: "Measured the stairwell twice" });
    const outside = await createTestStory(author, { title: "The stairwell sofa" });
    const hidden = await createTestStory(author, { title: "Stairwell secrets" });
    await db.story.update({ where: { id: hidden.id }, data: { hiddenAt: new Date() } });
    await createTestStory(author, { title: "Stairwell draft", status: "draft" });
    const collection = await createTestCollection({ storyIds: [inside.id] });
    const { open } = await editorFor(collection);

    const page = await open("?q=stairwell");
    expect(page.status).toBe(200);
    expect(page.body.search.stories.map((story: { id: string }) => story.id)).toEqual([outside.id]);
    expect((await open("?q=st")).body.search).toMatchObject({ isTooShort: true, stories: [] });
    expect((await open()).body.search).toBeNull();
  });
});

describe("ordering", () => {
  it("keeps positions dense and in order through add, remove, move and drag-and-drop", async () => {
    const [a, b, c, d] = await createTestStories(4, "Ordering");
    const collection = await createTestCollection({ storyIds: [a!.id, b!.id] });
    const { post } = await editorFor(collection);

    const added = await post({ intent: "add", storyId: c!.id, q: "ordering" });
    expect(added.status).toBe(302);
    expect(added.headers.get("Location")).toBe(`/collections/${collection.slug}/edit?q=ordering#search`);
    await post({ intent: "add", storyId: d!.id });
    expect(await storedOrder(collection.id)).toEqual([
      [a!.id, 0],
      [b!.id, 1],
      [c!.id, 2],
      [d!.id, 3],
    ]);

    await post({ intent: "remove", itemId: (await itemOf(collection.id, b!.id)).id });
    expect(await storedOrder(collection.id)).toEqual([
      [a!.id, 0],
      [c!.id, 1],
      [d!.id, 2],
    ]);

    await post({ intent: "move", itemId: (await itemOf(collection.id, d!.id)).id, direction: "up" });
    expect(await storedOrder(collection.id)).toEqual([
      [a!.id, 0],
      [d!.id, 1],
      [c!.id, 2],
    ]);
    // Moving past either end changes nothing.
    await post({ intent: "move", itemId: (await itemOf(collection.id, a!.id)).id, direction: "up" });
    await post({ intent: "move", itemId: (await itemOf(collection.id, c!.id)).id, direction: "down" });
    expect((await storedOrder(collection.id)).map(([storyId]) => storyId)).toEqual([a!.id, d!.id, c!.id]);

    const ids = async (...stories: (typeof a)[]) =>
      Promise.all(stories.map(async (story) => (await itemOf(collection.id, story!.id)).id));
    const reordered = await post({ intent: "reorder", order: await ids(c, a, d), inPlace: "1" });
    expect(reordered).toMatchObject({ status: 200, body: { ok: true } });
    expect(await storedOrder(collection.id)).toEqual([
      [c!.id, 0],
      [a!.id, 1],
      [d!.id, 2],
    ]);

    // A forged order (missing or foreign items) is refused and changes nothing.
    expect((await post({ intent: "reorder", order: await ids(c, a) })).status).toBe(404);
    const other = await createTestCollection({ storyIds: [b!.id] });
    const foreign = (await itemOf(other.id, b!.id)).id;
    expect((await post({ intent: "reorder", order: [foreign, ...(await ids(a, d))] })).status).toBe(404);
    expect((await post({ intent: "remove", itemId: foreign })).status).toBe(404);
    expect(await storedOrder(other.id)).toEqual([[b!.id, 0]]);
    expect((await storedOrder(collection.id)).map(([storyId]) => storyId)).toEqual([c!.id, a!.id, d!.id]);
  });

  it("adds a story once, only a visible one, with a review date six months on", async () => {
    const [first, hidden] = await createTestStories(2, "Adding");
    await db.story.update({ where: { id: hidden!.id }, data: { hiddenAt: new Date() } });
    const collection = await createTestCollection();
    const { post } = await editorFor(collection);
    const before = new Date();
    await post({ intent: "add", storyId: first!.id });
    const item = await itemOf(collection.id, first!.id);
    const expected = addMonths(before, 6).getTime();
    expect(Math.abs(item.reviewAt.getTime() - expected)).toBeLessThan(60_000);

    const again = await post({ intent: "add", storyId: first!.id });
    expect(again).toMatchObject({ status: 400, body: { formError: "collections.errors.alreadyInCollection" } });
    const notVisible = await post({ intent: "add", storyId: hidden!.id });
    expect(notVisible).toMatchObject({ status: 400, body: { formError: "collections.errors.storyUnavailable" } });
    expect(await storedOrder(collection.id)).toEqual([[first!.id, 0]]);
  });
});

describe("details, notes and review dates", () => {
  it("saves title, introduction and audience (the slug stays), and each item's note and review date", async () => {
    const [story] = await createTestStories(1, "Details");
    const collection = await createTestCollection({ storyIds: [story!.id] });
    const { post, open } = await editorFor(collection);
    const saved = await post({ intent: "details", title: "Renamed", intro: "## Why\nBecause.", audience: "newHires" });
    expect(saved.status).toBe(302);
    expect(await db.collection.findUniqueOrThrow({ where: { id: collection.id } })).toMatchObject({
      slug: collection.slug,
      title: "Renamed",
      audience: "newHires",
      introHtml: "<h3>Why</h3>\n<p>Because.</p>\n",
    });

    const item = await itemOf(collection.id, story!.id);
    await post({ intent: "item", itemId: item.id, note: "Notice the follow-up call.", reviewAt: "2031-03-15" });
    expect(await itemOf(collection.id, story!.id)).toMatchObject({
      note: "Notice the follow-up call.",
      reviewAt: new Date("2031-03-15T00:00:00.000Z"),
    });
    const bad = await post({ intent: "item", itemId: item.id, note: "Kept", reviewAt: "someday" });
    expect(bad).toMatchObject({
      status: 400,
      body: {
        intent: "item",
        fieldErrors: { reviewAt: ["collections.errors.date"] },
        values: { itemId: item.id, note: "Kept" },
      },
    });

    const page = await open();
    expect(page.body.items).toMatchObject([
      { id: item.id, note: "Notice the follow-up call.", isAvailable: true, story: { id: story!.id } },
    ]);
  });
});

describe("assigning", () => {
  it("assigns everyone who joined in the last N days and a whole team, on top of those chosen by name", async () => {
    const now = Date.now();
    const day = 24 * 60 * 60 * 1000;
    const store = await createTestTeam();
    const collection = await createTestCollection();
    const { post } = await editorFor(collection);
    // Earlier tests' people joined today too: mark everyone older first, so "recent" is only these.
    await db.user.updateMany({ data: { joinedAt: new Date(now - 400 * day) } });
    const recent = await createTestPerson({ name: "Recent", joinedAt: new Date(now - 5 * day) });
    await createTestPerson({ name: "Older", joinedAt: new Date(now - 40 * day) });
    const [inTeam, leftTeam] = [
      await createTestPerson({ name: "In team", teamId: store.id, joinedAt: new Date(now - 300 * day) }),
      await createTestPerson({ name: "Left team", teamId: store.id }),
    ];
    await db.user.update({ where: { id: leftTeam.id }, data: { deactivatedAt: new Date() } });
    const named = await createTestPerson({ name: "Named", joinedAt: new Date(now - 200 * day) });
    const assignedIds = async () =>
      (await db.collectionAssignment.findMany({ where: { collectionId: collection.id } }))
        .map((row) => row.userId)
        .sort();

    const done = await post({ intent: "assign", userIds: [named.id], joinedWithinDays: "30", teamId: store.id });
    expect(done.status).toBe(302);
    expect(await assignedIds()).toEqual([recent.id, inTeam.id, named.id].sort());
  });

  it("refuses a group that holds nobody, a team that does not exist and days out of range", async () => {
    const collection = await createTestCollection();
    const { post } = await editorFor(collection);
    const emptyTeam = await createTestTeam();
    await db.user.updateMany({ data: { joinedAt: new Date(Date.now() - 400 * 24 * 60 * 60 * 1000) } });

    expect((await post({ intent: "assign", joinedWithinDays: "3" })).body.fieldErrors.joinedWithinDays).toEqual([
      "collections.errors.nobodyJoined",
    ]);
    expect((await post({ intent: "assign", teamId: emptyTeam.id })).body.fieldErrors.teamId).toEqual([
      "collections.errors.emptyTeam",
    ]);
    expect((await post({ intent: "assign", teamId: "clxxxxxxxxxxxxxxxxxxxxxxxx" })).status).toBe(400);
    for (const days of ["0", "1.5", "ten", "99999"])
      expect((await post({ intent: "assign", joinedWithinDays: days })).body.fieldErrors.joinedWithinDays).toEqual([
        "collections.errors.daysRange",
      ]);
    // Empty boxes are no choice at all.
    expect((await post({ intent: "assign", joinedWithinDays: "", teamId: "" })).body.fieldErrors.userIds).toEqual([
      "collections.errors.choosePeople",
    ]);
    expect(await db.collectionAssignment.count({ where: { collectionId: collection.id } })).toBe(0);
  });

  it("tells each newly assigned person once, and takes the notice back when unassigned", async () => {
    const collection = await createTestCollection();
    const { post, open, manager } = await editorFor(collection);
    const [ann, ben] = [await createTestPerson({ name: "Ann" }), await createTestPerson({ name: "Ben" })];
    expect((await post({ intent: "assign", userIds: [ann.id, ben.id] })).status).toBe(302);
    await post({ intent: "assign", userIds: [ann.id] });
    expect(await db.collectionAssignment.count({ where: { collectionId: collection.id } })).toBe(2);
    const notices = await db.notification.findMany({
      where: { collectionId: collection.id },
      orderBy: { userId: "asc" },
    });
    expect(notices.map((notice) => [notice.userId, notice.type, notice.actorId]).sort()).toEqual(
      [
        [ann.id, "assignment", manager.id],
        [ben.id, "assignment", manager.id],
      ].sort(),
    );
    expect((await open()).body.assignees.map((person: { name: string }) => person.name)).toEqual(["Ann", "Ben"]);

    await post({ intent: "unassign", userId: ben.id });
    expect(await db.collectionAssignment.count({ where: { collectionId: collection.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: ben.id, collectionId: collection.id } })).toBe(0);

    expect((await post({ intent: "assign" })).body.fieldErrors.userIds).toEqual(["collections.errors.choosePeople"]);
    expect((await post({ intent: "assign", userIds: ["nobody"] })).body.fieldErrors.userIds).toEqual([
      "errors.invalid",
    ]);
  });

  it("offers the manager's own team, never everyone, and marks who is already assigned", async () => {
    const store = await createTestTeam();
    const teammate = await createTestPerson({ name: "Tea Mate", teamId: store.id });
    const assigned = await createTestPerson({ name: "Al Ready", teamId: store.id });
    const elsewhere = await createTestPerson({ name: "Far Away" });
    const collection = await createTestCollection({ assignedTo: [assigned.id] });
    const { open, manager } = await editorFor(collection, { teamId: store.id });

    const page = await open();
    expect(page.body.people.map((person: { id: string }) => person.id).sort()).toEqual(
      [teammate.id, assigned.id].sort(),
    );
    expect(page.body.assignees.map((person: { id: string }) => person.id)).toEqual([assigned.id]);
    expect(JSON.stringify(page.body)).not.toContain(elsewhere.id);
    expect(JSON.stringify(page.body)).not.toContain(manager.id);
  });

  it("finds people from other teams without JavaScript, keeping who was chosen, then assigns them", async () => {
    const store = await createTestTeam();
    const teammate = await createTestPerson({ name: "Tea Mate", teamId: store.id });
    const zoe = await createTestPerson({ name: "Zoë Yılmaz" });
    await createTestPerson({ name: "Someone Else" });
    const collection = await createTestCollection();
    const { post } = await editorFor(collection, { teamId: store.id });

    const found = await post({ intent: "findPeople", peopleQuery: "zoe yilmaz", userIds: [teammate.id] });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      intent: "findPeople",
      values: { peopleQuery: "zoe yilmaz", userIds: teammate.id },
    });
    expect(found.body.peopleFound.map((person: { name: string }) => person.name)).toEqual(["Zoë Yılmaz"]);
    expect(found.body.peopleOptions.map((person: { id: string }) => person.id).sort()).toEqual(
      [teammate.id, zoe.id].sort(),
    );
    expect((await post({ intent: "findPeople", peopleQuery: "" })).body.peopleFound).toBeUndefined();
    expect((await post({ intent: "findPeople", peopleQuery: "x".repeat(81) })).body.fieldErrors.peopleQuery).toEqual([
      "errors.tooLong#80",
    ]);
    expect(await db.collectionAssignment.count({ where: { collectionId: collection.id } })).toBe(0);

    // A refused assignment comes back with the people chosen still in the list.
    const refused = await post({ intent: "assign", userIds: [zoe.id, "nobody"] });
    expect(refused).toMatchObject({ status: 400, body: { intent: "assign", values: { userIds: [zoe.id, "nobody"] } } });
    expect(refused.body.peopleOptions.map((person: { id: string }) => person.id)).toContain(zoe.id);

    const assigned = await post({ intent: "assign", userIds: [teammate.id, zoe.id] });
    expect(assigned.status).toBe(302);
    expect(assigned.headers.get("Location")).toBe(`/collections/${collection.slug}/edit#assignments`);
    expect(
      (await db.collectionAssignment.findMany({ where: { collectionId: collection.id } }))
        .map((row) => row.userId)
        .sort(),
    ).toEqual([teammate.id, zoe.id].sort());
  });
});
