// Photos of a story's moment and people's faces: stored through the image pipeline, attached to a
// story in order with a description each, served only to people who may see what they belong to,
// hidden by moderation, and removed with what they belong to. See docs/decisions/0013-photos.md.
import { randomBytes } from "node:crypto";
import { subDays, subHours } from "date-fns";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { PhotoPurpose } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { forbidden, invalid, notFound } from "~/utils/domain-error.server";
import type { ImageVariant, ProcessedImage } from "~/utils/images.server";
import { PhotoRefused, processImage } from "~/utils/images.server";
import { paths } from "~/utils/paths";
import type { RoleName } from "~/utils/roles";
import { hasRole } from "~/utils/roles";
import type { FileStorage } from "~/utils/storage.server";
import { storage } from "~/utils/storage.server";
import { writeAudit } from "./audit.server";
import { unhide } from "./hiding.server";
import { canOpenStory } from "./visibility.server";

/** A story carries one to four photos of the moment. */
export const MAX_STORY_PHOTOS = 4;
export const PHOTO_DESCRIPTION_MAX = 200;
/** Uploads not posted with a story within this long are removed. */
const ABANDONED_UPLOAD_HOURS = 24;

type Tx = Prisma.TransactionClient;
type Viewer = { id: string; role: RoleName };

const photoSelect = {
  id: true,
  purpose: true,
  description: true,
  width: true,
  height: true,
  sizes: true,
  fingerprint: true,
  placeholder: true,
  hiddenAt: true,
} as const;
type PhotoRow = Prisma.PhotoGetPayload<{ select: typeof photoSelect }>;

/**
 * The same columns as SQL, a JSON object of the photo under the alias given, for the few reads
 * made in one statement (the feed's cards); `photoFromJson` turns it back into a row.
 */
export const photoJsonSql = (alias: string) =>
  `json_object(${Object.keys(photoSelect)
    .map((column) => `'${column}', ${alias}."${column}"`)
    .join(", ")})`;

export const photoFromJson = (photo: Omit<PhotoRow, "hiddenAt"> & { hiddenAt: string | null }): PhotoRow => ({
  ...photo,
  hiddenAt: photo.hiddenAt === null ? null : new Date(photo.hiddenAt),
});

const formats = ["webp", "jpeg"] as const;
export type PhotoFormat = (typeof formats)[number];

const parseSizes = (sizes: string) =>
  sizes.split(" ").map((size) => {
    const [width, height] = size.split("x").map(Number);
    return { width: width!, height: height! };
  });

const fileName = (photo: Pick<PhotoRow, "fingerprint">, width: number, format: PhotoFormat) =>
  `${photo.fingerprint}-${width}.${format}`;
const storageKey = (photo: Pick<PhotoRow, "id" | "purpose">, file: string) =>
  `${photo.purpose === "avatar" ? "avatars" : "photos"}/${photo.id}/${file}`;

function keysOf(photo: Pick<PhotoRow, "id" | "purpose" | "sizes" | "fingerprint">) {
  return parseSizes(photo.sizes).flatMap(({ width }) =>
    formats.map((format) => storageKey(photo, fileName(photo, width, format))),
  );
}

/** A photo as pages show it: its files by width (WebP and JPEG), its shape, placeholder and description. */
export function toPhotoView(photo: PhotoRow) {
  return {
    id: photo.id,
    description: photo.description,
    width: photo.width,
    height: photo.height,
    placeholder: photo.placeholder,
    files: parseSizes(photo.sizes).map(({ width, height }) => ({
      width,
      height,
      webp: paths.photo(photo.id, fileName(photo, width, "webp")),
      jpeg: paths.photo(photo.id, fileName(photo, width, "jpeg")),
    })),
    isHidden: photo.hiddenAt !== null,
  };
}
export type PhotoView = ReturnType<typeof toPhotoView>;

/** For queries of things that show photos: a story's, in order, and a person's face. */
export const storyPhotosSelect = { orderBy: { position: "asc" }, select: photoSelect } as const;
export const avatarSelect = { select: photoSelect } as const;

/** A person as pages show them next to what they did: name, face (Avatar) and the username of their page. */
export const faceSelect = { id: true, name: true, username: true, avatar: avatarSelect } as const;

