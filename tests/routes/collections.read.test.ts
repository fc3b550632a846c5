import { describe, expect, it } from "vitest";
import { getCollectionContext } from "~/models/collections.server";
import { loader as pageLoader } from "~/routes/collections.$slug";
import { action, loader } from "~/routes/collections.$slug_.read";
import { loader as storyLoader } from "~/routes/stories.$id";
import { db } from "~/utils/db.server";
import { readFlash } from "~/utils/flash.server";
import { createTestCollection, createTestStories, signedInPerson } from "../collection-factories";
import { BASE_URL, getPage, postForm } from "../factories";

const readIt = (slug: string, storyId: string, cookie?: string) =>
  postForm(action, `/collections/${slug}/read`, { storyId }, { cookie, params: { slug } });

async function flashOf(result: { headers: Headers }) {
  const cookie = result.headers.get("Set-Cookie")?.split(";")[0] ?? "";
  return (await readFlash(new Request(BASE_URL, { headers: { Cookie: cookie } }))).message;
}

describe("I've read this", () => {
  it("counts only the mark, never opening the story page", async () => {
    const stories = await createTestStories(3, "Reading");
    const collection = await createTestCollection({ storyIds: stories.map((story) => story.id) });
    const reader = await signedInPerson();
    const progress = async () =>
      (await getPage(pageLoader, "/", { cookie: reader.cookie, params: { slug: collection.slug } })).body.progress;

    for (const story of stories) {
      const opened = await getPage(storyLoader, `/stories/${story.id}?collection=${collection.slug}`, {
        cookie: reader.cookie,
        params: { id: story.id },
      });
      expect(opened.status).toBe(200);
    }
    expect(await progress()).toEqual({ read: 0, total: 3 });
    expect(await db.storyRead.count({ where: { userId: reader.id } })).toBe(0);

    await readIt(collection.slug, stories[0]!.id, reader.cookie);
    expect(await progress()).toEqual({ read: 1, total: 3 });
  });

  it("goes on to the next story, then back to the collection with an acknowledgement when the last unread one is done", async () => {
    const [first, second, third] = await createTestStories(3, "Path");
    const collection = await createTestCollection({ title: "Week 1", storyIds: [first!.id, second!.id, third!.id] });
    const reader = await signedInPerson();
    const storyPath = (id: string) => `/stories/${id}?collection=${collection.slug}`;

    const afterFirst = await readIt(collection.slug, first!.id, reader.cookie);
    expect(afterFirst.status).toBe(302);
    expect(afterFirst.headers.get("Location")).toBe(storyPath(second!.id));
    // The last one in order, while the second is still unread: back to the unread one.
    const afterThird = await readIt(collection.slug, third!.id, reader.cookie);
    expect(afterThird.headers.get("Location")).toBe(storyPath(second!.id));
    expect(await flashOf(afterThird)).toBeNull();

    const afterSecond = await readIt(collection.slug, second!.id, reader.cookie);
    expect(afterSecond.headers.get("Location")).toBe(`/collections/${collection.slug}`);
    expect(await flashOf(afterSecond)).toMatchObject({ key: "collections.finishedFlash", values: { title: "Week 1" } });

    // Marking again changes nothing and does not celebrate twice.
    const firstReadAt = (
      await db.storyRead.findUniqueOrThrow({ where: { userId_storyId: { userId: reader.id, storyId: first!.id } } })
    ).readAt;
    const again = await readIt(collection.slug, third!.id, reader.cookie);
    expect(again.headers.get("Location")).toBe(`/collections/${collection.slug}`);
    expect(await flashOf(again)).toBeNull();
    await readIt(collection.slug, first!.id, reader.cookie);
    expect(
      (await db.storyRead.findUniqueOrThrow({ where: { userId_storyId: { userId: reader.id, storyId: first!.id } } }))
        .readAt,
    ).toEqual(firstReadAt);
  });

  it("refuses stories outside the collection, collections not meant for the person, and anonymous visitors", async () => {
    const [inside, outside] = await createTestStories(2, "Refused");
    const collection = await createTestCollection({ storyIds: [inside!.id] });
    const forNewHires = await createTestCollection({ audience: "newHires", storyIds: [inside!.id] });
    const veteran = await signedInPerson("employee", { joinedDaysAgo: 500 });
    expect((await readIt(collection.slug, outside!.id, veteran.cookie)).status).toBe(404);
    expect((await readIt(forNewHires.slug, inside!.id, veteran.cookie)).status).toBe(404);
    expect((await readIt("no-such-collection", inside!.id, veteran.cookie)).status).toBe(404);
    expect((await readIt(collection.slug, inside!.id)).headers.get("Location")).toMatch(/^\/login/);
    await db.story.update({ where: { id: inside!.id }, data: { hiddenAt: new Date() } });
    expect((await readIt(collection.slug, inside!.id, veteran.cookie)).status).toBe(404);
    expect(await db.storyRead.count({ where: { userId: veteran.id } })).toBe(0);
    // A plain GET goes to the collection.
    expect((await getPage(loader, "/", { params: { slug: collection.slug } })).headers.get("Location")).toBe(
      `/collections/${collection.slug}`,
    );
  });
});

