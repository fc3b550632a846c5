import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/stories.$id_.collections";
import { db } from "~/utils/db.server";
import { createTestCollection, createTestStories, itemOf, signedInPerson, storedOrder } from "../collection-factories";
import { getPage, postForm } from "../factories";

describe("/stories/:id/collections", () => {
  it("adds the story to the chosen collection at the end, with the note, and goes back to the story", async () => {
    const [existing, story, hidden] = await createTestStories(3, "Add page");
    const target = await createTestCollection({ title: "Target", storyIds: [existing!.id] });
    const already = await createTestCollection({ title: "Already", storyIds: [story!.id] });
    const manager = await signedInPerson("manager");

    const page = await getPage(loader, `/stories/${story!.id}/collections`, {
      cookie: manager.cookie,
      params: { id: story!.id },
    });
    expect(page.body.story).toMatchObject({ id: story!.id });
    const choices = page.body.collections.filter((collection: { id: string }) =>
      [target.id, already.id].includes(collection.id),
    );
    expect(
      choices.map((collection: { title: string; hasStory: boolean }) => [collection.title, collection.hasStory]),
    ).toEqual([
      ["Already", true],
      ["Target", false],
    ]);

    const result = await postForm(
      action,
      `/stories/${story!.id}/collections`,
      { collectionId: target.id, note: "A model handover." },
      { cookie: manager.cookie, params: { id: story!.id } },
    );
    expect(result.headers.get("Location")).toBe(`/stories/${story!.id}`);
    expect(await storedOrder(target.id)).toEqual([
      [existing!.id, 0],
      [story!.id, 1],
    ]);
    expect((await itemOf(target.id, story!.id)).note).toBe("A model handover.");

    const twice = await postForm(
      action,
      `/stories/${story!.id}/collections`,
      { collectionId: already.id },
      { cookie: manager.cookie, params: { id: story!.id } },
    );
    expect(twice).toMatchObject({
      status: 400,
      body: { formError: "collections.errors.alreadyInCollection", values: { collectionId: already.id } },
    });
    const none = await postForm(
      action,
      `/stories/${story!.id}/collections`,
      { note: "Kept" },
      { cookie: manager.cookie, params: { id: story!.id } },
    );
    expect(none).toMatchObject({
      status: 400,
      body: { fieldErrors: { collectionId: ["collections.errors.chooseCollection"] }, values: { note: "Kept" } },
    });

    await db.story.update({ where: { id: hidden!.id }, data: { hiddenAt: new Date() } });
    expect(
      (
        await getPage(loader, `/stories/${hidden!.id}/collections`, {
          cookie: manager.cookie,
          params: { id: hidden!.id },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await getPage(loader, "/stories/no-such-story/collections", {
          cookie: manager.cookie,
          params: { id: "no-such-story" },
        })
      ).status,
    ).toBe(404);
    // Hidden while the page was open: refused with the reason, the note kept.
    const hiddenSince = await postForm(
      action,
      `/stories/${hidden!.id}/collections`,
      { collectionId: target.id, note: "Kept too" },
      { cookie: manager.cookie, params: { id: hidden!.id } },
    );
    expect(hiddenSince).toMatchObject({
      status: 400,
      body: { formError: "collections.errors.storyUnavailable", values: { note: "Kept too" } },
    });
    // A collection deleted meanwhile (or a forged id) is a wrong choice.
    const gone = await postForm(
      action,
      `/stories/${story!.id}/collections`,
      { collectionId: "no-such-collection" },
      { cookie: manager.cookie, params: { id: story!.id } },
    );
    expect(gone).toMatchObject({ status: 400, body: { fieldErrors: { collectionId: ["errors.invalid"] } } });
    expect(await storedOrder(target.id)).toEqual([
      [existing!.id, 0],
      [story!.id, 1],
    ]);
  });
});
