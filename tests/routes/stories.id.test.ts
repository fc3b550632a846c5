import { describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { action, loader } from "~/routes/stories.$id";
import { db } from "~/utils/db.server";
import { createTestPerson, createTestStory, getPage, postForm, signedInCookie } from "../factories";

async function personWith(role: Role = "employee") {
  const person = await createTestPerson({ role });
  return { ...person, cookie: await signedInCookie(person.id) };
}

const at = (storyId: string) => ({ params: { id: storyId } });
const post = (storyId: string, cookie: string | undefined, fields: Record<string, string>) =>
  postForm(action, `/stories/${storyId}`, fields, { cookie, ...at(storyId) });

/** The counters on the row must always equal a recount. */
async function expectCountersMatch(storyId: string) {
  const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
  const reactions = await db.reaction.findMany({ where: { storyId } });
  expect(story.reactionCount).toBe(reactions.length);
  expect(story.reactorCount).toBe(new Set(reactions.map((reaction) => reaction.userId)).size);
  expect(story.commentCount).toBe(await db.comment.count({ where: { storyId, deletedAt: null, removedAt: null } }));
}

describe("/stories/:id page", () => {
  it("shows a published story to every role, with tags and people but nothing private", async () => {
    const author = await personWith();
    const named = await createTestPerson({ name: "Named Colleague" });
    const story = await createTestStory(author, { people: [named.id] });
    for (const role of ["employee", "manager", "admin"] as const) {
      const viewer = await personWith(role);
      const page = await getPage(loader, `/stories/${story.id}`, { cookie: viewer.cookie, ...at(story.id) });
      expect(page.status).toBe(200);
      expect(page.body.story).toMatchObject({ title: story.title, people: [{ name: "Named Colleague" }] });
      expect(JSON.stringify(page.body)).not.toMatch(/passwordHash|deletedAt/);
    }
  });

  it("sends anonymous visitors to sign-in", async () => {
    const story = await createTestStory(await createTestPerson());
    const page = await getPage(loader, `/stories/${story.id}`, at(story.id));
    expect(page.headers.get("Location")).toBe(`/login?redirectTo=%2Fstories%2F${story.id}`);
    const posted = await post(story.id, undefined, { intent: "react", kind: "applause", want: "yes" });
    expect(posted.status).toBe(302);
    expect(await db.reaction.count({ where: { storyId: story.id } })).toBe(0);
  });

  it("shows a draft only to its author, and a deleted story to nobody", async () => {
    const author = await personWith();
    const manager = await personWith("admin");
    const draft = await createTestStory(author, { status: "draft" });
    expect((await getPage(loader, "/", { cookie: author.cookie, ...at(draft.id) })).status).toBe(200);
    expect((await getPage(loader, "/", { cookie: manager.cookie, ...at(draft.id) })).status).toBe(404);
    const deleted = await createTestStory(author);
    await db.story.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect((await getPage(loader, "/", { cookie: author.cookie, ...at(deleted.id) })).status).toBe(410);
    expect((await getPage(loader, "/", { cookie: author.cookie, params: { id: "no-such-story" } })).status).toBe(404);
  });
});

describe("reactions", () => {
  it("lets every role give each kind once, toggles back, keeps counters and groups the author's notice", async () => {
    const author = await personWith();
    const story = await createTestStory(author);
    const reactors = await Promise.all((["employee", "manager", "admin"] as const).map((role) => personWith(role)));
    for (const reactor of reactors) {
      expect((await post(story.id, reactor.cookie, { intent: "react", kind: "applause", want: "yes" })).status).toBe(
        302,
      );
      // A double tap does not add a second one.
      await post(story.id, reactor.cookie, { intent: "react", kind: "applause", want: "yes" });
    }
    await post(story.id, reactors[0]!.cookie, { intent: "react", kind: "learned", want: "yes" });
    await expectCountersMatch(story.id);
    expect(await db.story.findUniqueOrThrow({ where: { id: story.id } })).toMatchObject({
      reactionCount: 4,
      reactorCount: 3,
    });

    const notices = await db.notification.findMany({ where: { userId: author.id, type: "reaction" } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.count).toBe(4);

    await post(story.id, reactors[0]!.cookie, { intent: "react", kind: "applause", want: "no" });
    await expectCountersMatch(story.id);
    const page = await getPage(loader, "/", { cookie: reactors[0]!.cookie, ...at(story.id) });
    expect(page.body.ownReactions).toEqual(["learned"]);
    expect(page.body.reactions).toEqual({ applause: 2, learned: 1 });
  });

  it("answers in place for JavaScript, and refuses unknown kinds and drafts", async () => {
    const reactor = await personWith();
    const story = await createTestStory(await createTestPerson());
    const inPlace = await post(story.id, reactor.cookie, {
      intent: "react",
      kind: "inspiring",
      want: "yes",
      inPlace: "1",
    });
    expect(inPlace).toMatchObject({ status: 200, body: { ok: true } });
    expect((await post(story.id, reactor.cookie, { intent: "react", kind: "love", want: "yes" })).status).toBe(400);
    const draft = await createTestStory(await createTestPerson(), { status: "draft" });
    expect((await post(draft.id, reactor.cookie, { intent: "react", kind: "applause", want: "yes" })).status).toBe(404);
  });

  it("sends a reaction from a card back to the same list, filters and place, at that card", async () => {
    const reactor = await personWith();
    const story = await createTestStory(await createTestPerson());
    const react = (returnTo: string, want = "yes") =>
      post(story.id, reactor.cookie, { intent: "react", kind: "applause", want, returnTo });
    const fromFeed = await react("/?tab=new&value=kind&cursor=d~2026-12-01T10%3A00%3A00.000Z~abc#elsewhere");
    expect(fromFeed.status).toBe(302);
    expect(fromFeed.headers.get("Location")).toBe(
      `/?tab=new&value=kind&cursor=d~2026-12-01T10%3A00%3A00.000Z~abc#story-${story.id}`,
    );
    expect(await db.reaction.count({ where: { storyId: story.id, userId: reactor.id } })).toBe(1);
    const fromValuePage = await react("/values/kind?tab=highlights", "no");
    expect(fromValuePage.headers.get("Location")).toBe(`/values/kind?tab=highlights#story-${story.id}`);
    expect(await db.reaction.count({ where: { storyId: story.id } })).toBe(0);
    await expectCountersMatch(story.id);
  });

  it("ignores a return target off this site and goes back to the story instead", async () => {
    const reactor = await personWith();
    const story = await createTestStory(await createTestPerson());
    for (const returnTo of [
      "https://evil.example/phish",
      "//evil.example/phish",
      "/\\evil.example",
      "javascript:alert(1)",
      "feed",
      "",
    ]) {
      const result = await post(story.id, reactor.cookie, { intent: "react", kind: "learned", want: "yes", returnTo });
      expect(result.status, returnTo).toBe(302);
      expect(result.headers.get("Location"), returnTo).toBe(`/stories/${story.id}#reactions`);
    }
    expect(await db.reaction.count({ where: { storyId: story.id, userId: reactor.id } })).toBe(1);
  });

  it("does not notify authors about their own reactions", async () => {
    const author = await personWith();
    const story = await createTestStory(author);
    await post(story.id, author.cookie, { intent: "react", kind: "applause", want: "yes" });
    expect(await db.notification.count({ where: { userId: author.id } })).toBe(0);
  });
});

describe("comments", () => {
  it("lets every role comment; the author is told; an empty comment keeps nothing and says why", async () => {
    const author = await personWith();
    const story = await createTestStory(author);
    for (const role of ["employee", "manager", "admin"] as const) {
      const commenter = await personWith(role);
      const result = await post(story.id, commenter.cookie, { intent: "comment", body: `Well done, from a ${role}` });
      expect(result.status).toBe(302);
      expect(result.headers.get("Location")).toMatch(new RegExp(`^/stories/${story.id}#comment-`));
    }
    const empty = await post(story.id, (await personWith()).cookie, { intent: "comment", body: "   " });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ intent: "comment", fieldErrors: { body: ["errors.required"] } });
    const long = await post(story.id, (await personWith()).cookie, { intent: "comment", body: "y".repeat(2001) });
    expect(long.body).toMatchObject({
      fieldErrors: { body: ["errors.tooLong#2000"] },
      values: { body: "y".repeat(2001) },
    });
    expect(await db.notification.count({ where: { userId: author.id, type: "comment" } })).toBe(3);
    await expectCountersMatch(story.id);
  });

  it("lets only the comment's author edit or delete it", async () => {
    const story = await createTestStory(await createTestPerson());
    const writer = await personWith();
    await post(story.id, writer.cookie, { intent: "comment", body: "First thought" });
    const comment = await db.comment.findFirstOrThrow({ where: { storyId: story.id, authorId: writer.id } });
    const edit = { intent: "editComment", commentId: comment.id, body: "Second thought" };

    for (const role of ["employee", "manager", "admin"] as const) {
      const other = await personWith(role);
      expect((await post(story.id, other.cookie, edit)).status).toBe(403);
      expect((await post(story.id, other.cookie, { intent: "deleteComment", commentId: comment.id })).status).toBe(403);
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe("First thought");

    const badEdit = await post(story.id, writer.cookie, { ...edit, body: "" });
    expect(badEdit.body).toMatchObject({
      intent: "editComment",
      values: { commentId: comment.id },
      fieldErrors: { body: ["errors.required"] },
    });
    await post(story.id, writer.cookie, edit);
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      body: "Second thought",
      editedAt: expect.any(Date),
    });
    await post(story.id, writer.cookie, { intent: "deleteComment", commentId: comment.id });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).deletedAt).toBeInstanceOf(Date);
    const page = await getPage(loader, "/", { cookie: writer.cookie, ...at(story.id) });
    expect(page.body.comments).toEqual([]);
    await expectCountersMatch(story.id);
  });

  it("lets a manager or admin remove any comment, leaving a trace without the text, and audits it", async () => {
    const story = await createTestStory(await createTestPerson());
    const writer = await personWith();
    const employee = await personWith();
    for (const role of ["manager", "admin"] as const) {
      await post(story.id, writer.cookie, { intent: "comment", body: `Rude remark for a ${role}` });
      const comment = await db.comment.findFirstOrThrow({
        where: { storyId: story.id, removedAt: null, deletedAt: null },
      });
      expect((await post(story.id, employee.cookie, { intent: "removeComment", commentId: comment.id })).status).toBe(
        403,
      );
      const moderator = await personWith(role);
      expect((await post(story.id, moderator.cookie, { intent: "removeComment", commentId: comment.id })).status).toBe(
        302,
      );
      expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
        removedById: moderator.id,
      });
      expect(
        await db.auditLog.count({ where: { actorId: moderator.id, action: "comment.remove", targetId: comment.id } }),
      ).toBe(1);
    }
    const page = await getPage(loader, "/", { cookie: employee.cookie, ...at(story.id) });
    expect(page.body.comments).toHaveLength(2);
    expect(
      page.body.comments.every(
        (comment: { body: string; removedAt: unknown }) => comment.body === "" && comment.removedAt,
      ),
    ).toBe(true);
    await expectCountersMatch(story.id);
  });

  it("refuses a comment id from another story", async () => {
    const writer = await personWith();
    const first = await createTestStory(await createTestPerson());
    const second = await createTestStory(await createTestPerson());
    await post(first.id, writer.cookie, { intent: "comment", body: "On the first" });
    const comment = await db.comment.findFirstOrThrow({ where: { storyId: first.id } });
    expect((await post(second.id, writer.cookie, { intent: "deleteComment", commentId: comment.id })).status).toBe(404);
  });
});

