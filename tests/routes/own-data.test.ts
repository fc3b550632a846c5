import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { setAvatar } from "~/models/photos.server";
import { findMatchingStoryIds, searchTerms } from "~/models/search.server";
import { action as deleteAction, loader as deletePage } from "~/routes/profile_.delete";
import { loader as exportData } from "~/routes/profile_.export";
import { action as storyAction } from "~/routes/stories.$id";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { storage } from "~/utils/storage.server";
import {
  createTestPerson,
  createTestStory,
  getPage,
  getRequest,
  postForm,
  signedInCookie,
  TEST_PASSWORD,
  testContext,
} from "../factories";
import { createTestStoryPhoto, createTestUpload, testPhotoFile } from "../photo-factories";

/** The download as the browser gets it: the response, and the files in its zip. */
async function download(cookie: string) {
  const response = (await exportData({
    request: getRequest("/profile/export", { cookie }),
    params: {},
    context: testContext,
  })) as Response;
  return { response, files: unzipSync(new Uint8Array(await response.arrayBuffer())) };
}

describe("downloading one's own data", () => {
  it("contains the person's stories, comments, reactions and progress, and nobody else's words", async () => {
    const person = await createTestPerson({ name: "Ria Exporter" });
    const cookie = await signedInCookie(person.id);
    const other = await createTestPerson({ name: "Otto Other" });
    const own = await createTestStory(person, { title: "My own moment", body: "Told by me" });
    const theirs = await createTestStory(other, { title: "Their secret title", body: "Their private words" });
    await db.comment.create({ data: { storyId: theirs.id, authorId: person.id, body: "My comment on theirs" } });
    await db.comment.create({ data: { storyId: own.id, authorId: other.id, body: "Otto's comment on mine" } });
    await postForm(
      storyAction,
      "/",
      { intent: "react", kind: "learned", want: "yes" },
      { cookie, params: { id: theirs.id } },
    );
    await db.storyRead.create({ data: { userId: person.id, storyId: theirs.id } });

    const { response, files } = await download(cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toContain(`brandworthy-${person.username}.zip`);
    const exported = JSON.parse(strFromU8(files["data.json"]!));
    expect(exported.profile).toMatchObject({ name: "Ria Exporter", username: person.username });
    expect(exported.stories.map((story: { title: string }) => story.title)).toEqual(["My own moment"]);
    expect(exported.comments.map((comment: { body: string }) => comment.body)).toEqual(["My comment on theirs"]);
    // A column added to comments is exported only once someone decides it is the person's to take.
    expect(Object.keys(exported.comments[0]).sort()).toEqual([
      "body",
      "createdAt",
      "deletedAt",
      "editedAt",
      "id",
      "removedAt",
      "removedReason",
      "storyId",
    ]);
    expect(exported.reactions).toMatchObject([{ storyId: theirs.id, kind: "learned" }]);
    expect(exported.readingProgress).toMatchObject([{ storyId: theirs.id }]);
    const text = JSON.stringify(exported);
    for (const foreign of ["Otto", "Their secret title", "Their private words", "passwordHash", "argon2"])
      expect(text).not.toContain(foreign);
  });

  it("carries their photos, their face too, each listed in the data with what it shows, and nobody else's", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    await setAvatar(person, await testPhotoFile());
    const story = await createTestStory(person);
    const storyPhoto = await createTestStoryPhoto(story, "The sofa in the van");
    await createTestStoryPhoto(await createTestStory(await createTestPerson()), "Someone else's photo");

    const { files } = await download(cookie);
    const data = JSON.parse(strFromU8(files["data.json"]!));
    expect(data.photos).toHaveLength(2);
    expect(data.photos).toContainEqual({
      file: `photos/story-${storyPhoto.id}.jpg`,
      purpose: "story",
      storyId: story.id,
      description: "The sofa in the van",
    });
    expect(data.photos.map((photo: { purpose: string }) => photo.purpose).sort()).toEqual(["avatar", "story"]);
    for (const photo of data.photos as { file: string }[]) {
      // A JPEG starts with FF D8.
      expect([...files[photo.file]!.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    }
    expect(Object.keys(files).sort()).toEqual(
      ["data.json", ...data.photos.map((photo: { file: string }) => photo.file)].sort(),
    );
    expect(JSON.stringify(data)).not.toContain("Someone else's photo");
  });

  it("is only for the signed-in person", async () => {
    expect((await getPage(exportData, "/profile/export")).status).toBe(302);
    expect((await getPage(deletePage, "/profile/delete")).status).toBe(302);
  });
});

describe("deleting one's account", () => {
  it("keeps the stories without the name when asked, removes mentions, reactions and sessions, and leaves no trace of the name", async () => {
    const person = await createTestPerson({ name: "Quentin Leaver" });
    const cookie = await signedInCookie(person.id);
    const colleague = await createTestPerson();
    const kept = await createTestStory(person, { title: "Worth keeping" });
    const naming = await createTestStory(colleague, { title: "Naming a leaver", people: [person.id] });
    await postForm(
      storyAction,
      "/",
      { intent: "react", kind: "applause", want: "yes" },
      { cookie, params: { id: naming.id } },
    );
    await db.comment.create({ data: { storyId: naming.id, authorId: person.id, body: "Thanks all" } });
    expect(await findMatchingStoryIds(searchTerms("quentin"))).toEqual([naming.id]);

    const wrong = await postForm(
      deleteAction,
      "/profile/delete",
      { stories: "keep", password: "not mine at all" },
      { cookie },
    );
    expect(wrong).toMatchObject({
      status: 400,
      body: { fieldErrors: { password: ["profile.wrongPassword"] }, values: { stories: "keep" } },
    });
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);

    const done = await postForm(
      deleteAction,
      "/profile/delete",
      { stories: "keep", password: TEST_PASSWORD },
      { cookie },
    );
    expect(done.headers.get("Location")).toBe("/login");
    expect(await db.user.count({ where: { id: person.id } })).toBe(0);
    expect(await getUser(getRequest("/", { cookie }))).toBeNull();
    expect(await db.story.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      authorId: null,
      title: "Worth keeping",
    });
    expect(await db.storyPerson.count({ where: { storyId: naming.id } })).toBe(0);
    expect(await db.story.findUniqueOrThrow({ where: { id: naming.id } })).toMatchObject({
      reactionCount: 0,
      reactorCount: 0,
    });
    expect(await db.comment.findFirstOrThrow({ where: { storyId: naming.id } })).toMatchObject({
      authorId: null,
      body: "Thanks all",
    });
    expect(await findMatchingStoryIds(searchTerms("quentin"))).toEqual([]);
    const everything = JSON.stringify([
      await db.story.findMany(),
      await db.comment.findMany(),
      await db.notification.findMany(),
      await db.auditLog.findMany(),
    ]);
    expect(everything).not.toContain("Quentin");
  });

  it("deletes the stories too when asked", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const story = await createTestStory(person, { title: "Zyxwv gone with me" });
    await postForm(deleteAction, "/profile/delete", { stories: "delete", password: TEST_PASSWORD }, { cookie });
    expect(await db.story.count({ where: { id: story.id } })).toBe(0);
    expect(await findMatchingStoryIds(searchTerms("zyxwv"))).toEqual([]);
  });

  it.each(["keep", "delete"] as const)(
    "takes their face and unposted uploads with it, files and all, and the photos of their stories unless kept (%s)",
    async (stories) => {
      const person = await createTestPerson();
      const cookie = await signedInCookie(person.id);
      await setAvatar(person, await testPhotoFile());
      const face = (await db.user.findUniqueOrThrow({ where: { id: person.id } })).avatarId!;
      const upload = await createTestUpload(person);
      const storyPhoto = await createTestStoryPhoto(await createTestStory(person));
      const filesOf = (photo: { id: string; purpose: string }) =>
        storage.list(`${photo.purpose === "avatar" ? "avatars" : "photos"}/${photo.id}/`);
      await postForm(deleteAction, "/profile/delete", { stories, password: TEST_PASSWORD }, { cookie });
      expect(await db.photo.count({ where: { id: { in: [face, upload.id] } } })).toBe(0);
      expect(await filesOf({ id: face, purpose: "avatar" })).toEqual([]);
      expect(await filesOf(upload)).toEqual([]);
      expect(await db.photo.count({ where: { id: storyPhoto.id } })).toBe(stories === "keep" ? 1 : 0);
      expect((await filesOf(storyPhoto)).length > 0).toBe(stories === "keep");
    },
  );

  it("asks what to do with the stories", async () => {
    const person = await createTestPerson();
    const cookie = await signedInCookie(person.id);
    const result = await postForm(deleteAction, "/profile/delete", { password: TEST_PASSWORD }, { cookie });
    expect(result.body.fieldErrors.stories).toBeDefined();
    expect(await db.user.count({ where: { id: person.id } })).toBe(1);
  });
});
