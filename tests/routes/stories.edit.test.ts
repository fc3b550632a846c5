import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/stories.$id_.edit";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestStory, createTestValue, getPage, postForm, signedInCookie } from "../factories";

describe("/stories/:id/edit", () => {
  it("is the author's alone: every other role gets not found, for the page and the action", async () => {
    const author = await createTestPerson();
    const story = await createTestStory(author);
    for (const role of ["employee", "manager", "admin"] as const) {
      const cookie = await signedInCookie((await createTestPerson({ role })).id);
      expect((await getPage(loader, "/", { cookie, params: { id: story.id } })).status).toBe(404);
      const posted = await postForm(
        action,
        "/",
        { intent: "publish", title: "Taken over", body: "x", language: "en", values: "v" },
        { cookie, params: { id: story.id } },
      );
      expect(posted.status).toBe(404);
    }
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).title).toBe(story.title);
  });

  it("updates a published story, marks it edited, tells only newly named people, and keeps an archived value it had", async () => {
    const author = await createTestPerson();
    const cookie = await signedInCookie(author.id);
    const oldValue = await createTestValue();
    const first = await createTestPerson();
    const second = await createTestPerson();
    const story = await createTestStory(author, { valueId: oldValue.id, people: [first.id] });
    await db.value.update({ where: { id: oldValue.id }, data: { archivedAt: new Date() } });

    const page = await getPage(loader, "/", { cookie, params: { id: story.id } });
    expect(page.body.draft.body).toBe("It *mattered*.");
    expect(page.body.options.values.map((value: { id: string }) => value.id)).toContain(oldValue.id);

    const result = await postForm(
      action,
      "/",
      {
        intent: "publish",
        title: "Better title",
        body: "Now with **more**.",
        language: "en",
        values: oldValue.id,
        people: [first.id, second.id],
      },
      { cookie, params: { id: story.id } },
    );
    expect(result.headers.get("Location")).toBe(`/stories/${story.id}`);
    const updated = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(updated).toMatchObject({ title: "Better title", status: "published", editedAt: expect.any(Date) });
    expect(updated.bodyHtml).toContain("<strong>more</strong>");
    expect(await db.notification.count({ where: { userId: second.id, type: "mention" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: first.id, type: "mention" } })).toBe(0);
  });

  it("publishes a draft without marking it edited; a published story never goes back to draft", async () => {
    const author = await createTestPerson();
    const cookie = await signedInCookie(author.id);
    const value = await createTestValue();
    const draft = await createTestStory(author, { status: "draft" });
    await postForm(
      action,
      "/",
      { intent: "publish", title: "Done", body: "Finished.", language: "en", values: value.id },
      { cookie, params: { id: draft.id } },
    );
    expect(await db.story.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "published",
      editedAt: null,
      publishedAt: expect.any(Date),
    });

    await postForm(
      action,
      "/",
      { intent: "draft", title: "Back to draft?", body: "x", language: "en", values: value.id },
      { cookie, params: { id: draft.id } },
    );
    expect(await db.story.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "published",
      title: "Back to draft?",
    });
  });

  it("keeps what was typed when an edit is invalid", async () => {
    const author = await createTestPerson();
    const cookie = await signedInCookie(author.id);
    const story = await createTestStory(author);
    const result = await postForm(
      action,
      "/",
      { intent: "publish", title: "", body: "Edited words", language: "en" },
      { cookie, params: { id: story.id } },
    );
    expect(result.status).toBe(400);
    expect(result.body.fieldErrors).toMatchObject({
      title: ["errors.required"],
      values: ["stories.errors.valuesRange"],
    });
    expect(result.body.values.body).toBe("Edited words");
  });
});
