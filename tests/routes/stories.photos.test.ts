// Photos in stories through the pages: the composer without JavaScript (files posted with the form),
// edits that reorder and remove, reporting one photo and a manager hiding and restoring it.
import { describe, expect, it } from "vitest";
import { action as moderationAction, loader as moderationLoader } from "~/routes/moderation";
import { action as editAction, loader as editLoader } from "~/routes/stories.$id_.edit";
import { loader as storyLoader } from "~/routes/stories.$id";
import { action as reportAction, loader as reportLoader } from "~/routes/stories.$id_.report";
import { action as newAction } from "~/routes/stories.new";
import { db } from "~/utils/db.server";
import { signedInPerson } from "../collection-factories";
import { createTestStory, createTestValue, getPage, postForm } from "../factories";
import { setStoryPhotos } from "~/models/photos.server";
import {
  createTestStoryPhoto,
  createTestUpload,
  hostileUploads,
  postMultipart,
  testPhotoFile,
} from "../photo-factories";

async function composerFields(intent = "publish") {
  const value = await createTestValue();
  return {
    intent,
    title: "Wrapped the vase twice",
    body: "She carried it home on the bus.",
    language: "en",
    values: value.id,
  };
}

/** A published story of the author's with photos in this order, described so. */
async function storyWithPhotos(author: { id: string; teamId: string | null }, descriptions: string[]) {
  const story = await createTestStory(author);
  const photos: Awaited<ReturnType<typeof createTestUpload>>[] = [];
  for (const _ of descriptions) photos.push(await createTestUpload(author));
  const removeDropped = await db.$transaction((tx) =>
    setStoryPhotos(
      tx,
      story.id,
      photos.map((photo, index) => ({ id: photo.id, description: descriptions[index]! })),
    ),
  );
  await removeDropped();
  return { story, photos };
}

const uploadsOf = (ownerId: string) => db.photo.findMany({ where: { ownerId, storyId: null }, select: { id: true } });

describe("the composer without JavaScript", () => {
  it("takes photos posted with the form, asks for their descriptions, and publishes them in order", async () => {
    const person = await signedInPerson();
    const fields = await composerFields();
    const first = await postMultipart(
      newAction,
      "/stories/new",
      { ...fields, photos: [await testPhotoFile(), await testPhotoFile()] },
      { cookie: person.cookie },
    );
    // Published photos need descriptions: the page comes back with the two uploads to describe.
    expect(first.status).toBe(400);
    expect(first.body.fieldErrors.photos).toEqual(["photos.errors.descriptionRequired"]);
    expect(first.body.values.title).toBe("Wrapped the vase twice");
    const uploads = await uploadsOf(person.id);
    expect(uploads).toHaveLength(2);
    const ids = first.body.values.photoIds as string[];
    expect(new Set(ids)).toEqual(new Set(uploads.map((upload) => upload.id)));
    expect(first.body.photos.map((photo: { id: string }) => photo.id)).toEqual(ids);
    expect(first.body.photos[0].files[0].webp).toMatch(/^\/photos\//);

    const second = await postMultipart(
      newAction,
      "/stories/new",
      { ...fields, photoIds: ids, photoDescriptions: ["The vase in bubble wrap", "  Her bus ticket  "], photos: [] },
      { cookie: person.cookie },
    );
    expect(second.status).toBe(302);
    const story = await db.story.findFirstOrThrow({
      where: { authorId: person.id },
      select: { id: true, photos: { orderBy: { position: "asc" }, select: { id: true, description: true } } },
    });
    expect(second.headers.get("Location")).toBe(`/stories/${story.id}`);
    expect(story.photos).toEqual([
      { id: ids[0], description: "The vase in bubble wrap" },
      { id: ids[1], description: "Her bus ticket" },
    ]);
    expect(await uploadsOf(person.id)).toEqual([]);
  });

  it.each(["title", "photo"])(
    "keeps everything typed and the photos it took when the %s is refused",
    async (refused) => {
      const person = await signedInPerson();
      const [, renamedProgram] = (await hostileUploads())[1]!;
      const fields = { ...(await composerFields("draft")), title: refused === "title" ? "" : "Wrapped the vase" };
      const result = await postMultipart(
        newAction,
        "/stories/new",
        {
          ...fields,
          photos: refused === "photo" ? [await testPhotoFile(), renamedProgram as File] : [await testPhotoFile()],
        },
        { cookie: person.cookie },
      );
      expect(result.status).toBe(400);
      if (refused === "photo") expect(result.body.fieldErrors.photos).toEqual(["photos.errors.notAnImage"]);
      else expect(result.body.fieldErrors.title).toEqual(["errors.required"]);
      expect(result.body.values.body).toBe("She carried it home on the bus.");
      // The good photo is kept as an upload the page names again, so it is not chosen twice.
      const [upload] = await uploadsOf(person.id);
      expect(upload).toBeDefined();
      expect(result.body.values.photoIds).toBe(upload!.id);
      expect(result.body.values.photoDescriptions).toBe("");
      expect(result.body.photos.map((photo: { id: string }) => photo.id)).toEqual([upload!.id]);
      expect(await db.story.count({ where: { authorId: person.id } })).toBe(0);
    },
  );

  it("refuses a fifth photo and other people's uploads, storing nothing", async () => {
    const person = await signedInPerson();
    const other = await signedInPerson();
    const fields = await composerFields("draft");
    const kept = await Promise.all([1, 2, 3].map(() => createTestUpload(person)));
    const tooMany = await postMultipart(
      newAction,
      "/stories/new",
      {
        ...fields,
        photoIds: kept.map((photo) => photo.id),
        photoDescriptions: ["", "", ""],
        photos: [await testPhotoFile(), await testPhotoFile()],
      },
      { cookie: person.cookie },
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fieldErrors.photos).toEqual(["photos.errors.tooMany"]);
    expect(await uploadsOf(person.id)).toHaveLength(3);
    expect(tooMany.body.values.photoIds).toEqual(kept.map((photo) => photo.id));

    const theirs = await createTestUpload(other);
    const forged = await postMultipart(
      newAction,
      "/stories/new",
      { ...fields, photoIds: theirs.id, photoDescriptions: "Not mine" },
      { cookie: person.cookie },
    );
    expect(forged.status).toBe(400);
    expect(forged.body.fieldErrors.photos).toEqual(["errors.invalid"]);
    expect(forged.body.photos).toEqual([]);
    expect(await db.photo.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ storyId: null });
  });

  it("keeps a draft's photos, undescribed, and shows them when the draft is opened again", async () => {
    const person = await signedInPerson();
    const result = await postMultipart(
      newAction,
      "/stories/new",
      { ...(await composerFields("draft")), photos: [await testPhotoFile()] },
      { cookie: person.cookie },
    );
    expect(result.status).toBe(302);
    const story = await db.story.findFirstOrThrow({ where: { authorId: person.id }, select: { id: true } });
    const page = await getPage(editLoader, `/stories/${story.id}/edit`, {
      cookie: person.cookie,
      params: { id: story.id },
    });
    expect(page.body.photos).toHaveLength(1);
    expect(page.body.draft.photoIds).toEqual([page.body.photos[0].id]);
    expect(page.body.draft.photoDescriptions).toEqual([""]);
  });
});

