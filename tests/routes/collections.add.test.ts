import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/collections.add";
import { db } from "~/utils/db.server";
import { createTestCollection, createTestStories, itemOf, signedInPerson, storedOrder } from "../collection-factories";
import { getPage, postForm } from "../factories";

describe("/collections/add?story=", () => {
  it("adds the story to the chosen collection at the end, with the note, and goes back to the story", async () => {
    const [existing, story, hidden] = await createTestStories(3, "Add page");
    const target = await createTestCollection({ title: "Target", storyIds: [existing!.id] });
    const already = await createTestCollection({ title: "Already", storyIds: [story!.id] });
    const manager = await signedInPerson("manager");

    const page = await getPage(loader, `/collections/add?story=${story!.id}`, { cookie: manager.cookie });
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
      "/collections/add",
      { storyId: story!.id, collectionId: target.id, note: "A model handover." },
      { cookie: manager.cookie },
    );
    expect(result.headers.get("Location")).toBe(`/stories/${story!.id}`);
    expect(await storedOrder(target.id)).toEqual([
      [existing!.id, 0],
      [story!.id, 1],
    ]);
    expect((await itemOf(target.id, story!.id)).note).toBe("A model handover.");

    const twice = await postForm(
      action,
      "/collections/add",
      { storyId: story!.id, collectionId: already.id },
      { cookie: manager.cookie },
    );
    expect(twice).toMatchObject({
      status: 400,
      body: { formError: "collections.errors.alreadyInCollection", values: { collectionId: already.id } },
    });
    const none = await postForm(
      action,
      "/collections/add",
      { storyId: story!.id, note: "Kept" },
      { cookie: manager.cookie },
    );
    expect(none).toMatchObject({
      status: 400,
      body: { fieldErrors: { collectionId: ["collections.errors.chooseCollection"] }, values: { note: "Kept" } },
    });

    await db.story.update({ where: { id: hidden!.id }, data: { hiddenAt: new Date() } });
    expect((await getPage(loader, `/collections/add?story=${hidden!.id}`, { cookie: manager.cookie })).status).toBe(
      404,
    );
    expect((await getPage(loader, "/collections/add", { cookie: manager.cookie })).status).toBe(404);
    // Hidden while the page was open: refused with the reason, the note kept.
    const hiddenSince = await postForm(
      action,
      "/collections/add",
      { storyId: hidden!.id, collectionId: target.id, note: "Kept too" },
      { cookie: manager.cookie },
    );
    expect(hiddenSince).toMatchObject({
      status: 400,
      body: { formError: "collections.errors.storyUnavailable", values: { note: "Kept too" } },
    });
    // A collection deleted meanwhile (or a forged id) is a wrong choice.
    const gone = await postForm(
      action,
      "/collections/add",
      { storyId: story!.id, collectionId: "no-such-collection" },
      { cookie: manager.cookie },
    );
    expect(gone).toMatchObject({ status: 400, body: { fieldErrors: { collectionId: ["errors.invalid"] } } });
    expect(await storedOrder(target.id)).toEqual([
      [existing!.id, 0],
      [story!.id, 1],
    ]);
  });
});
