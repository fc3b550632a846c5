import { addMonths } from "date-fns";
import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/collections.review";
import { db } from "~/utils/db.server";
import {
  createTestCollection,
  createTestStories,
  daysAgo,
  itemOf,
  signedInPerson,
  storedOrder,
} from "../collection-factories";
import { getPage, postForm } from "../factories";

async function reviewer() {
  const manager = await signedInPerson("manager");
  return {
    open: (query = "") => getPage(loader, `/collections/review${query}`, { cookie: manager.cookie }),
    post: (fields: Record<string, string>) =>
      postForm(action, "/collections/review", fields, { cookie: manager.cookie }),
  };
}

describe("/collections/review", () => {
  it("lists the items whose review date has passed, and keeps one for six more months", async () => {
    const [due, notDue] = await createTestStories(2, "Review keep");
    const collection = await createTestCollection({ storyIds: [due!.id], reviewAt: daysAgo(3) });
    await createTestCollection({ storyIds: [notDue!.id] });
    const { open, post } = await reviewer();

    const page = await open();
    expect(page.status).toBe(200);
    const item = await itemOf(collection.id, due!.id);
    expect(page.body.items.map((row: { id: string }) => row.id)).toContain(item.id);
    expect(page.body.items.map((row: { story: { id: string } }) => row.story.id)).not.toContain(notDue!.id);

    const before = new Date();
    const kept = await post({ intent: "keep", itemId: item.id });
    expect(kept.headers.get("Location")).toBe("/collections/review");
    const reviewAt = (await itemOf(collection.id, due!.id)).reviewAt.getTime();
    expect(Math.abs(reviewAt - addMonths(before, 6).getTime())).toBeLessThan(60_000);
    expect((await open()).body.items.map((row: { id: string }) => row.id)).not.toContain(item.id);
  });

  it("replaces a story in the same place with the same note, found by search", async () => {
    const [first, old, last, fresh] = await createTestStories(4, "Replacement");
    const collection = await createTestCollection({ storyIds: [first!.id, old!.id, last!.id] });
    const oldItem = await itemOf(collection.id, old!.id);
    await db.collectionItem.update({
      where: { id: oldItem.id },
      data: { note: "See how she asked first.", reviewAt: daysAgo(1) },
    });
    const { open, post } = await reviewer();

    const search = await open(`?replace=${oldItem.id}&q=replacement`);
    expect(search.body.replacing).toMatchObject({ id: oldItem.id, storyTitle: old!.title });
    expect(search.body.search.stories.map((story: { id: string }) => story.id)).toEqual([fresh!.id]);

    const taken = await post({ intent: "replace", itemId: oldItem.id, storyId: first!.id });
    expect(taken).toMatchObject({ status: 400, body: { formError: "collections.errors.alreadyInCollection" } });

    expect((await post({ intent: "replace", itemId: oldItem.id, storyId: fresh!.id })).status).toBe(302);
    expect(await storedOrder(collection.id)).toEqual([
      [first!.id, 0],
      [fresh!.id, 1],
      [last!.id, 2],
    ]);
    const replaced = await itemOf(collection.id, fresh!.id);
    expect(replaced).toMatchObject({ id: oldItem.id, note: "See how she asked first." });
    expect(replaced.reviewAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("removes an item and keeps the positions dense", async () => {
    const [first, second, third] = await createTestStories(3, "Review remove");
    const collection = await createTestCollection({
      storyIds: [first!.id, second!.id, third!.id],
      reviewAt: daysAgo(1),
    });
    const { post } = await reviewer();
    await post({ intent: "remove", itemId: (await itemOf(collection.id, first!.id)).id });
    expect(await storedOrder(collection.id)).toEqual([
      [second!.id, 0],
      [third!.id, 1],
    ]);
    expect((await post({ intent: "remove", itemId: "no-such-item" })).status).toBe(404);
  });
});