/** A row read with `avatarSelect` as the page shows it: the face's files, or null for initials. */
export function withFace<Person extends { avatar: PhotoRow | null }>(person: Person) {
  return { ...person, avatar: person.avatar ? toPhotoView(person.avatar) : null };
}

const sizesOf = (variants: ImageVariant[]) =>
  [...new Set(variants.map((variant) => `${variant.width}x${variant.height}`))]
    .sort((a, b) => parseInt(a) - parseInt(b))
    .join(" ");

/**
 * Saves a processed image as a photo: its row, then every variant in storage. The seeds and the
 * benchmark pass their own database client and storage; the app uses its own.
 */
export async function savePhoto(
  image: ProcessedImage,
  data: { ownerId: string | null; purpose: PhotoPurpose; storyId?: string; position?: number; description?: string },
  { client = db, files = storage }: { client?: Tx | typeof db; files?: FileStorage } = {},
) {
  const photo = await client.photo.create({
    data: {
      ...data,
      width: image.width,
      height: image.height,
      sizes: sizesOf(image.variants),
      fingerprint: randomBytes(6).toString("hex"),
      placeholder: image.placeholder,
    },
    select: photoSelect,
  });
  await Promise.all(
    image.variants.map((variant) =>
      files.put(
        storageKey(photo, fileName(photo, variant.width, variant.format)),
        variant.data,
        `image/${variant.format}`,
      ),
    ),
  );
  return photo;
}

/**
 * Stores photos as they come from a form: every file is checked first, and one that is refused
 * refuses them all (named in the message next to `field`), so nothing half-stored is left behind.
 * Empty file inputs (a form sent without choosing) count as no file.
 */
export async function storeUploads(
  owner: { id: string },
  files: File[],
  { purpose = "story", field, max = MAX_STORY_PHOTOS }: { purpose?: PhotoPurpose; field: string; max?: number },
) {
  const chosen = chosenFiles(files);
  if (chosen.length > max) throw invalid({ fieldErrors: { [field]: ["photos.errors.tooMany"] } });
  const processed = [];
  for (const file of chosen) {
    const image = await readUpload(file, purpose);
    if (typeof image === "string") throw invalid({ fieldErrors: { [field]: [image] } });
    processed.push(image);
  }
  const stored: PhotoRow[] = [];
  for (const image of processed) stored.push(await savePhoto(image, { ownerId: owner.id, purpose }));
  return stored;
}

const chosenFiles = (files: File[]) => files.filter((file) => file.size > 0 || file.name !== "");

/** A file read through the pipeline, or the message key of why it was refused. */
async function readUpload(file: File, purpose: PhotoPurpose) {
  try {
    return await processImage(Buffer.from(await file.arrayBuffer()), purpose);
  } catch (error) {
    if (error instanceof PhotoRefused) return `photos.errors.${error.problem}`;
    throw error;
  }
}

/**
 * The composer's photos posted with the form (without JavaScript): each file on its own, so the
 * good ones are kept as uploads when another is refused and nobody has to choose them again.
 * More than `room` files are all refused before any is read. Answers the uploads and the first
 * refusal's message key.
 */
export async function storeEachUpload(owner: { id: string }, files: File[], room = MAX_STORY_PHOTOS) {
  const chosen = chosenFiles(files);
  if (chosen.length > room) return { stored: [], problem: "photos.errors.tooMany" };
  const stored: PhotoRow[] = [];
  let problem: string | undefined;
  for (const file of chosen) {
    const image = await readUpload(file, "story");
    if (typeof image === "string") problem ??= image;
    else stored.push(await savePhoto(image, { ownerId: owner.id, purpose: "story" }));
  }
  return { stored, problem };
}

/** The form fields a story's photos arrive in: ids in the chosen order, with a description each. */
export const StoryPhotosSchema = z.object({
  photoIds: z.preprocess(
    (raw) => (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]),
    z.array(z.string().max(40)),
  ),
  photoDescriptions: z.preprocess(
    (raw) => (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]),
    z.array(z.string().trim().max(PHOTO_DESCRIPTION_MAX, "photos.errors.descriptionTooLong")),
  ),
});
export type StoryPhotosInput = z.infer<typeof StoryPhotosSchema>;

/**
 * The photos a composer form names, checked: the author's own uploads not yet posted, or photos
 * the story already has; at most four; on publish, each with a description. Returns them in order.
 */