describe("finishing a collection", () => {
  it("suggests the next unfinished collection on the person's path, starting at its next story", async () => {
    const [done, next] = await createTestStories(2, "Suggest");
    const reader = await signedInPerson("employee", { joinedDaysAgo: 400 });
    const finishing = await createTestCollection({ title: "Finishing", storyIds: [done!.id], assignedTo: [reader.id] });
    const upNext = await createTestCollection({
      title: "Up next",
      audience: "teams",
      storyIds: [done!.id, next!.id],
      assignedTo: [reader.id],
    });

    const finished = await readIt(finishing.slug, done!.id, reader.cookie);
    expect(finished.headers.get("Location")).toBe(`/collections/${finishing.slug}`);
    expect(await flashOf(finished)).toEqual({
      key: "collections.finishedFlash",
      values: { title: "Finishing", nextTitle: "Up next", nextSlug: upNext.slug, nextStoryId: next!.id },
    });
  });

  it("suggests nothing once every collection the person may open is read", async () => {
    const [only] = await createTestStories(1, "Last");
    const reader = await signedInPerson("employee", { joinedDaysAgo: 400 });
    const collection = await createTestCollection({
      title: "Last one",
      audience: "teams",
      storyIds: [only!.id],
      assignedTo: [reader.id],
    });
    // Everything else the person may open (the collections for everyone above) is read first.
    for (const item of await db.collectionItem.findMany({ where: { collection: { audience: "everyone" } } }))
      await db.storyRead.upsert({
        where: { userId_storyId: { userId: reader.id, storyId: item.storyId } },
        create: { userId: reader.id, storyId: item.storyId },
        update: {},
      });

    expect(await flashOf(await readIt(collection.slug, only!.id, reader.cookie))).toEqual({
      key: "collections.finishedFlash",
      values: { title: "Last one" },
    });
  });
});

describe("getCollectionContext", () => {
  it("places the story among the visible ones, with its neighbours and the reader's progress", async () => {
    const [first, hidden, second, third] = await createTestStories(4, "Context");
    await db.story.update({ where: { id: hidden!.id }, data: { deletedAt: new Date() } });
    const collection = await createTestCollection({
      title: "Context",
      storyIds: [first!.id, hidden!.id, second!.id, third!.id],
    });
    const reader = await signedInPerson();
    const context = (storyId: string) => getCollectionContext({ slug: collection.slug, storyId, viewer: reader });

    expect(await context(second!.id)).toEqual({
      collection: { slug: collection.slug, title: "Context" },
      position: 2,
      total: 3,
      read: 0,
      previousStoryId: first!.id,
      nextStoryId: third!.id,
      hasRead: false,
      isLast: false,
      finishedNow: false,
    });
    expect(await context(hidden!.id)).toBeNull();
    expect(await getCollectionContext({ slug: "nope", storyId: first!.id, viewer: reader })).toBeNull();

    for (const story of [first, second, third]) await readIt(collection.slug, story!.id, reader.cookie);
    expect(await context(third!.id)).toMatchObject({
      position: 3,
      read: 3,
      previousStoryId: second!.id,
      nextStoryId: null,
      hasRead: true,
      isLast: true,
      finishedNow: true,
    });
  });
});