describe("editing a story's photos", () => {
  it("reorders, takes off and adds photos, removing the one taken off", async () => {
    const author = await signedInPerson();
    const { story, photos } = await storyWithPhotos(author, ["The first", "The second"]);
    const [first, second] = photos as [(typeof photos)[number], (typeof photos)[number]];
    const page = await getPage(editLoader, `/stories/${story.id}/edit`, {
      cookie: author.cookie,
      params: { id: story.id },
    });
    expect(page.body.photos.map((photo: { id: string }) => photo.id)).toEqual([first.id, second.id]);
    expect(page.body.draft.photoDescriptions).toEqual(["The first", "The second"]);

    const fields = { ...(await composerFields()), values: (await createTestValue()).id };
    const result = await postMultipart(
      editAction,
      `/stories/${story.id}/edit`,
      {
        ...fields,
        photoIds: [second.id, first.id],
        photoDescriptions: ["The second, now first", "The first"],
        photoRemove: first.id,
        photos: await testPhotoFile(),
      },
      { cookie: author.cookie, params: { id: story.id } },
    );
    // The new photo has no description yet, so the update comes back for it, with the others in their new order.
    expect(result.status).toBe(400);
    const ids = result.body.values.photoIds as string[];
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(second.id);
    expect(result.body.values.photoDescriptions).toEqual(["The second, now first", ""]);
    const saved = await postMultipart(
      editAction,
      `/stories/${story.id}/edit`,
      { ...fields, photoIds: ids, photoDescriptions: ["The second, now first", "A new one"] },
      { cookie: author.cookie, params: { id: story.id } },
    );
    expect(saved.status).toBe(302);
    expect(
      await db.photo.findMany({
        where: { storyId: story.id },
        orderBy: { position: "asc" },
        select: { id: true, description: true },
      }),
    ).toEqual([
      { id: second.id, description: "The second, now first" },
      { id: ids[1], description: "A new one" },
    ]);
    expect(await db.photo.count({ where: { id: first.id } })).toBe(0);
  });

  it("takes off every photo when none is named", async () => {
    const author = await signedInPerson();
    const story = await createTestStory(author);
    await createTestStoryPhoto(story);
    const result = await postMultipart(editAction, `/stories/${story.id}/edit`, await composerFields(), {
      cookie: author.cookie,
      params: { id: story.id },
    });
    expect(result.status).toBe(302);
    expect(await db.photo.count({ where: { storyId: story.id } })).toBe(0);
  });
});

