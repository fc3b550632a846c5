import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { forbidden, found, gone, invalid, notFound } from "~/utils/domain-error.server";
import { dimensions } from "~/utils/dimensions";
import { languages } from "~/utils/i18n";
import { checkboxList, intent, submittedValues } from "~/utils/actions.server";
import type { Refusal } from "~/utils/forms";
import { redirectWithFlash } from "~/utils/flash.server";
import { IN_PLACE_FIELD } from "~/utils/hydrated";
import { getFixedT } from "~/utils/i18n.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { storyPrompts } from "~/utils/story-fields";
import { paths } from "~/utils/paths";
import { hasRole } from "~/utils/roles";
import { notifyMention, notifyThanks, withdrawMention } from "./notifications.server";
import type { Author, PersonOption } from "./people.server";
import { findPeople, FindPeopleSchema, peopleToOffer } from "./people.server";
import {
  checkStoryPhotos,
  faceSelect,
  getUploads,
  MAX_STORY_PHOTOS,
  setStoryPhotos,
  storeEachUpload,
  storyPhotosSelect,
  StoryPhotosSchema,
  toPhotoView,
  withFace,
} from "./photos.server";
import type { StoryPhotosInput } from "./photos.server";
import { rankStory, rescoreStories } from "./ranking.server";
import { indexStory } from "./search.server";
import { canOpenStory } from "./visibility.server";

export const MAX_VALUES = 3;
export const MAX_DIMENSIONS = 3;
export const MAX_PEOPLE = 10;
/** Deleted stories can be restored from "My stories" for this long. */
export const RESTORE_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

const optionalText = (max: number) => z.string().trim().max(max).default("");

/**
 * The composer's photos (decision 0013): the uploads in order with a description each, the ones
 * ticked to be taken off, and files posted with the form itself when there is no JavaScript.
 */
const ComposerPhotosSchema = StoryPhotosSchema.extend({
  photoRemove: checkboxList(z.string().max(40)),
  photos: checkboxList(z.instanceof(File, { message: "photos.errors.notAnImage" })).pipe(
    z.array(z.instanceof(File)).max(MAX_STORY_PHOTOS, { message: "photos.errors.tooMany" }),
  ),
});

/**
 * The composer's form, for new stories and edits. A draft needs only a title; publishing needs a
 * body (or the guided prompts) and one to three values.
 */
export const StoryFormSchema = z
  .object({
    intent: z.enum(["draft", "publish", "preview"]),
    title: z.string().trim().min(1).max(140),
    body: optionalText(20_000),
    situation: optionalText(5_000),
    whatWasDone: optionalText(5_000),
    result: optionalText(5_000),
    language: z.enum(languages),
    values: checkboxList(z.string().max(40)).pipe(
      z.array(z.string()).max(MAX_VALUES, { message: "stories.errors.valuesRange" }),
    ),
    dimensions: checkboxList(z.enum(dimensions)).pipe(
      z.array(z.enum(dimensions)).max(MAX_DIMENSIONS, { message: "stories.errors.dimensionsRange" }),
    ),
    people: checkboxList(z.string().max(40)).pipe(
      z.array(z.string()).max(MAX_PEOPLE, { message: "stories.errors.peopleRange" }),
    ),
    customerQuote: optionalText(600),
    whatHelped: optionalText(1_000),
    gotInTheWay: optionalText(1_000),
  })
  .merge(ComposerPhotosSchema)
  .superRefine((input, ctx) => {
    // Each photo's description travels beside its id; a form that does not pair them (or takes off
    // a photo it does not carry) was not sent by the composer.
    if (
      input.photoDescriptions.length !== input.photoIds.length ||
      input.photoRemove.some((id) => !input.photoIds.includes(id))
    ) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["photos"], message: "errors.invalid" });
    }
    if (input.intent !== "publish") return;
    if (!input.body && !input.situation && !input.whatWasDone && !input.result) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["body"], message: "stories.errors.bodyRequired" });
    }
    if (input.values.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["values"], message: "stories.errors.valuesRange" });
    }
  });
export type StoryInput = z.infer<typeof StoryFormSchema>;
/** A story as it is saved: the form's fields, and its photos once the form's files are uploads. */
type StorySave = Omit<StoryInput, "photos" | "photoRemove" | "photoIds" | "photoDescriptions"> &
  Partial<StoryPhotosInput>;
