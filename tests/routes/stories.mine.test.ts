import { describe, expect, it } from "vitest";
import { restoreStory } from "~/models/stories.server";
import { action, loader } from "~/routes/stories.mine";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestStory, getPage, postForm, signedInCookie } from "../factories";

const DAY = 24 * 60 * 60 * 1000;

describe("/stories/mine", () => {
  it("lists the person's own drafts, published and recently deleted stories, and nobody else's", async () => {
    const author = await createTestPerson();
    const cookie = await signedInCookie(author.id);
    const draft = await createTestStory(author, { status: "draft", title: "My draft" });
    const published = await createTestStory(author, { title: "My published" });
    const deleted = await createTestStory(author, { title: "My deleted" });
    await db.story.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const longGone = await createTestStory(author, { title: "Deleted long ago" });
    await db.story.update({ where: { id: longGone.id }, data: { deletedAt: new Date(Date.now() - 31 * DAY) } });
    await createTestStory(await createTestPerson(), { title: "Someone else's" });

    const page = await getPage(loader, "/stories/mine", { cookie });
    expect(page.body.drafts.map((story: { id: string }) => story.id)).toEqual([draft.id]);
    expect(page.body.published.map((story: { id: string }) => story.id)).toEqual([published.id]);
    expect(page.body.deleted.map((story: { id: string }) => story.id)).toEqual([deleted.id]);
  });

  it("restores a deleted story for its author within 30 days, and for nobody else", async () => {
    const author = await createTestPerson();
    const story = await createTestStory(author);
    await db.story.update({ where: { id: story.id }, data: { deletedAt: new Date() } });
    for (const role of ["employee", "manager", "admin"] as const) {
      const cookie = await signedInCookie((await createTestPerson({ role })).id);
      expect(
        (await postForm(action, "/stories/mine", { intent: "restore", storyId: story.id }, { cookie })).status,
      ).toBe(404);
    }
    const cookie = await signedInCookie(author.id);
    expect((await postForm(action, "/stories/mine", { intent: "restore", storyId: story.id }, { cookie })).status).toBe(
      302,
    );
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).deletedAt).toBeNull();

    await db.story.update({ where: { id: story.id }, data: { deletedAt: new Date(Date.now() - 30 * DAY - 60_000) } });
    await expect(restoreStory(story.id, author)).rejects.toThrow();
  });

  it("sends anonymous visitors to sign-in", async () => {
    expect((await getPage(loader, "/stories/mine")).headers.get("Location")).toBe(
      "/login?redirectTo=%2Fstories%2Fmine",
    );
  });
});
