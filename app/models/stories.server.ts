import { z } from "zod";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { found, gone, invalid, notFound } from "~/utils/domain-error.server";
import { dimensions } from "~/utils/dimensions";
import { languages } from "~/utils/i18n";
import { intent } from "~/utils/actions.server";
import type { Refusal } from "~/utils/forms";
import { checkboxList, submittedValues } from "~/utils/forms";
import { redirectWithFlash } from "~/utils/flash.server";
import { getFixedT } from "~/utils/i18n.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { storyPrompts } from "~/utils/story-fields";
import { paths } from "~/utils/paths";
import { hasRole } from "~/utils/roles";
import { notifyMention, withdrawMention } from "./notifications.server";
import type { Author, PersonOption } from "./people.server";
import { findPeople, FindPeopleSchema, peopleToOffer } from "./people.server";
import { markRankingStale } from "./ranking.server";
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
  .superRefine((input, ctx) => {
    if (input.intent !== "publish") return;
    if (!input.body && !input.situation && !input.whatWasDone && !input.result) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["body"], message: "stories.errors.bodyRequired" });
    }
    if (input.values.length === 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["values"], message: "stories.errors.valuesRange" });
    }
  });
export type StoryInput = z.infer<typeof StoryFormSchema>;

/** The guided prompts become sections of the body, headed in the story's own language. */
export function composeBody(input: Pick<StoryInput, "body" | (typeof storyPrompts)[number] | "language">) {
  const t = getFixedT(input.language);
  const sections = storyPrompts
    .filter((prompt) => input[prompt])
    .map((prompt) => `## ${t(`stories.prompts.${prompt}`)}\n\n${input[prompt]}`);
  return [...sections, input.body].filter(Boolean).join("\n\n");
}

export function previewStoryBody(input: StoryInput) {
  return renderMarkdown(composeBody(input));
}

/**
 * Forged or stale ids (an archived value, a deactivated colleague) are refused by field. Values and
 * people the story already carries stay allowed, so editing an old story does not fail.
 */
async function checkTags(input: StoryInput, authorId: string, existing?: ExistingTags) {
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

function storyFields(input: StoryInput) {
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

function tagRows(input: StoryInput) {
  return {
    values: { create: [...new Set(input.values)].map((valueId) => ({ valueId })) },
    dimensions: { create: [...new Set(input.dimensions)].map((dimension) => ({ dimension })) },
    people: { create: [...new Set(input.people)].map((userId) => ({ userId })) },
  };
}

export async function createStory(author: Author, input: StoryInput) {
  await checkTags(input, author.id);
  const publish = input.intent === "publish";
  return db.$transaction(async (tx) => {
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
      markRankingStale();
      for (const userId of new Set(input.people))
        await notifyMention(tx, { userId, actorId: author.id, storyId: story.id });
    }
    return story;
  });
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

export async function updateStory(storyId: string, author: { id: string }, input: StoryInput) {
  const story = await findOwnStory(storyId, author.id);
  const previousPeople = story.tags.personIds;
  await checkTags(input, author.id, story.tags);
  const wasPublished = story.status === "published";
  // A published story cannot go back to being a draft: people may already have reacted to it.
  const publish = wasPublished || input.intent === "publish";
  return db.$transaction(async (tx) => {
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
    if (publish) {
      markRankingStale();
      const alreadyTold = wasPublished ? new Set(previousPeople) : new Set<string>();
      for (const userId of new Set(input.people)) {
        if (!alreadyTold.has(userId)) await notifyMention(tx, { userId, actorId: author.id, storyId });
      }
      for (const userId of previousPeople)
        if (!input.people.includes(userId)) await withdrawMention(tx, { userId, storyId });
    }
    return updated;
  });
}

export async function deleteStory(storyId: string, author: { id: string }) {
  await findOwnStory(storyId, author.id);
  await db.story.update({ where: { id: storyId }, data: { deletedAt: new Date() } });
  markRankingStale();
}

/** Undoes a delete within the restore window; later, or for anyone else, the story is gone. */
export async function restoreStory(storyId: string, author: { id: string }, now = new Date()) {
  const { count } = await db.story.updateMany({
    where: { id: storyId, authorId: author.id, deletedAt: { gte: new Date(now.getTime() - RESTORE_DAYS * DAY) } },
    data: { deletedAt: null },
  });
  if (count === 0) throw notFound();
  markRankingStale();
}

type Viewer = { id: string; role: Role };

/** Who told a story and from which team, as lists show it under the title (feed cards, collections). */
export const bylineSelect = { author: { select: { name: true } }, team: { select: { name: true } } } as const;

export const bylineOf = (story: { author: { name: string } | null; team: { name: string } | null }) => ({
  authorName: story.author?.name ?? null,
  teamName: story.team?.name ?? null,
});

const personSelect = { id: true, name: true, team: { select: { name: true } } } as const;

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
    },
  });
  if (!story || !canOpenStory(story, viewer)) throw notFound();
  if (story.deletedAt) throw gone();

  const [reactionCounts, ownReactions, comments] = await Promise.all([
    db.reaction.groupBy({ by: ["kind"], where: { storyId }, _count: { _all: true } }),
    db.reaction.findMany({ where: { storyId, userId: viewer.id }, select: { kind: true } }),
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
      values: story.values.map(({ value }) => value),
      dimensions: story.dimensions.map(({ dimension }) => dimension),
      people: story.people.map(({ user }) => user),
    },
    reactions: Object.fromEntries(reactionCounts.map((row) => [row.kind, row._count._all])) as Partial<
      Record<string, number>
    >,
    ownReactions: ownReactions.map((reaction) => reaction.kind),
    // A removed comment keeps its place and date, never its text; the reason is for its author and managers.
    comments: comments.map(({ removedReason, ...comment }) =>
      comment.removedAt
        ? { ...comment, body: "", removedReason: isManager || comment.authorId === viewer.id ? removedReason : null }
        : { ...comment, removedReason: null },
    ),
  };
}

/** A story as the composer edits it: only its author, and not once deleted (for anyone else: not found). */
export async function getStoryForEditing(storyId: string, authorId: string) {
  const story = found(
    await db.story.findFirst({
      where: ownStoryWhere(storyId, authorId),
      select: { id: true, status: true, ...storyTextSelect, bodyMarkdown: true, ...tagIdsSelect },
    }),
  );
  return {
    id: story.id,
    status: story.status,
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

/**
 * The composer shown again, with a preview, the people found or its refusal: what was typed, and
 * the people its list must offer (the author's team, whoever is chosen, anyone just found), each
 * once, by team and name.
 */
async function composerAgain(author: Author, formData: FormData, answer: ComposerAnswer) {
  const chosen = formData.getAll("people").filter((id): id is string => typeof id === "string");
  const found = (answer.peopleFound ?? []).map((person) => person.id);
  const peopleOptions = await peopleToOffer(author, [...chosen.slice(0, MAX_CHOSEN_SHOWN), ...found]);
  return { ...answer, values: submittedValues(formData), peopleOptions };
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
    save: (input: StoryInput) => Promise<{ id: string; status: string }>;
    publishedMessage: string;
    editing?: OwnStory;
  },
) {
  const saveAndGo = async (input: StoryInput) => {
    const story = await save(input);
    if (story.status !== "published") return redirectWithFlash(paths.myStories(), "composer.draftSaved");
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