export async function checkStoryPhotos(
  author: { id: string },
  input: StoryPhotosInput,
  { storyId, isPublishing }: { storyId?: string; isPublishing: boolean },
) {
  const ids = input.photoIds;
  if (new Set(ids).size !== ids.length || ids.length > MAX_STORY_PHOTOS) {
    throw invalid({
      fieldErrors: { photos: [ids.length > MAX_STORY_PHOTOS ? "photos.errors.tooMany" : "errors.invalid"] },
    });
  }
  const rows = await db.photo.findMany({
    where: {
      id: { in: ids },
      purpose: "story",
      OR: [{ ownerId: author.id, storyId: null }, ...(storyId ? [{ storyId }] : [])],
    },
    select: { id: true },
  });
  if (rows.length !== ids.length) throw invalid({ fieldErrors: { photos: ["errors.invalid"] } });
  const described = ids.map((id, index) => ({ id, description: input.photoDescriptions[index] ?? "" }));
  if (isPublishing && described.some((photo) => !photo.description)) {
    throw invalid({ fieldErrors: { photos: ["photos.errors.descriptionRequired"] } });
  }
  return described;
}

/**
 * The story's photos become exactly these, in this order. Photos it had before and no longer
 * names are removed; their files go once the change is committed (`afterCommit`).
 */
export async function setStoryPhotos(tx: Tx, storyId: string, photos: { id: string; description: string }[]) {
  const dropped = await tx.photo.findMany({
    where: { storyId, id: { notIn: photos.map((photo) => photo.id) } },
    select: { id: true, purpose: true, sizes: true, fingerprint: true },
  });
  await tx.photo.deleteMany({ where: { id: { in: dropped.map((photo) => photo.id) } } });
  for (const [position, photo] of photos.entries()) {
    await tx.photo.update({ where: { id: photo.id }, data: { storyId, position, description: photo.description } });
  }
  return () => removeFiles(dropped);
}

async function removeFiles(photos: Pick<PhotoRow, "id" | "purpose" | "sizes" | "fingerprint">[]) {
  if (photos.length) await storage.remove(photos.flatMap(keysOf));
}

/** Uploads named in a form (a refused composer) as the page shows them again: the owner's own only. */
export async function getUploads(ownerId: string, ids: string[]) {
  const rows = await db.photo.findMany({
    where: {
      id: { in: ids.slice(0, MAX_STORY_PHOTOS * 2) },
      purpose: "story",
      OR: [{ ownerId }, { story: { authorId: ownerId } }],
    },
    select: photoSelect,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toPhotoView(row)] : [];
  });
}

/**
 * The stored file of a photo for this person, or "not found": a story's photo for whoever may
 * open the story (hidden photos for its author and managers), an upload not yet posted for its
 * owner, a face for everyone signed in. The file must be one of the photo's own names.
 */
export async function getPhotoFile(photoId: string, file: string, viewer: Viewer) {
  const photo = await db.photo.findUnique({
    where: { id: photoId },
    select: {
      ...photoSelect,
      ownerId: true,
      story: { select: { authorId: true, status: true, hiddenAt: true, deletedAt: true } },
    },
  });
  if (!photo) throw notFound();
  const isKnownFile = parseSizes(photo.sizes).some(({ width }) =>
    formats.some((format) => fileName(photo, width, format) === file),
  );
  if (!isKnownFile || !canSeePhoto(photo, viewer)) throw notFound();
  const stored = await storage.get(storageKey(photo, file));
  if (!stored) throw notFound();
  return stored;
}

function canSeePhoto(
  photo: PhotoRow & {
    ownerId: string | null;
    story: { authorId: string | null; status: string; hiddenAt: Date | null; deletedAt: Date | null } | null;
  },
  viewer: Viewer,
) {
  if (photo.purpose === "avatar") return true;
  if (!photo.story) return photo.ownerId === viewer.id;
  if (photo.story.deletedAt || !canOpenStory(photo.story, viewer)) return false;
  return !photo.hiddenAt || photo.story.authorId === viewer.id || hasRole(viewer, "manager");
}