const photosOf = (input: StorySave): StoryPhotosInput => ({
  photoIds: input.photoIds ?? [],
  photoDescriptions: input.photoDescriptions ?? [],
});

/** The guided prompts become sections of the body, headed in the story's own language. */
export function composeBody(input: Pick<StoryInput, "body" | (typeof storyPrompts)[number] | "language">) {
  const t = getFixedT(input.language);
  const sections = storyPrompts
    .filter((prompt) => input[prompt])
    .map((prompt) => `## ${t(`stories.prompts.${prompt}`)}\n\n${input[prompt]}`);
  return [...sections, input.body].filter(Boolean).join("\n\n");
}

export function previewStoryBody(input: StorySave) {
  return renderMarkdown(composeBody(input));
}

/**
 * Forged or stale ids (an archived value, a deactivated colleague) are refused by field. Values and
 * people the story already carries stay allowed, so editing an old story does not fail.
 */
async function checkTags(input: StorySave, authorId: string, existing?: ExistingTags) {
  const [values, people] = await Promise.all([
    db.value.findMany({ where: { id: { in: input.values } }, select: { id: true, archivedAt: true } }),
    db.user.findMany({ where: { id: { in: input.people } }, select: { id: true, deactivatedAt: true } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  const usableValues = new Set(
    values.filter((value) => !value.archivedAt || existing?.valueIds.includes(value.id)).map((value) => value.id),
  );
  if (input.values.some((id) => !usableValues.has(id))) fieldErrors.values = ["errors.invalid"];
  const usablePeople = new Set(
    people
      .filter((person) => !person.deactivatedAt || existing?.personIds.includes(person.id))
      .map((person) => person.id),
  );
  if (input.people.some((id) => !usablePeople.has(id) || id === authorId)) fieldErrors.people = ["errors.invalid"];
  if (Object.keys(fieldErrors).length) throw invalid({ fieldErrors });
}

function storyFields(input: StorySave) {
  const bodyMarkdown = composeBody(input);
  return {
    title: input.title,
    bodyMarkdown,
    bodyHtml: renderMarkdown(bodyMarkdown),
    customerQuote: input.customerQuote,
    whatHelped: input.whatHelped,
    gotInTheWay: input.gotInTheWay,
    language: input.language,
  };
}

function tagRows(input: StorySave) {
  return {
    values: { create: [...new Set(input.values)].map((valueId) => ({ valueId })) },
    dimensions: { create: [...new Set(input.dimensions)].map((dimension) => ({ dimension })) },
    people: { create: [...new Set(input.people)].map((userId) => ({ userId })) },
  };
}

export async function createStory(author: Author, input: StorySave) {
  await checkTags(input, author.id);
  const publish = input.intent === "publish";
  const photos = await checkStoryPhotos(author, photosOf(input), { isPublishing: publish });
  const { story, removeDropped } = await db.$transaction(async (tx) => {
    const story = await tx.story.create({
      data: {
        ...storyFields(input),
        ...tagRows(input),
        authorId: author.id,
        teamId: author.teamId,
        status: publish ? "published" : "draft",
        publishedAt: publish ? new Date() : null,
      },
      select: { id: true, status: true },
    });
    await indexStory(tx, story.id);
    if (publish) {
      await rankStory(tx, story.id);
      for (const userId of new Set(input.people))
        await notifyMention(tx, { userId, actorId: author.id, storyId: story.id });
    }
    return { story, removeDropped: await setStoryPhotos(tx, story.id, photos) };
  });
  await removeDropped();
  return story;
}

type ExistingTags = { valueIds: string[]; personIds: string[] };

// The tags a story carries, as ids.
const tagIdsSelect = {
  values: { select: { valueId: true } },
  dimensions: { select: { dimension: true } },
  people: { select: { userId: true } },
} as const;

/**
 * What the author wrote beside the body, which is kept twice: as typed (`bodyMarkdown`, for the
 * composer) and rendered (`bodyHtml`, for the story page).
 */
const storyTextSelect = {
  title: true,
  customerQuote: true,
  whatHelped: true,
  gotInTheWay: true,
  language: true,
} as const;

/** The author's own story, not deleted; anyone else gets "not found", so ids reveal nothing. */
const ownStoryWhere = (storyId: string, authorId: string) => ({ id: storyId, authorId, deletedAt: null });

/** The author's own story and the tags it carries (for anyone else: not found). */
export async function findOwnStory(storyId: string, userId: string) {
  const story = found(
    await db.story.findFirst({
      where: ownStoryWhere(storyId, userId),
      select: { id: true, status: true, ...tagIdsSelect },
    }),
  );
  const tags: ExistingTags = {
    valueIds: story.values.map((value) => value.valueId),
    personIds: story.people.map((person) => person.userId),
  };
  return { id: story.id, status: story.status, tags };
}

export async function updateStory(storyId: string, author: { id: string }, input: StorySave) {
  const story = await findOwnStory(storyId, author.id);
  const previousPeople = story.tags.personIds;
  await checkTags(input, author.id, story.tags);
  const wasPublished = story.status === "published";
  // A published story cannot go back to being a draft: people may already have reacted to it.
  const publish = wasPublished || input.intent === "publish";
  const photos = await checkStoryPhotos(author, photosOf(input), { storyId, isPublishing: publish });
  const { updated, removeDropped } = await db.$transaction(async (tx) => {
    await tx.storyValue.deleteMany({ where: { storyId } });
    await tx.storyDimension.deleteMany({ where: { storyId } });
    await tx.storyPerson.deleteMany({ where: { storyId } });
    const updated = await tx.story.update({
      where: { id: storyId },
      data: {
        ...storyFields(input),
        ...tagRows(input),
        status: publish ? "published" : "draft",
        ...(wasPublished ? { editedAt: new Date() } : publish ? { publishedAt: new Date() } : {}),
      },
      select: { id: true, status: true },
    });
    await indexStory(tx, storyId);
    // Back to draft takes it out of "Best"; published, its tags may have changed and its lift with them.
    await rankStory(tx, storyId);
    if (publish) {
      const alreadyTold = wasPublished ? new Set(previousPeople) : new Set<string>();
      for (const userId of new Set(input.people)) {
        if (!alreadyTold.has(userId)) await notifyMention(tx, { userId, actorId: author.id, storyId });
      }
      for (const userId of previousPeople)
        if (!input.people.includes(userId)) await withdrawMention(tx, { userId, storyId });
    }
    return { updated, removeDropped: await setStoryPhotos(tx, storyId, photos) };
  });
  await removeDropped();
  return updated;
}

export async function deleteStory(storyId: string, author: { id: string }) {
  await findOwnStory(storyId, author.id);
  await db.$transaction(async (tx) => {
    await tx.story.update({ where: { id: storyId }, data: { deletedAt: new Date() } });
    await rescoreStories(tx, [storyId]);
  });
}

/** Undoes a delete within the restore window; later, or for anyone else, the story is gone. */
export async function restoreStory(storyId: string, author: { id: string }, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.story.updateMany({
      where: { id: storyId, authorId: author.id, deletedAt: { gte: new Date(now.getTime() - RESTORE_DAYS * DAY) } },
      data: { deletedAt: null },
    });
    if (count === 0) throw notFound();
    await rescoreStories(tx, [storyId]);
  });
}

type Viewer = { id: string; role: Role };

/** Who told a story and from which team, as lists show it under the title (feed cards, collections). */
export const bylineSelect = { author: { select: faceSelect }, team: { select: { name: true } } } as const;

export const bylineOf = (story: { author: FaceRow | null; team: { name: string } | null }) => ({
  author: story.author ? withFace(story.author) : null,
  teamName: story.team?.name ?? null,
});

// With their face and the username their page is found by; a deactivated person has no page.
const personSelect = { ...faceSelect, deactivatedAt: true, team: { select: { name: true } } } as const;
type FaceRow = Prisma.UserGetPayload<{ select: typeof faceSelect }>;

const asPerson = <Person extends Prisma.UserGetPayload<{ select: typeof personSelect }>>(person: Person) => {
  const { deactivatedAt, ...shown } = withFace(person);
  return { ...shown, hasPage: deactivatedAt === null };
};

/** Everything the story page shows; "not found" when this person may not see it, "gone" once deleted. */
export async function getStoryForPage(storyId: string, viewer: Viewer) {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: {
      id: true,
      ...storyTextSelect,
      bodyHtml: true,
      status: true,
      publishedAt: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      hiddenAt: true,
      hiddenReason: true,
      authorId: true,
      author: { select: personSelect },
      team: { select: { name: true } },
      values: {
        select: { value: { select: { id: true, slug: true, name: true, colour: true } } },
        orderBy: { value: { position: "asc" } },
      },
      dimensions: { select: { dimension: true } },
      people: { select: { user: { select: personSelect } }, orderBy: { user: { name: "asc" } } },
      reactionCount: true,
      reactorCount: true,
      commentCount: true,
      highlight: { select: { note: true, createdAt: true, manager: { select: { name: true } } } },
      photos: storyPhotosSelect,
    },
  });
  if (!story || !canOpenStory(story, viewer)) throw notFound();
  if (story.deletedAt) throw gone();

  const [reactionCounts, ownReactions, ownThanks, comments] = await Promise.all([
    db.reaction.groupBy({ by: ["kind"], where: { storyId }, _count: { _all: true } }),
    db.reaction.findMany({ where: { storyId, userId: viewer.id }, select: { kind: true } }),
    db.storyThanks.findUnique({ where: { storyId_userId: { storyId, userId: viewer.id } }, select: { storyId: true } }),
    db.comment.findMany({
      where: { storyId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        body: true,
        createdAt: true,
        editedAt: true,
        removedAt: true,
        removedReason: true,
        authorId: true,
        author: { select: personSelect },
      },
    }),
  ]);
  const isManager = hasRole(viewer, "manager");
  const { deletedAt: _deletedAt, ...shown } = story;
  return {
    story: {
      ...shown,
      // A hidden photo is gone for everyone but the story's author and managers.
      photos: story.photos
        .filter((photo) => !photo.hiddenAt || isManager || story.authorId === viewer.id)
        .map(toPhotoView),
      author: story.author && asPerson(story.author),
      values: story.values.map(({ value }) => value),
      dimensions: story.dimensions.map(({ dimension }) => dimension),
      people: story.people.map(({ user }) => asPerson(user)),
    },
    hasThanked: ownThanks !== null,
    reactions: Object.fromEntries(reactionCounts.map((row) => [row.kind, row._count._all])) as Partial<
      Record<string, number>
    >,
    ownReactions: ownReactions.map((reaction) => reaction.kind),
    // A removed comment keeps its place and date, never its text; the reason is for its author and managers.
    comments: comments.map(({ removedReason, author, ...rest }) => {
      const comment = { ...rest, author: author && asPerson(author) };
      return comment.removedAt
        ? { ...comment, body: "", removedReason: isManager || comment.authorId === viewer.id ? removedReason : null }
        : { ...comment, removedReason: null };
    }),
  };
}

