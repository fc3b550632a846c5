import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { TextAreaField } from "~/components/text-area-field";
import { removeComment, restoreComment } from "~/models/comments.server";
import { dismissReports, getModerationQueue, HideSchema, hideStory, unhideStory } from "~/models/moderation.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { recordId, textValue } from "~/utils/forms";
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
    dismiss: intent(StoryIdSchema.extend({ commentId: recordId.optional() }), async (form) => {
      await dismissReports({ storyId: form.storyId, commentId: form.commentId }, manager);
      return done("dismiss");
    }),
    unhideStory: intent(StoryIdSchema, async (form) => {
      await unhideStory(form.storyId, manager);
      return done("unhideStory");
    }),
    restoreComment: intent(z.object({ commentId: recordId }), async (form) => {
      await restoreComment(form.commentId, manager);
      return done("restoreComment");
    }),
  });
}

export default function ModerationPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { groups, hiddenStories, removedComments } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("moderation.title")}</h1>
      <section aria-labelledby="moderation-open" className="space-y-3">
        <h2 id="moderation-open" className="text-xl font-semibold">
          {t("moderation.open", { count: groups.length })}
        </h2>
        {groups.length === 0 ? <p className="text-slate-700">{t("moderation.none")}</p> : null}
        <ul className="space-y-3">
          {groups.map((group) => {
            const target = group.commentId ?? group.storyId;
            const failedTarget = textValue(failure?.values, "commentId") || textValue(failure?.values, "storyId");
            const groupFailure = failure && failedTarget === target ? failure : undefined;
            return (
              <li key={group.key} className="card space-y-3">
                <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
                  {t(`moderation.kind.${group.kind}`)}
                </p>
                <p>
                  <Link to={paths.story(group.storyId)} className="link font-semibold">
                    {group.title}
                  </Link>
                  {group.author ? <span className="text-slate-700"> · {group.author}</span> : null}
                </p>
                {group.text ? (
                  <blockquote className="rounded bg-slate-100 p-2 whitespace-pre-line">{group.text}</blockquote>
                ) : null}
                <ul className="space-y-1 text-sm">
                  {group.reports.map((report, index) => (
                    <li key={index}>
                      <span className="font-semibold">{report.reporter ?? t("story.formerColleague")}</span> (
                      {formatDate(report.createdAt)}): {report.reason}
                    </li>
                  ))}
                </ul>
                <Form method="post" className="space-y-2">
                  <input type="hidden" name="intent" value={group.kind === "comment" ? "hideComment" : "hideStory"} />
                  <input type="hidden" name="storyId" value={group.storyId} />
                  {group.commentId ? <input type="hidden" name="commentId" value={group.commentId} /> : null}
                  <TextAreaField
                    label={t("moderation.reason")}
                    name="reason"
                    rows={2}
                    maxLength={300}
                    hint={t("moderation.reasonHint")}
                    defaultValue={textValue(groupFailure?.values, "reason")}
                    errors={groupFailure?.fieldErrors.reason}
                  />
                  <button type="submit" className="button-primary">
                    {t(`moderation.hide.${group.kind}`)}
                  </button>
                </Form>
                <ActionButton
                  intent="dismiss"
                  fields={{ storyId: group.storyId, ...(group.commentId ? { commentId: group.commentId } : {}) }}
                  label={t("moderation.dismiss")}
                  about={group.title}
                />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="moderation-hidden" className="space-y-3">
        <h2 id="moderation-hidden" className="text-xl font-semibold">
          {t("moderation.hiddenNow")}
        </h2>
        {hiddenStories.length + removedComments.length === 0 ? (
          <p className="text-slate-700">{t("moderation.nothingHidden")}</p>
        ) : null}
        <ul className="space-y-2">
          {hiddenStories.map((story) => (
            <li key={story.id} className="card flex flex-wrap items-center justify-between gap-2">
              <div>
                <Link to={paths.story(story.id)} className="link font-semibold">
                  {story.title}
                </Link>
                <p className="text-sm text-slate-700">
                  {t("moderation.hiddenBecause", { reason: story.hiddenReason ?? "" })}
                </p>
              </div>
              <ActionButton
                intent="unhideStory"
                fields={{ storyId: story.id }}
                label={t("moderation.restore")}
                about={story.title}
              />
            </li>
          ))}
          {removedComments.map((comment) => (
            <li key={comment.id} className="card flex flex-wrap items-center justify-between gap-2">
              <div>
                <p className="whitespace-pre-line">{comment.body}</p>
                <p className="text-sm text-slate-700">
                  {t("moderation.hiddenBecause", { reason: comment.removedReason ?? "" })}
                </p>
              </div>
              <ActionButton
                intent="restoreComment"
                fields={{ commentId: comment.id }}
                label={t("moderation.restore")}
                about={comment.body.slice(0, 60)}
              />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