describe("deleting a story and removing one's name", () => {
  it("lets only the author delete; nobody else, whatever their role", async () => {
    const author = await personWith();
    const story = await createTestStory(author);
    for (const role of ["employee", "manager", "admin"] as const) {
      expect((await post(story.id, (await personWith(role)).cookie, { intent: "deleteStory" })).status).toBe(404);
    }
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).deletedAt).toBeNull();
    const result = await post(story.id, author.cookie, { intent: "deleteStory" });
    expect(result.headers.get("Location")).toBe("/stories/mine");
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).deletedAt).toBeInstanceOf(Date);
  });

  it("lets a named colleague remove their name in one step, and their notice goes too", async () => {
    const named = await personWith();
    const other = await personWith();
    const author = await createTestPerson();
    const story = await createTestStory(author, { people: [named.id, other.id] });
    await db.notification.create({
      data: { userId: named.id, actorId: author.id, storyId: story.id, type: "mention" },
    });
    expect((await post(story.id, (await personWith("manager")).cookie, { intent: "removeMyName" })).status).toBe(404);
    const result = await post(story.id, named.cookie, { intent: "removeMyName" });
    expect(result.status).toBe(302);
    expect(await db.storyPerson.findMany({ where: { storyId: story.id }, select: { userId: true } })).toEqual([
      { userId: other.id },
    ]);
    expect(await db.notification.count({ where: { userId: named.id } })).toBe(0);
  });
});