/** A story as the composer edits it: only its author, and not once deleted (for anyone else: not found). */
export async function getStoryForEditing(storyId: string, authorId: string) {
  const story = found(
    await db.story.findFirst({
      where: ownStoryWhere(storyId, authorId),
      select: {
        id: true,
        status: true,
        ...storyTextSelect,
        bodyMarkdown: true,
        ...tagIdsSelect,
        photos: storyPhotosSelect,
      },
    }),
  );
  return {
    id: story.id,
    status: story.status,
    photos: story.photos.map(toPhotoView),
    // In the shape the composer's form sends, so the page starts from it as from a refusal.
    draft: {
      title: story.title,
      body: story.bodyMarkdown,
      customerQuote: story.customerQuote,
      whatHelped: story.whatHelped,
      gotInTheWay: story.gotInTheWay,
      language: story.language,
      values: story.values.map((row) => row.valueId),
      dimensions: story.dimensions.map((row) => row.dimension),
      people: story.people.map((row) => row.userId),
      photoIds: story.photos.map((photo) => photo.id),
      photoDescriptions: story.photos.map((photo) => photo.description),
    },
  };
}

/** Values that can be chosen (plus archived ones the story already has) and the colleagues to name. */
export async function getComposerOptions(
  author: Author,
  keep: { values: string[]; people: string[] } = { values: [], people: [] },
) {
  const [values, people] = await Promise.all([
    db.value.findMany({
      where: { OR: [{ archivedAt: null }, { id: { in: keep.values } }] },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, explanation: true, colour: true },
    }),
    peopleToOffer(author, keep.people),
  ]);
  return { values, people };
}

