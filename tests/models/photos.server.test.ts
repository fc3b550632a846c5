import { subDays, subHours } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  checkStoryPhotos,
  getPhotoFile,
  getUploads,
  hidePhoto,
  purgePhotos,
  removeAvatar,
  setAvatar,
  setStoryPhotos,
  storeUploads,
  toPhotoView,
} from "~/models/photos.server";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/domain-error.server";
import { storage } from "~/utils/storage.server";
import { createTestPerson, createTestStory } from "../factories";
import { createTestStoryPhoto, createTestUpload, testPhotoFile } from "../photo-factories";

const problem = (error: unknown) => (error instanceof DomainError ? [error.problem, error.messages] : error);
const fileOf = (photo: Parameters<typeof toPhotoView>[0]) => toPhotoView(photo).files.at(-1)!.jpeg.split("/").pop()!;

describe("storing photos", () => {
  it("stores every size in both formats under fingerprinted names, and lists them for srcset", async () => {
    const owner = await createTestPerson();
    const [photo] = await storeUploads(owner, [await testPhotoFile({ width: 2000, height: 1000 })], {
      field: "photos",
    });
    const view = toPhotoView(photo!);
    expect(view.files.map((file) => `${file.width}×${file.height}`)).toEqual(["480×240", "960×480", "1600×800"]);
    expect(view.files[0]!.webp).toMatch(/^\/photos\/\w+\/[0-9a-f]{12}-480\.webp$/);
    expect(view.files[2]!.jpeg).toMatch(/-1600\.jpeg$/);
    expect(view).toMatchObject({ width: 1600, height: 800 });
    expect(await storage.list(`photos/${photo!.id}/`)).toHaveLength(6);
  });

  it("refuses them all when one is not a photo, and more than four, keeping nothing", async () => {
    const owner = await createTestPerson();
    const program = new File([Buffer.from("\x7fELF\x02\x01\x01\x00")], "holiday.jpg", { type: "image/jpeg" });
    const refused = await storeUploads(owner, [await testPhotoFile(), program], { field: "photos" }).catch(problem);
    expect(refused).toEqual(["invalid", { fieldErrors: { photos: ["photos.errors.notAnImage"] } }]);
    const five = await Promise.all([1, 2, 3, 4, 5].map(() => testPhotoFile()));
    expect(await storeUploads(owner, five, { field: "photos" }).catch(problem)).toEqual([
      "invalid",
      { fieldErrors: { photos: ["photos.errors.tooMany"] } },
    ]);
    expect(await db.photo.count({ where: { ownerId: owner.id } })).toBe(0);
    // A file input left empty sends a nameless, empty part: that is no photo, not a broken one.
    expect(await storeUploads(owner, [new File([], "")], { field: "photos" })).toEqual([]);
  });
});

describe("a story's photos", () => {
  it("takes only the author's own uploads and the story's photos, and on publish a description for each", async () => {
    const author = await createTestPerson();
    const other = await createTestPerson();
    const mine = await createTestUpload(author);
    const theirs = await createTestUpload(other);
    const check = (photoIds: string[], photoDescriptions: string[], isPublishing = true) =>
      checkStoryPhotos(author, { photoIds, photoDescriptions }, { isPublishing }).catch(problem);
    expect(await check([mine.id], ["The rug"])).toEqual([{ id: mine.id, description: "The rug" }]);
    expect(await check([theirs.id], ["Not mine"])).toEqual([
      "invalid",
      { fieldErrors: { photos: ["errors.invalid"] } },
    ]);
    expect(await check([mine.id, mine.id], ["a", "b"])).toEqual([
      "invalid",
      { fieldErrors: { photos: ["errors.invalid"] } },
    ]);
    expect(await check([mine.id], [""])).toEqual([
      "invalid",
      { fieldErrors: { photos: ["photos.errors.descriptionRequired"] } },
    ]);
    expect(await check([mine.id], [""], false)).toEqual([{ id: mine.id, description: "" }]);
  });

  it("becomes exactly the photos given, in their order; a photo left out loses its files", async () => {
    const author = await createTestPerson();
    const story = await createTestStory(author);
    const [first, second] = [await createTestUpload(author), await createTestUpload(author)];
    const set = async (photos: { id: string; description: string }[]) => {
      const removeDropped = await db.$transaction((tx) => setStoryPhotos(tx, story.id, photos));
      await removeDropped();
    };
    await set([
      { id: second.id, description: "After" },
      { id: first.id, description: "Before" },
    ]);
    const onStory = () => db.photo.findMany({ where: { storyId: story.id }, orderBy: { position: "asc" } });
    expect((await onStory()).map((photo) => [photo.id, photo.description])).toEqual([
      [second.id, "After"],
      [first.id, "Before"],
    ]);
    await set([{ id: first.id, description: "Before" }]);
    expect((await onStory()).map((photo) => photo.id)).toEqual([first.id]);
    expect(await storage.list(`photos/${second.id}/`)).toEqual([]);
    // 640 wide: 480 and 640, each in WebP and JPEG.
    expect(await storage.list(`photos/${first.id}/`)).toHaveLength(4);
  });
});