describe("reporting and hiding a photo", () => {
  it("reports one photo, which a manager hides (gone for everyone else) and restores", async () => {
    const author = await signedInPerson();
    const reader = await signedInPerson();
    const manager = await signedInPerson("manager");
    const story = await createTestStory(author);
    const photo = await createTestStoryPhoto(story, "A customer at the till");
    const where = { params: { id: story.id } };

    const form = await getPage(reportLoader, `/stories/${story.id}/report?photo=${photo.id}`, {
      cookie: reader.cookie,
      ...where,
    });
    expect(form.body.photo).toMatchObject({ id: photo.id, description: "A customer at the till" });
    const reported = await postForm(
      reportAction,
      `/stories/${story.id}/report`,
      { reason: "Her face can be recognised", photoId: photo.id },
      { cookie: reader.cookie, ...where },
    );
    expect(reported.status).toBe(302);
    expect(
      await db.report.findMany({
        where: { photoId: photo.id },
        select: { photoId: true, storyId: true, reason: true },
      }),
    ).toEqual([{ photoId: photo.id, storyId: null, reason: "Her face can be recognised" }]);

    const queue = await getPage(moderationLoader, "/moderation", { cookie: manager.cookie });
    expect(queue.body.groups).toMatchObject([
      {
        kind: "photo",
        storyId: story.id,
        photo: { id: photo.id },
        reports: [{ reason: "Her face can be recognised" }],
      },
    ]);
    expect(
      (
        await postForm(
          moderationAction,
          "/moderation",
          { intent: "hidePhoto", photoId: photo.id, reason: "Customer's face" },
          {
            cookie: reader.cookie,
          },
        )
      ).status,
    ).toBe(403);
    expect(await db.photo.findUniqueOrThrow({ where: { id: photo.id } })).toMatchObject({ hiddenAt: null });
    const hidden = await postForm(
      moderationAction,
      "/moderation",
      { intent: "hidePhoto", storyId: story.id, photoId: photo.id, reason: "Customer's face" },
      { cookie: manager.cookie },
    );
    expect(hidden.status).toBe(302);
    expect(await db.report.findFirstOrThrow({ where: { photoId: photo.id }, select: { status: true } })).toEqual({
      status: "hidden",
    });

    const photosFor = async (cookie: string) =>
      (await getPage(storyLoader, `/stories/${story.id}`, { cookie, ...where })).body.story.photos;
    expect(await photosFor(reader.cookie)).toEqual([]);
    expect(await photosFor(author.cookie)).toMatchObject([{ id: photo.id, isHidden: true }]);
    expect(await photosFor(manager.cookie)).toMatchObject([{ id: photo.id, isHidden: true }]);
    // A hidden photo cannot be reported again, and its report page is not found.
    expect(
      (
        await getPage(reportLoader, `/stories/${story.id}/report?photo=${photo.id}`, {
          cookie: reader.cookie,
          ...where,
        })
      ).status,
    ).toBe(404);
    const queueAfter = await getPage(moderationLoader, "/moderation", { cookie: manager.cookie });
    expect(queueAfter.body.hiddenPhotos).toMatchObject([{ id: photo.id, reason: "Customer's face" }]);

    const restored = await postForm(
      moderationAction,
      "/moderation",
      { intent: "unhidePhoto", photoId: photo.id },
      { cookie: manager.cookie },
    );
    expect(restored.status).toBe(302);
    expect(await photosFor(reader.cookie)).toMatchObject([{ id: photo.id, isHidden: false }]);
    expect(
      await db.auditLog.findMany({
        where: { targetId: photo.id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "photo.hide" }, { action: "photo.unhide" }]);
  });

  it("refuses a report of a photo of another story, and dismisses a photo's reports", async () => {
    const author = await signedInPerson();
    const reader = await signedInPerson();
    const manager = await signedInPerson("manager");
    const story = await createTestStory(author);
    const elsewhere = await createTestStoryPhoto(await createTestStory(author));
    const photo = await createTestStoryPhoto(story);
    const where = { params: { id: story.id } };
    expect(
      (
        await postForm(
          reportAction,
          `/stories/${story.id}/report`,
          { reason: "Wrong story", photoId: elsewhere.id },
          { cookie: reader.cookie, ...where },
        )
      ).status,
    ).toBe(404);
    await postForm(
      reportAction,
      `/stories/${story.id}/report`,
      { reason: "Blurry and odd", photoId: photo.id },
      { cookie: reader.cookie, ...where },
    );
    const dismissed = await postForm(
      moderationAction,
      "/moderation",
      { intent: "dismiss", storyId: story.id, photoId: photo.id },
      { cookie: manager.cookie },
    );
    expect(dismissed.status).toBe(302);
    expect(await db.report.findMany({ where: { photoId: photo.id }, select: { status: true } })).toEqual([
      { status: "dismissed" },
    ]);
    expect(await db.photo.findUniqueOrThrow({ where: { id: photo.id } })).toMatchObject({ hiddenAt: null });
  });
});