/** "My stories": drafts, published, and deleted ones that can still be restored. */
export async function listOwnStories(authorId: string, now = new Date()) {
  const stories = await db.story.findMany({
    where: {
      authorId,
      OR: [{ deletedAt: null }, { deletedAt: { gte: new Date(now.getTime() - RESTORE_DAYS * DAY) } }],
    },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      deletedAt: true,
      hiddenAt: true,
      reactorCount: true,
      commentCount: true,
    },
  });
  return {
    drafts: stories.filter((story) => !story.deletedAt && story.status === "draft"),
    published: stories.filter((story) => !story.deletedAt && story.status === "published"),
    deleted: stories
      .filter((story) => story.deletedAt)
      .map((story) => ({ ...story, restorableUntil: new Date(story.deletedAt!.getTime() + RESTORE_DAYS * DAY) })),
  };
}

/** "Remove my name": the person is no longer named in the story, and their notice goes too. */
export async function removeOwnName(storyId: string, userId: string) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.storyPerson.deleteMany({ where: { storyId, userId } });
    if (count === 0) throw notFound();
    await withdrawMention(tx, { userId, storyId });
    await indexStory(tx, storyId);
  });
}

/**
 * "Thank you" from a person named in the story to its author, once: the author is told the first
 * time, and asking again changes nothing. Only the people the story names may thank.
 */
