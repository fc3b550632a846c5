import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { ActionListItem } from "~/components/action-list-item";
import { EmptyState } from "~/components/empty-state";
import { Page } from "~/components/page-header";
import { Photo } from "~/components/photo";
import { Section } from "~/components/section";
import { PostForm } from "~/components/post-form";
import { ReasonField } from "~/components/reason-field";
import { removeComment, restoreComment } from "~/models/comments.server";
import { dismissReports, getModerationQueue, HideSchema, hideStory, unhideStory } from "~/models/moderation.server";
import { hidePhoto, unhidePhoto } from "~/models/photos.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import type { Refusal } from "~/utils/forms";
import { formFields, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "moderation.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  return getModerationQueue();
}

const StoryIdSchema = z.object({ storyId: recordId });

export async function action({ request }: ActionFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  const done = (intentName: string) => redirectWithFlash(paths.moderation(), `moderation.done.${intentName}`);
  return handleIntents(request, {
    hideStory: intent(StoryIdSchema.merge(HideSchema), async (form) => {
      await hideStory(form.storyId, manager, form.reason);
      return done("hideStory");
    }),
    hideComment: intent(StoryIdSchema.extend({ commentId: recordId }).merge(HideSchema), async (form) => {
      await removeComment(form.commentId, form.storyId, manager, form.reason);
      return done("hideComment");
    }),
    hidePhoto: intent(z.object({ photoId: recordId }).merge(HideSchema), async (form) => {
      await hidePhoto(form.photoId, manager, form.reason);
      return done("hidePhoto");
    }),
    dismiss: intent(
      StoryIdSchema.extend({ commentId: recordId.optional(), photoId: recordId.optional() }),
      async (form) => {
        await dismissReports({ storyId: form.storyId, commentId: form.commentId, photoId: form.photoId }, manager);
        return done("dismiss");
      },
    ),
    unhideStory: intent(StoryIdSchema, async (form) => {
      await unhideStory(form.storyId, manager);
      return done("unhideStory");
    }),
    restoreComment: intent(z.object({ commentId: recordId }), async (form) => {
      await restoreComment(form.commentId, manager);
      return done("restoreComment");
    }),
    unhidePhoto: intent(z.object({ photoId: recordId }), async (form) => {
      await unhidePhoto(form.photoId, manager);
      return done("unhidePhoto");
    }),
  });
}

export default function ModerationPage() {
  const { t } = useTranslation();
  const { groups, hiddenStories, removedComments, hiddenPhotos } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const failedTarget =
    textValue(failure?.values, "commentId") ||
    textValue(failure?.values, "photoId") ||
    textValue(failure?.values, "storyId");
  // Everything hidden now, in one list: each with its reason, how to restore it and what it shows.
  const hidden = [
    ...hiddenStories.map((story) => ({
      key: story.id,
      reason: story.hiddenReason,
      restore: { intent: "unhideStory", fields: { storyId: story.id }, about: story.title },
      content: (
        <Link to={paths.story(story.id)} className="link font-semibold">
          {story.title}
        </Link>
      ),
    })),
    ...removedComments.map((comment) => ({
      key: comment.id,
      reason: comment.removedReason,
      restore: { intent: "restoreComment", fields: { commentId: comment.id }, about: comment.body.slice(0, 60) },
      content: <p className="whitespace-pre-line">{comment.body}</p>,
    })),
    ...hiddenPhotos.map((photo) => ({
      key: photo.id,
      reason: photo.reason,
      restore: { intent: "unhidePhoto", fields: { photoId: photo.id }, about: photo.description || photo.story.title },
      content: (
        <div className="flex items-start gap-3">
          <Photo photo={photo} sizes="96px" className="size-24 rounded-md object-cover" />
          <p>
            {t("moderation.photoOf")}{" "}
            <Link to={paths.story(photo.story.id)} className="link font-semibold">
              {photo.story.title}
            </Link>
          </p>
        </div>
      ),
    })),
  ];
  return (
    <Page spacing="loose" title={t("moderation.title")}>
      <Section plain id="open" title={t("moderation.open", { count: groups.length })}>
        {groups.length === 0 ? <EmptyState illustration="nothingToReview" message={t("moderation.none")} /> : null}
        <ul className="space-y-3">
          {groups.map((group) => (
            <ReportGroup
              key={group.key}
              group={group}
              failure={
                failure && failedTarget === (group.commentId ?? group.photo?.id ?? group.storyId) ? failure : undefined
              }
            />
          ))}
        </ul>
      </Section>

      <Section plain id="hidden" title={t("moderation.hiddenNow")}>
        {hidden.length === 0 ? <EmptyState message={t("moderation.nothingHidden")} /> : null}
        <ul className="space-y-2">
          {hidden.map(({ key, reason, restore, content }) => (
            <HiddenItem key={key} reason={reason} restore={restore}>
              {content}
            </HiddenItem>
          ))}
        </ul>
      </Section>
    </Page>
  );
}

type Group = ReturnType<typeof useLoaderData<typeof loader>>["groups"][number];

/** What was reported, by whom and why, with hiding it (and why) or dismissing the reports. */
function ReportGroup({ group, failure }: { group: Group; failure?: Refusal }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { field } = formFields(failure);
  const target = {
    storyId: group.storyId,
    ...(group.commentId ? { commentId: group.commentId } : {}),
    ...(group.photo ? { photoId: group.photo.id } : {}),
  };
  const hideIntent = { story: "hideStory", comment: "hideComment", photo: "hidePhoto" }[group.kind];
  return (
    <li className="card space-y-3">
      <p className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {t(`moderation.kind.${group.kind}`)}
      </p>
      <p>
        <Link to={paths.story(group.storyId)} className="link font-semibold">
          {group.title}
        </Link>
        {group.author ? <span className="text-ink-muted"> · {group.author}</span> : null}
      </p>
      {group.photo ? (
        <Photo photo={group.photo} sizes="(min-width: 640px) 320px, 100vw" className="w-full max-w-xs rounded-lg" />
      ) : null}
      {group.text ? (
        <blockquote className="rounded bg-surface-muted p-2 whitespace-pre-line">{group.text}</blockquote>
      ) : null}
      <ul className="space-y-1 text-sm">
        {group.reports.map((report, index) => (
          <li key={index}>
            <span className="font-semibold">{report.reporter ?? t("story.formerColleague")}</span> (
            {formatDate(report.createdAt)}): {report.reason}
          </li>
        ))}
      </ul>
      <PostForm intent={hideIntent} fields={target} submit={{ label: t(`moderation.hide.${group.kind}`) }}>
        <ReasonField purpose="hide" {...field("reason")} />
      </PostForm>
      <ActionButton intent="dismiss" fields={target} label={t("moderation.dismiss")} about={group.title} />
    </li>
  );
}

/** A hidden story or comment: what it is, why it was hidden, and putting it back. */
function HiddenItem({
  reason,
  restore,
  children,
}: {
  reason: string | null;
  restore: { intent: string; fields: Record<string, string>; about: string };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ActionListItem action={<ActionButton {...restore} label={t("moderation.restore")} />}>
      {children}
      <p className="text-sm text-ink-muted">{t("moderation.hiddenBecause", { reason: reason ?? "" })}</p>
    </ActionListItem>
  );
}

await loadTranslationArea("manage");
