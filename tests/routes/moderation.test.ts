import { describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { getFeedPage } from "~/models/feed.server";
import { buildHighlightFeed } from "~/models/highlight-feed.server";
import { loader as auditPage } from "~/routes/admin.audit";
import { action as moderationAction, loader as moderationPage } from "~/routes/moderation";
import { action as storyAction, loader as storyPage } from "~/routes/stories.$id";
import { action as reportAction, loader as reportPage } from "~/routes/stories.$id_.report";
import { db } from "~/utils/db.server";
import { parseFeedParams } from "~/utils/feed-params";
import { createTestPerson, createTestStory, createTestValue, getPage, postForm, signedInCookie } from "../factories";

async function personWith(role: Role = "employee", teamId: string | null = null) {
  const person = await createTestPerson({ role, teamId });
  return { ...person, cookie: await signedInCookie(person.id) };
}
const onStory = (storyId: string) => ({ params: { id: storyId } });

describe("highlights", () => {
  it("only managers and admins highlight, with a note the author is told about; taking it back works", async () => {
    const author = await personWith();
    const story = await createTestStory(author);
    const employee = await personWith();
    const denied = await postForm(
      storyAction,
      "/",
      { intent: "highlight", note: "Mine now" },
      { cookie: employee.cookie, ...onStory(story.id) },
    );
    expect(denied.status).toBe(403);
    expect(await db.highlight.count({ where: { storyId: story.id } })).toBe(0);

    for (const role of ["manager", "admin"] as const) {
      const manager = await personWith(role);
      const empty = await postForm(
        storyAction,
        "/",
        { intent: "highlight", note: " " },
        { cookie: manager.cookie, ...onStory(story.id) },
      );
      expect(empty.body).toMatchObject({ intent: "highlight", fieldErrors: { note: ["errors.required"] } });
      const done = await postForm(
        storyAction,
        "/",
        { intent: "highlight", note: `Shows how we own it (${role})` },
        { cookie: manager.cookie, ...onStory(story.id) },
      );
      expect(done.status).toBe(302);
      const page = await getPage(storyPage, "/", { cookie: author.cookie, ...onStory(story.id) });
      expect(page.body.story.highlight).toMatchObject({
        note: `Shows how we own it (${role})`,
        manager: { name: manager.name },
      });
      expect(
        await db.auditLog.count({
          where: { actorId: manager.id, action: { startsWith: "story.highlight" }, targetId: story.id },
        }),
      ).toBe(1);
      expect(
        (await postForm(storyAction, "/", { intent: "unhighlight" }, { cookie: employee.cookie, ...onStory(story.id) }))
          .status,
      ).toBe(403);
      await postForm(storyAction, "/", { intent: "unhighlight" }, { cookie: manager.cookie, ...onStory(story.id) });
      expect(await db.highlight.count({ where: { storyId: story.id } })).toBe(0);
      expect(await db.auditLog.count({ where: { actorId: manager.id, action: "story.unhighlight" } })).toBe(1);
    }
    expect(await db.notification.count({ where: { userId: author.id, type: "highlight" } })).toBe(2);
  });
});

describe("reports and the moderation queue", () => {
  it("lets anyone report a story or a comment with a reason, once, and keeps the reason on a mistake", async () => {
    const author = await personWith();
    const story = await createTestStory(author);
    const reporter = await personWith();
    const short = await postForm(
      reportAction,
      "/",
      { reason: "no" },
      { cookie: reporter.cookie, ...onStory(story.id) },
    );
    expect(short).toMatchObject({
      status: 400,
      body: { fieldErrors: { reason: ["errors.tooShort"] }, values: { reason: "no" } },
    });
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(
        (
          await postForm(
            reportAction,
            "/",
            { reason: "A customer's name is in it" },
            { cookie: reporter.cookie, ...onStory(story.id) },
          )
        ).status,
      ).toBe(302);
    }
    expect(await db.report.count({ where: { storyId: story.id } })).toBe(1);

    const comment = await db.comment.create({ data: { storyId: story.id, authorId: author.id, body: "Rude" } });
    expect(
      (
        await getPage(reportPage, `/stories/${story.id}/report?comment=${comment.id}`, {
          cookie: reporter.cookie,
          ...onStory(story.id),
        })
      ).body.comment.body,
    ).toBe("Rude");
    await postForm(
      reportAction,
      "/",
      { reason: "Unkind to a colleague", commentId: comment.id },
      { cookie: reporter.cookie, ...onStory(story.id) },
    );
    expect(await db.report.count({ where: { commentId: comment.id } })).toBe(1);
    const forged = await postForm(
      reportAction,
      "/",
      { reason: "Forged comment id", commentId: "nope" },
      { cookie: reporter.cookie, ...onStory(story.id) },
    );
    expect(forged.status).toBe(404);
  });

  it("is for managers and admins only", async () => {
    const employee = await personWith();
    expect((await getPage(moderationPage, "/moderation", { cookie: employee.cookie })).status).toBe(403);
    const story = await createTestStory(employee);
    const posted = await postForm(
      moderationAction,
      "/moderation",
      { intent: "hideStory", storyId: story.id, reason: "Because I can" },
      { cookie: employee.cookie },
    );
    expect(posted.status).toBe(403);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).hiddenAt).toBeNull();
    expect((await getPage(moderationPage, "/moderation")).status).toBe(302);
  });

  it("hides a reported story everywhere but for its author and managers, tells the author why, and restores it", async () => {
    const author = await personWith();
    const value = await createTestValue({ name: "Hidden value" });
    const story = await createTestStory(author, { title: "Zanzibar wardrobe", valueIds: [value.id] });
    await db.highlight.create({ data: { storyId: story.id, note: "Great" } });
    const reporter = await personWith();
    await postForm(
      reportAction,
      "/",
      { reason: "Shows a customer's address" },
      { cookie: reporter.cookie, ...onStory(story.id) },
    );
    const manager = await personWith("manager");
    const queue = await getPage(moderationPage, "/moderation", { cookie: manager.cookie });
    expect(queue.body.groups.filter((group: { storyId: string }) => group.storyId === story.id)).toMatchObject([
      { kind: "story", reports: [{ reason: "Shows a customer's address" }] },
    ]);

    const noReason = await postForm(
      moderationAction,
      "/moderation",
      { intent: "hideStory", storyId: story.id, reason: "" },
      { cookie: manager.cookie },
    );
    expect(noReason.status).toBe(400);
    await postForm(
      moderationAction,
      "/moderation",
      { intent: "hideStory", storyId: story.id, reason: "A customer can be recognised" },
      { cookie: manager.cookie },
    );

    const viewer = { id: reporter.id, teamId: null };
    const titles = async (query: string) =>
      (await getFeedPage({ viewer, params: parseFeedParams(new URLSearchParams(query)) })).cards.map(
        (card) => card.title,
      );
    for (const query of ["", "tab=new", "tab=highlights", "q=zanzibar", `value=${value.slug}`])
      expect(await titles(query)).not.toContain("Zanzibar wardrobe");
    const feed = await buildHighlightFeed({ reader: { language: "en" }, link: (path) => `http://localhost${path}` });
    expect(feed).toContain("<feed");
    expect(feed).not.toContain("Zanzibar");
    expect((await getPage(storyPage, "/", { cookie: reporter.cookie, ...onStory(story.id) })).status).toBe(404);
    const authorView = await getPage(storyPage, "/", { cookie: author.cookie, ...onStory(story.id) });
    expect(authorView.body.story).toMatchObject({ hiddenReason: "A customer can be recognised" });
    expect((await getPage(storyPage, "/", { cookie: manager.cookie, ...onStory(story.id) })).status).toBe(200);
    expect(await db.notification.count({ where: { userId: author.id, type: "moderation" } })).toBe(1);
    expect(await db.report.findFirstOrThrow({ where: { storyId: story.id } })).toMatchObject({
      status: "hidden",
      resolvedById: manager.id,
    });

    await postForm(
      moderationAction,
      "/moderation",
      { intent: "unhideStory", storyId: story.id },
      { cookie: manager.cookie },
    );
    expect(await titles("tab=new")).toContain("Zanzibar wardrobe");
    const actions = (
      await db.auditLog.findMany({ where: { targetId: story.id, actorId: manager.id }, orderBy: { createdAt: "asc" } })
    ).map((entry) => entry.action);
    expect(actions).toEqual(["story.hide", "story.unhide"]);
  });

  it("hides a reported comment with a reason its author sees, dismisses other reports, and restores", async () => {
    const story = await createTestStory(await createTestPerson());
    const writer = await personWith();
    const comment = await db.comment.create({ data: { storyId: story.id, authorId: writer.id, body: "Not nice" } });
    await db.story.update({ where: { id: story.id }, data: { commentCount: 1 } });
    const reporter = await personWith();
    await postForm(
      reportAction,
      "/",
      { reason: "Unkind words", commentId: comment.id },
      { cookie: reporter.cookie, ...onStory(story.id) },
    );
    const manager = await personWith("manager");
    await postForm(
      moderationAction,
      "/moderation",
      { intent: "hideComment", storyId: story.id, commentId: comment.id, reason: "Please keep it kind" },
      { cookie: manager.cookie },
    );

    const writerView = await getPage(storyPage, "/", { cookie: writer.cookie, ...onStory(story.id) });
    expect(writerView.body.comments[0]).toMatchObject({ body: "", removedReason: "Please keep it kind" });
    const otherView = await getPage(storyPage, "/", { cookie: reporter.cookie, ...onStory(story.id) });
    expect(otherView.body.comments[0]).toMatchObject({ body: "", removedReason: null });
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).commentCount).toBe(0);

    await postForm(
      moderationAction,
      "/moderation",
      { intent: "restoreComment", commentId: comment.id },
      { cookie: manager.cookie },
    );
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).removedAt).toBeNull();
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).commentCount).toBe(1);

    const other = await createTestStory(await createTestPerson());
    await postForm(
      reportAction,
      "/",
      { reason: "I just dislike it" },
      { cookie: reporter.cookie, ...onStory(other.id) },
    );
    await postForm(
      moderationAction,
      "/moderation",
      { intent: "dismiss", storyId: other.id },
      { cookie: manager.cookie },
    );
    expect(await db.report.findFirstOrThrow({ where: { storyId: other.id } })).toMatchObject({ status: "dismissed" });
    expect((await db.story.findUniqueOrThrow({ where: { id: other.id } })).hiddenAt).toBeNull();
  });
});

describe("the audit log", () => {
  it("is readable by admins only, newest first", async () => {
    for (const role of ["employee", "manager"] as const) {
      expect((await getPage(auditPage, "/admin/audit", { cookie: (await personWith(role)).cookie })).status).toBe(403);
    }
    const admin = await personWith("admin");
    const story = await createTestStory(admin);
    await postForm(
      storyAction,
      "/",
      { intent: "highlight", note: "Audit me" },
      { cookie: admin.cookie, ...onStory(story.id) },
    );
    const page = await getPage(auditPage, "/admin/audit", { cookie: admin.cookie });
    expect(page.body.entries[0]).toMatchObject({
      action: "story.highlight",
      details: "Audit me",
      actor: { name: admin.name },
    });
  });
});