export async function thankAuthor(storyId: string, person: Viewer) {
  const story = await findInteractiveStory(storyId, person);
  await db.$transaction(async (tx) => {
    const isNamed = await tx.storyPerson.findUnique({
      where: { storyId_userId: { storyId, userId: person.id } },
      select: { userId: true },
    });
    if (!isNamed) throw forbidden();
    const already = await tx.storyThanks.findUnique({
      where: { storyId_userId: { storyId, userId: person.id } },
      select: { storyId: true },
    });
    if (already) return;
    await tx.storyThanks.create({ data: { storyId, userId: person.id } });
    if (story.authorId) await notifyThanks(tx, { userId: story.authorId, actorId: person.id, storyId });
  });
}

/** A story that can take reactions and comments right now, as this person sees it. */
export async function findInteractiveStory(storyId: string, viewer: Viewer) {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, authorId: true, status: true, hiddenAt: true, deletedAt: true },
  });
  if (!story || story.deletedAt || story.status !== "published" || !canOpenStory(story, viewer)) throw notFound();
  return story;
}

// A forged form could name thousands of people; the list shown again needs no more than this.
const MAX_CHOSEN_SHOWN = 40;

type ComposerAnswer = Omit<Refusal, "values"> & { preview?: string; peopleFound?: PersonOption[] };

const textsOf = (formData: FormData, name: string) =>
  formData.getAll(name).filter((value): value is string => typeof value === "string");

/**
 * The form's photos as the composer would send them now: the ones ticked to be taken off gone, and
 * files posted with the form (without JavaScript) stored as the author's uploads and added at the
 * end with an empty description. The fields in `formData` are rewritten to match, so a form shown
 * again keeps the uploads (a second call finds nothing left to do). Reads `parsed` (the schema's
 * output) when the form passed its schema, the raw fields when it did not.
 */
async function settlePhotos(
  author: { id: string },
  formData: FormData,
  parsed?: Pick<StoryInput, "photoIds" | "photoDescriptions" | "photoRemove">,
) {
  const files = formData.getAll("photos").filter((file): file is File => file instanceof File);
  const ids = parsed?.photoIds ?? textsOf(formData, "photoIds");
  const descriptions = parsed?.photoDescriptions ?? textsOf(formData, "photoDescriptions");
  const removed = new Set(parsed?.photoRemove ?? textsOf(formData, "photoRemove"));
  const kept = ids.flatMap((id, index) => (removed.has(id) ? [] : [{ id, description: descriptions[index] ?? "" }]));
  // Nothing to take in or off: the fields stay exactly as sent (a refusal shows them as typed).
  if (files.length === 0 && removed.size === 0) return { photos: kept, problem: undefined };
  for (const name of ["photos", "photoRemove", "photoIds", "photoDescriptions"]) formData.delete(name);
  const { stored, problem } = files.length
    ? await storeEachUpload(author, files, MAX_STORY_PHOTOS - kept.length)
    : { stored: [], problem: undefined };
  const photos = [...kept, ...stored.map((upload) => ({ id: upload.id, description: "" }))];
  for (const photo of photos) {
    formData.append("photoIds", photo.id);
    formData.append("photoDescriptions", photo.description);
  }
  return { photos, problem };
}

