import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { AnchoredForm } from "~/components/anchored-form";
import { ButtonLink, SubmitButton } from "~/components/button";
import { Badge } from "~/components/chip";
import { CollectionReadingBar, CollectionStoryEnd, READING_BAR_ROOM } from "~/components/collection-reading-bar";
import { CommentThread } from "~/components/comment-thread";
import { PhotoGallery } from "~/components/photo-gallery";
import { REACTIONS_ID, ReactionBar } from "~/components/reaction-bar";
import { Section } from "~/components/section";
import { StoryByline } from "~/components/story-byline";
import { StoryPeople } from "~/components/story-people";
import { TextAreaField } from "~/components/text-field";
import { ValueChips } from "~/components/value-badge";
import { getCollectionContext } from "~/models/collections.server";
import { addComment, CommentSchema, deleteComment, editComment, removeComment } from "~/models/comments.server";
import { HighlightSchema, highlightStory, removeHighlight } from "~/models/highlights.server";
import { setReaction } from "~/models/reactions.server";
import { deleteStory, getStoryForPage, removeOwnName, thankAuthor } from "~/models/stories.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser, safeRedirect } from "~/utils/auth.server";
import { reactionKinds } from "~/utils/dimensions";
import { redirectUnlessInPlace, redirectWithFlash } from "~/utils/flash.server";
import type { Refusal } from "~/utils/forms";
import { formFields } from "~/utils/forms";
import { paths } from "~/utils/paths";
import { hasRole } from "~/utils/roles";
import { storyReflections } from "~/utils/story-fields";
import { useUser } from "~/utils/user";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.story.title} · Brandworthy` : "Brandworthy" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = await getStoryForPage(params.id!, user);
  // Opened from a collection: where it stands in it, and the way to the next one.
  const slug = new URL(request.url).searchParams.get("collection");
  const collectionContext = slug ? await getCollectionContext({ slug, storyId: params.id!, viewer: user }) : null;
  return { ...page, collectionContext };
}

const CommentIdSchema = z.object({ commentId: recordId });
const ReactSchema = z.object({
  kind: z.enum(reactionKinds),
  want: z.enum(["yes", "no"]),
  /** The list a card was reacted on, to return to without JavaScript. */
  returnTo: z.string().max(2000).optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const storyId = params.id!;
  // Back to this page as it was asked for (read in a collection, say): with `hash` when the
  // result is somewhere else than the form, else at the form's own anchor (see useAnchoredAction).
  const { search } = new URL(request.url);
  const back = (formData: FormData, hash?: string, messageKey?: string) =>
    redirectUnlessInPlace(formData, `${paths.story(storyId)}${search}${hash ? `#${hash}` : ""}`, messageKey);
  return handleIntents(request, {
    react: intent(ReactSchema, async (form, formData) => {
      await setReaction(storyId, user, form.kind, form.want === "yes");
      // From a card: back to the list it is in, at that card; a target off this site is ignored.
      const list = safeRedirect(form.returnTo, "");
      return list ? redirectUnlessInPlace(formData, paths.storyInList(list, storyId)) : back(formData, REACTIONS_ID);
    }),
    comment: intent(CommentSchema, async (form, formData) => {
      const comment = await addComment(storyId, user, form.body);
      return back(formData, `comment-${comment.id}`);
    }),
    editComment: intent(CommentIdSchema.merge(CommentSchema), async (form, formData) => {
      await editComment(form.commentId, storyId, user, form.body);
      return back(formData, `comment-${form.commentId}`);
    }),
    deleteComment: intent(CommentIdSchema, async (form, formData) => {
      await deleteComment(form.commentId, storyId, user);
      return back(formData, "comments", "story.commentDeleted");
    }),
    removeComment: intent(CommentIdSchema, async (form, formData) => {
      await removeComment(form.commentId, storyId, user);
      return back(formData, "comments", "story.commentRemovedFlash");
    }),
    removeMyName: intent(z.object({}), async (_form, formData) => {
      await removeOwnName(storyId, user.id);
      return back(formData, undefined, "story.nameRemoved");
    }),
    thank: intent(z.object({}), async (_form, formData) => {
      await thankAuthor(storyId, user);
      return back(formData, undefined, "story.thankedFlash");
    }),
    highlight: intent(HighlightSchema, async (form, formData) => {
      await highlightStory(storyId, user, form.note);
      return back(formData, undefined, "story.highlighted");
    }),
    unhighlight: intent(z.object({}), async (_form, formData) => {
      await removeHighlight(storyId, user);
      return back(formData, undefined, "story.unhighlighted");
    }),
    deleteStory: intent(z.object({}), async () => {
      await deleteStory(storyId, user);
      return redirectWithFlash(paths.myStories(), "myStories.deleted");
    }),
  });
}

export default function StoryPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { story, reactions, ownReactions, comments, hasThanked, collectionContext } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const isAuthor = story.authorId === user.id;
  const isManager = hasRole(user, "manager");
  const refusal = failure && "fieldErrors" in failure ? failure : undefined;
  const commentFailure = refusal?.intent !== "highlight" ? refusal : undefined;
  const highlightFailure = refusal?.intent === "highlight" ? refusal : undefined;
  const reflections = storyReflections.filter((reflection) => story[reflection]);
  return (
    <article className={`space-y-6 ${collectionContext ? READING_BAR_ROOM : ""}`}>
      <PhotoGallery
        photos={story.photos}
        reportTo={
          isAuthor || story.status !== "published" ? undefined : (photoId) => paths.reportPhoto(story.id, photoId)
        }
      />
      <header className="space-y-3">
        {story.status === "draft" ? (
          <p>
            <Badge label={t("myStories.draft")} tone="warning" />
          </p>
        ) : null}
        {story.hiddenAt ? (
          <p className="rounded-lg border border-warning bg-warning-soft p-3 text-warning">
            {t("story.hiddenNotice", { reason: story.hiddenReason ?? "" })}
          </p>
        ) : null}
        <h1 className="text-3xl font-bold break-words" lang={story.language}>
          {story.title}
        </h1>
        <StoryByline story={{ ...story, teamName: story.team?.name ?? null }} />
        <ValueChips values={story.values} />
        {story.dimensions.length ? (
          <p className="text-sm text-ink-muted">
            {t("story.madePossibleBy")}{" "}
            {story.dimensions.map((dimension, index) => (
              <span key={dimension}>
                {index > 0 ? ", " : ""}
                <Link to={paths.dimension(dimension)} className="link">
                  {t(`dimensions.${dimension}.name`)}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
      </header>

      {story.highlight ? (
        <aside aria-labelledby="story-highlight" className="rounded-xl border border-warning bg-warning-soft p-4">
          <h2 id="story-highlight" className="font-semibold text-warning">
            {t("story.highlightedBy", { name: story.highlight.manager?.name ?? t("story.formerColleague") })}
          </h2>
          <p className="mt-1 text-warning">{story.highlight.note}</p>
        </aside>
      ) : null}

      {/* Rendered with marked and sanitised with an allowlist when the story was saved. */}
      <div className="story-body" lang={story.language} dangerouslySetInnerHTML={{ __html: story.bodyHtml }} />

      {story.customerQuote ? (
        <figure className="card">
          <blockquote className="text-lg whitespace-pre-line italic" lang={story.language}>
            “{story.customerQuote}”
          </blockquote>
          <figcaption className="mt-2 text-sm text-ink-muted">{t("story.customerSaid")}</figcaption>
        </figure>
      ) : null}

      <StoryPeople
        people={story.people}
        viewerId={user.id}
        hasThanked={hasThanked}
        canThank={story.status === "published" && story.authorId !== null}
      />

      {reflections.length ? (
        <dl className="grid gap-3 sm:grid-cols-2">
          {reflections.map((reflection) => (
            <div key={reflection} className="card">
              <dt className="font-semibold">{t(`story.reflections.${reflection}`)}</dt>
              <dd className="mt-1 whitespace-pre-line">{story[reflection]}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      {collectionContext ? (
        <>
          <CollectionStoryEnd context={collectionContext} storyId={story.id} />
          <CollectionReadingBar context={collectionContext} storyId={story.id} />
        </>
      ) : null}

      {isAuthor ? (
        <div className="flex flex-wrap gap-3">
          <ButtonLink to={paths.editStory(story.id)} label={t("story.edit")} />
          <ActionButton intent="deleteStory" label={t("story.delete")} />
        </div>
      ) : null}

      {story.status === "published" ? (
        <div className="space-y-6">
          <section id={REACTIONS_ID} aria-labelledby="reactions-heading" className="space-y-2">
            <h2 id="reactions-heading" className="sr-only">
              {t("story.reactions")}
            </h2>
            <ReactionBar counts={reactions} own={ownReactions} />
          </section>
          {/* After the reactions: what everyone does with a story comes before a manager's tools. */}
          {isManager ? (
            <ManagerTools storyId={story.id} highlightNote={story.highlight?.note ?? null} failure={highlightFailure} />
          ) : null}
          <CommentThread
            storyId={story.id}
            comments={comments}
            viewer={{ id: user.id, isManager }}
            failure={commentFailure}
          />
          {isAuthor ? null : (
            <p>
              <Link to={paths.reportStory(story.id)} className="link text-sm">
                {t("story.report")}
              </Link>
            </p>
          )}
        </div>
      ) : null}
    </article>
  );
}

/** Highlight (with why it matters) or take it back, and add the story to a collection. */
function ManagerTools({
  storyId,
  highlightNote,
  failure,
}: {
  storyId: string;
  highlightNote: string | null;
  failure?: Refusal;
}) {
  const { t } = useTranslation();
  const { field } = formFields(failure);
  return (
    <Section id="manager-tools" title={t("story.managerTools")}>
      <AnchoredForm method="post" className="space-y-3">
        <input type="hidden" name="intent" value="highlight" />
        <TextAreaField
          label={highlightNote ? t("story.highlightNoteEdit") : t("story.highlightNote")}
          hint={t("story.highlightHint")}
          {...field("note", highlightNote)}
          rows={2}
          maxLength={300}
        />
        <SubmitButton label={highlightNote ? t("story.updateHighlight") : t("story.highlight")} />
      </AnchoredForm>
      <div className="flex flex-wrap gap-3">
        {highlightNote ? <ActionButton intent="unhighlight" label={t("story.unhighlight")} /> : null}
        <ButtonLink to={paths.addToCollection(storyId)} label={t("story.addToCollection")} />
      </div>
    </Section>
  );
}
