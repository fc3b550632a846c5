// The benchmark organisation's pictures, so the pages are measured as people see them: the most
// reacted stories (the ones the Best feed, the story page and the collection show) get photos of
// the moment and every fourth person a face. Added once to a kept database, like the collection.
import { rmSync } from "node:fs";
import { drawFace, drawScene, saveFace, saveScenePhoto, sceneKinds } from "../prisma/scenes";
import { benchUploads } from "./harness";

const STORIES_WITH_PHOTOS = 300;
const FACE_EVERY = 4;

/** Adds the photos unless the database has them; says how many stories and faces got one (none when kept). */
export async function ensureBenchPhotos() {
  // The app's modules read DATABASE_URL when loaded, which the caller has pointed at the bench database.
  const { db } = await import("../app/utils/db.server");
  const { processImage } = await import("../app/utils/images.server");
  const { LocalStorage } = await import("../app/utils/storage.server");
  if ((await db.photo.count()) > 0) return { stories: 0, faces: 0 };
  // A database made again starts without photos: files of the one before would only take space.
  rmSync(benchUploads, { recursive: true, force: true });
  const target = { client: db, files: new LocalStorage(benchUploads) };
  // Drawing and processing is the slow part: a few pictures, each saved for many stories.
  const scenes = await Promise.all(
    sceneKinds.map(async (kind, index) => ({ kind, image: await processImage(await drawScene(kind, index), "story") })),
  );
  const faces = await Promise.all(
    Array.from({ length: 6 }, async (_, index) => processImage(await drawFace(index), "avatar")),
  );
  const stories = await db.story.findMany({
    where: { status: "published", deletedAt: null, hiddenAt: null },
    orderBy: { reactionCount: "desc" },
    take: STORIES_WITH_PHOTOS,
    select: { id: true, authorId: true, language: true },
  });
  for (const [index, story] of stories.entries()) {
    // Most have one photo, every third a second: the gallery and the card both have something to show.
    const count = index % 3 === 0 ? 2 : 1;
    for (let position = 0; position < count; position++) {
      const { kind, image } = scenes[(index + position) % scenes.length]!;
      await saveScenePhoto(image, kind, story, position, target);
    }
  }
  const people = await db.user.findMany({ orderBy: { username: "asc" }, select: { id: true } });
  let faceCount = 0;
  for (const [index, person] of people.entries()) {
    if (index % FACE_EVERY !== 0) continue;
    await saveFace(faces[index % faces.length]!, person.id, target);
    faceCount++;
  }
  await db.$disconnect();
  return { stories: stories.length, faces: faceCount };
}