/**
 * The composer shown again, with a preview, the people found or its refusal: what was typed, its
 * photos (the uploads it names, with a message for a file refused), and the people its list must
 * offer (the author's team, whoever is chosen, anyone just found), each once, by team and name.
 */
async function composerAgain(author: Author, formData: FormData, answer: ComposerAnswer) {
  // A form that names no composer button (forged, or not the composer's) keeps no files.
  const { problem: photoProblem } = answer.intent ? await settlePhotos(author, formData) : { problem: undefined };
  const chosen = textsOf(formData, "people");
  const found = (answer.peopleFound ?? []).map((person) => person.id);
  const [peopleOptions, photos] = await Promise.all([
    peopleToOffer(author, [...chosen.slice(0, MAX_CHOSEN_SHOWN), ...found]),
    getUploads(author.id, textsOf(formData, "photoIds")),
  ]);
  const fieldErrors = photoProblem ? { ...answer.fieldErrors, photos: [photoProblem] } : answer.fieldErrors;
  return { ...answer, fieldErrors, values: submittedValues(formData), peopleOptions, photos };
}

type OwnStory = Awaited<ReturnType<typeof findOwnStory>>;

/** How many of a person's stories are out (published and not deleted). */
function countPublishedStories(authorId: string) {
  return db.story.count({ where: { authorId, status: "published", deletedAt: null } });
}

/**
 * The composer's intents, for a new story and for an edit (`editing`: the author's story, found
 * first). Publish and draft save with `save`, then open the published story (saying
 * `publishedMessage`) or go to "My stories" with the draft; preview checks the tags as saving
 * would and renders the body by the code that renders the saved story; "Find" looks for
 * colleagues by name. A refusal comes back with the people to offer (`composerRefusal`).
 */
export function composerIntents(
  author: Author,
  {
    save,
    publishedMessage,
    editing,
  }: {
    save: (input: StorySave) => Promise<{ id: string; status: string }>;
    publishedMessage: string;
    editing?: OwnStory;
  },
) {
  const withPhotos = async (input: StoryInput, formData: FormData) => {
    const { photos, problem } = await settlePhotos(author, formData, input);
    if (problem) throw invalid({ fieldErrors: { photos: [problem] } });
    return {
      ...input,
      photoIds: photos.map((photo) => photo.id),
      photoDescriptions: photos.map((photo) => photo.description),
    };
  };
  const saveAndGo = async (input: StoryInput, formData: FormData) => {
    const story = await save(await withPhotos(input, formData));
    if (story.status !== "published") {
      // Saved as the person leaves the composer (JavaScript, in the background): no message to
      // show, and the draft's own page, whose address tells a new story's composer where it now lives.
      if (formData.get(IN_PLACE_FIELD)) return redirect(paths.editStory(story.id));
      return redirectWithFlash(paths.myStories(), "composer.draftSaved");
    }
    // A person's first published story is a moment: the story page shows it as one.
    const isFirst = editing?.status !== "published" && (await countPublishedStories(author.id)) === 1;
    return redirectWithFlash(paths.story(story.id), publishedMessage, {
      values: isFirst ? { moment: "firstStory" } : undefined,
    });
  };
  return {
    publish: intent(StoryFormSchema, saveAndGo),
    draft: intent(StoryFormSchema, saveAndGo),
    preview: intent(StoryFormSchema, async (input, formData) => {
      await checkTags(input, author.id, editing?.tags);
      await checkStoryPhotos(author, await withPhotos(input, formData), { storyId: editing?.id, isPublishing: false });
      return composerAgain(author, formData, { intent: "preview", fieldErrors: {}, preview: previewStoryBody(input) });
    }),
    // Enter in another field lands here too (it is the form's first button without JavaScript).
    findPeople: intent(FindPeopleSchema, async ({ peopleQuery }, formData) =>
      composerAgain(author, formData, {
        intent: "findPeople",
        fieldErrors: {},
        peopleFound: peopleQuery ? await findPeople(peopleQuery, { excludeId: author.id }) : undefined,
      }),
    ),
  };
}

export const composerRefusal = (author: Author) => (refusal: Refusal, formData: FormData) =>
  composerAgain(author, formData, refusal);
