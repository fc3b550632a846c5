import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "~/utils/db.server";
import { toPhotoView } from "~/models/photos.server";
import { backupDatabase, backupUploads } from "../../scripts/backup";
import { createTestPerson, createTestStory } from "../factories";
import { createTestStoryPhoto } from "../photo-factories";

const target = join(process.cwd(), "tests/.tmp", `backup-${process.pid}-${Date.now()}.db`);
afterAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(target + suffix, { force: true });
  rmSync(`${target}.uploads`, { recursive: true, force: true });
});

describe("npm run db:backup", () => {
  it("copies the live database while it is being written, and the copy restores with every committed row", async () => {
    const author = await createTestPerson();
    for (let index = 0; index < 20; index++) await createTestStory(author, { title: `Before backup ${index}` });
    // The app's own connection is in the middle of a write transaction while the copy is taken.
    const result = await db.$transaction(async (tx) => {
      await tx.story.updateMany({ data: { title: "Uncommitted change" } });
      return backupDatabase(process.env.DATABASE_URL!, target);
    });
    await createTestStory(author, { title: "After backup" });
    expect(result.stories).toBeGreaterThanOrEqual(20);

    // Restoring is pointing the app at the copy.
    const restored = createPrismaClient(`file:${target}`);
    try {
      const titles = (await restored.story.findMany({ select: { title: true } })).map((story) => story.title);
      for (let index = 0; index < 20; index++) expect(titles).toContain(`Before backup ${index}`);
      expect(titles).not.toContain("Uncommitted change");
      expect(titles).not.toContain("After backup");
      expect(await restored.user.findUnique({ where: { id: author.id } })).not.toBeNull();
    } finally {
      await restored.$disconnect();
    }
    expect(await db.story.count()).toBe(result.stories + 1);
  });

  it("copies the photos beside the database, so a restored story still has its pictures", async () => {
    const author = await createTestPerson();
    const story = await createTestStory(author, { title: "With a photo" });
    const photo = toPhotoView(await createTestStoryPhoto(story));
    const uploads = backupUploads(process.env.UPLOADS_DIR!, target);
    expect(uploads).toBe(`${target}.uploads`);
    for (const file of photo.files) {
      for (const url of [file.webp, file.jpeg]) {
        const [, , id, name] = url.split("/");
        expect(existsSync(join(uploads!, "photos", id!, name!)), url).toBe(true);
      }
    }
  });
});