/** A manager hides one photo (a customer's face, a screen with data): the story stays, the photo goes from view. */
export async function hidePhoto(photoId: string, manager: Viewer, reason: string) {
  if (!hasRole(manager, "manager")) throw forbidden();
  await db.$transaction(async (tx) => {
    const { count } = await tx.photo.updateMany({
      where: { id: photoId, purpose: "story", storyId: { not: null }, hiddenAt: null },
      data: { hiddenAt: new Date(), hiddenReason: reason, hiddenById: manager.id },
    });
    if (count === 0) throw notFound();
    await tx.report.updateMany({
      where: { photoId, status: "open" },
      data: { status: "hidden", resolvedById: manager.id, resolvedAt: new Date() },
    });
    await writeAudit(tx, {
      actorId: manager.id,
      action: "photo.hide",
      targetType: "photo",
      targetId: photoId,
      details: reason,
    });
  });
}

export async function unhidePhoto(photoId: string, manager: Viewer) {
  if (!hasRole(manager, "manager")) throw forbidden();
  await db.$transaction((tx) => unhide(tx, "photo", photoId, manager.id));
}

/** A new face replaces the old one, whose files go. */
export async function setAvatar(person: { id: string }, file: File) {
  const [photo] = await storeUploads(person, [file], { purpose: "avatar", field: "avatar", max: 1 });
  if (!photo) throw invalid({ fieldErrors: { avatar: ["photos.errors.noneChosen"] } });
  const before = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { avatarId: true } });
  await db.user.update({ where: { id: person.id }, data: { avatarId: photo.id } });
  if (before.avatarId) await deletePhotos({ id: before.avatarId });
}

export async function removeAvatar(person: { id: string }) {
  const { avatarId } = await db.user.findUniqueOrThrow({ where: { id: person.id }, select: { avatarId: true } });
  if (avatarId) await deletePhotos({ id: avatarId });
}

/**
 * An admin takes down someone's face (a misused or inappropriate photo); they can choose another.
 * Written to the audit log, since the person did not do it themselves.
 */
export async function removeAvatarOf(admin: Viewer, personId: string) {
  if (!hasRole(admin, "admin")) throw forbidden();
  const person = await db.user.findUnique({ where: { id: personId }, select: { avatarId: true } });
  if (!person) throw notFound();
  if (!person.avatarId) return;
  await deletePhotos({ id: person.avatarId });
  await writeAudit(db, { actorId: admin.id, action: "person.avatarRemove", targetType: "person", targetId: personId });
}

/**
 * The photos the filter selects now, and how to delete them later: the rows still there and every
 * file. For a change that takes photos' rows with it (an account and its stories), read before it.
 */
export async function collectPhotos(where: Prisma.PhotoWhereInput) {
  const photos = await db.photo.findMany({
    where,
    select: { id: true, purpose: true, sizes: true, fingerprint: true },
  });
  const remove = async () => {
    if (photos.length === 0) return;
    await db.photo.deleteMany({ where: { id: { in: photos.map((photo) => photo.id) } } });
    await removeFiles(photos);
  };
  return { count: photos.length, remove };
}

/** Deletes the photos the filter selects, rows and files. */
export async function deletePhotos(where: Prisma.PhotoWhereInput) {
  const { count, remove } = await collectPhotos(where);
  await remove();
  return count;
}

/**
 * Removes what no one will see again: uploads never posted with a story, and the photos of
 * stories deleted longer ago than they can be restored. Run on a timer, never on a request.
 */
export async function purgePhotos({ restoreDays, now = new Date() }: { restoreDays: number; now?: Date }) {
  const abandoned = await deletePhotos({
    purpose: "story",
    storyId: null,
    createdAt: { lt: subHours(now, ABANDONED_UPLOAD_HOURS) },
  });
  const ofDeletedStories = await deletePhotos({ story: { deletedAt: { lt: subDays(now, restoreDays) } } });
  return { abandoned, ofDeletedStories };
}

/** A person's photos for their own data export, as files to include: face and story photos. */
export async function listOwnPhotoFiles(ownerId: string) {
  const photos = await db.photo.findMany({
    where: { ownerId },
    select: { ...photoSelect, storyId: true },
    orderBy: { createdAt: "asc" },
  });
  return photos.map((photo) => {
    const largest = parseSizes(photo.sizes).at(-1)!;
    return {
      id: photo.id,
      storyId: photo.storyId,
      purpose: photo.purpose,
      description: photo.description,
      key: storageKey(photo, fileName(photo, largest.width, "jpeg")),
    };
  });
}