describe("who sees a photo", () => {
  it("follows its story: everyone while visible; author and managers once hidden; nobody once deleted", async () => {
    const author = await createTestPerson();
    const colleague = await createTestPerson();
    const manager = await createTestPerson({ role: "manager" });
    const story = await createTestStory(author);
    const photo = await createTestStoryPhoto(story);
    const file = fileOf(photo);
    const sees = async (viewer: { id: string; role: "employee" | "manager" | "admin" }) =>
      getPhotoFile(photo.id, file, viewer).then(
        () => true,
        (error) => (error instanceof DomainError && error.problem === "notFound" ? false : Promise.reject(error)),
      );
    expect([await sees(author), await sees(colleague), await sees(manager)]).toEqual([true, true, true]);

    await hidePhoto(photo.id, manager, "A customer's face");
    expect([await sees(author), await sees(colleague), await sees(manager)]).toEqual([true, false, true]);
    await db.photo.update({ where: { id: photo.id }, data: { hiddenAt: null } });

    await db.story.update({ where: { id: story.id }, data: { hiddenAt: new Date() } });
    expect([await sees(author), await sees(colleague), await sees(manager)]).toEqual([true, false, true]);
    await db.story.update({ where: { id: story.id }, data: { hiddenAt: null, deletedAt: new Date() } });
    expect([await sees(author), await sees(colleague), await sees(manager)]).toEqual([false, false, false]);
  });

  it("shows an upload not yet posted to its owner only, a face to everyone, and only the photo's own file names", async () => {
    const owner = await createTestPerson();
    const colleague = await createTestPerson();
    const upload = await createTestUpload(owner);
    await expect(getPhotoFile(upload.id, fileOf(upload), owner)).resolves.toMatchObject({ contentType: "image/jpeg" });
    await expect(getPhotoFile(upload.id, fileOf(upload), colleague)).rejects.toMatchObject({ status: 404 });
    await expect(getPhotoFile(upload.id, "../../etc/passwd", owner)).rejects.toMatchObject({ status: 404 });
    await expect(
      getPhotoFile(upload.id, fileOf(upload).replace(/^\w{12}/, "000000000000"), owner),
    ).rejects.toMatchObject({
      status: 404,
    });

    await setAvatar(owner, await testPhotoFile());
    const face = await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { avatar: true } });
    const faceFile = fileOf(face.avatar!);
    await expect(getPhotoFile(face.avatar!.id, faceFile, colleague)).resolves.toMatchObject({
      contentType: "image/jpeg",
    });
    await removeAvatar(owner);
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { avatarId: true } })).toEqual({
      avatarId: null,
    });
    expect(await storage.list(`avatars/${face.avatar!.id}/`)).toEqual([]);
  });

  it("gives back a refused composer's uploads to their owner only", async () => {
    const owner = await createTestPerson();
    const upload = await createTestUpload(owner);
    expect((await getUploads(owner.id, [upload.id])).map((photo) => photo.id)).toEqual([upload.id]);
    expect(await getUploads((await createTestPerson()).id, [upload.id])).toEqual([]);
  });
});

describe("purging photos", () => {
  it("removes uploads never posted after a day, and the photos of stories deleted beyond the restore window", async () => {
    const author = await createTestPerson();
    const now = new Date();
    const stale = await createTestUpload(author);
    await db.photo.update({ where: { id: stale.id }, data: { createdAt: subHours(now, 25) } });
    const fresh = await createTestUpload(author);
    const gone = await createTestStory(author);
    const restorable = await createTestStory(author);
    const gonePhoto = await createTestStoryPhoto(gone);
    const restorablePhoto = await createTestStoryPhoto(restorable);
    await db.story.update({ where: { id: gone.id }, data: { deletedAt: subDays(now, 31) } });
    await db.story.update({ where: { id: restorable.id }, data: { deletedAt: subDays(now, 29) } });

    expect(await purgePhotos({ restoreDays: 30, now })).toEqual({ abandoned: 1, ofDeletedStories: 1 });
    const mine = [stale.id, fresh.id, gonePhoto.id, restorablePhoto.id];
    const left = (await db.photo.findMany({ where: { id: { in: mine } }, select: { id: true } })).map(
      (photo) => photo.id,
    );
    expect(left.sort()).toEqual([fresh.id, restorablePhoto.id].sort());
    expect(await storage.list(`photos/${stale.id}/`)).toEqual([]);
    expect(await storage.list(`photos/${gonePhoto.id}/`)).toEqual([]);
  });
});