describe("saying thank you", () => {
  it("lets a named colleague thank the author once: the author is told once, and the page says Thanked", async () => {
    const author = await personWith();
    const named = await personWith();
    const story = await createTestStory(author, { people: [named.id] });
    const before = await getPage(loader, `/stories/${story.id}`, { cookie: named.cookie, ...at(story.id) });
    expect(before.body.hasThanked).toBe(false);

    const result = await post(story.id, named.cookie, { intent: "thank" });
    expect(result.status).toBe(302);
    expect(await db.storyThanks.count({ where: { storyId: story.id, userId: named.id } })).toBe(1);
    const notices = await db.notification.findMany({ where: { userId: author.id, type: "thanks" } });
    expect(notices).toMatchObject([{ actorId: named.id, storyId: story.id }]);
    const after = await getPage(loader, `/stories/${story.id}`, { cookie: named.cookie, ...at(story.id) });
    expect(after.body.hasThanked).toBe(true);

    expect((await post(story.id, named.cookie, { intent: "thank" })).status).toBe(302);
    expect(await db.storyThanks.count({ where: { storyId: story.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: author.id, type: "thanks" } })).toBe(1);
  });

  it("lets only the people the story names thank, on a story everyone may see", async () => {
    const author = await personWith();
    const named = await personWith();
    const story = await createTestStory(author, { people: [named.id] });
    for (const someone of [author, await personWith(), await personWith("manager"), await personWith("admin")]) {
      expect((await post(story.id, someone.cookie, { intent: "thank" })).status).toBe(403);
    }
    const draft = await createTestStory(author, { people: [named.id], status: "draft" });
    expect((await post(draft.id, named.cookie, { intent: "thank" })).status).toBe(404);
    expect((await post("no-such-story", named.cookie, { intent: "thank" })).status).toBe(404);
    // Once they removed their name, they are no longer named.
    await post(story.id, named.cookie, { intent: "removeMyName" });
    expect((await post(story.id, named.cookie, { intent: "thank" })).status).toBe(403);
    expect(await db.storyThanks.count({ where: { storyId: { in: [story.id, draft.id] } } })).toBe(0);
    expect(await db.notification.count({ where: { userId: author.id, type: "thanks" } })).toBe(0);
  });

  it("shows the credited people with their faces and the way to their page", async () => {
    const author = await personWith();
    const named = await createTestPerson({ name: "Face Person" });
    const gone = await createTestPerson({ name: "Gone Person" });
    await db.user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    const story = await createTestStory(author, { people: [named.id, gone.id] });
    const page = await getPage(loader, `/stories/${story.id}`, { cookie: author.cookie, ...at(story.id) });
    expect(page.body.story.people).toEqual([
      { id: named.id, name: "Face Person", username: named.username, team: null, avatar: null, hasPage: true },
      { id: gone.id, name: "Gone Person", username: gone.username, team: null, avatar: null, hasPage: false },
    ]);
  });
});
