import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { TextAreaField } from "~/components/text-area-field";
import { removeComment, restoreComment } from "~/models/comments.server";
import { dismissReports, getModerationQueue, HideSchema, hideStory, unhideStory } from "~/models/moderation.server";
import { StoryNotFoundError } from "~/models/stories.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { parseForm, recordId } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { ActionButton } from "~/components/action-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "moderation.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  return getModerationQueue();
}

const ModerationSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("hideStory"), storyId: recordId }).merge(HideSchema),
  z.object({ intent: z.literal("hideComment"), storyId: recordId, commentId: recordId }).merge(HideSchema),
  z.object({ intent: z.literal("dismiss"), storyId: recordId, commentId: recordId.optional() }),
  z.object({ intent: z.literal("unhideStory"), storyId: recordId }),
  z.object({ intent: z.literal("restoreComment"), commentId: recordId }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  const formData = await request.formData();
  const parsed = parseForm(ModerationSchema, formData);
  if (!parsed.success)
    return data(
      { ...parsed.failure, target: String(formData.get("commentId") || formData.get("storyId") || "") },
      { status: 400 },
    );
  const form = parsed.data;
  try {
    if (form.intent === "hideStory") await hideStory(form.storyId, manager, form.reason);
    else if (form.intent === "hideComment") await removeComment(form.commentId, form.storyId, manager, form.reason);
    else if (form.intent === "dismiss")
      await dismissReports({ storyId: form.storyId, commentId: form.commentId }, manager);
    else if (form.intent === "unhideStory") await unhideStory(form.storyId, manager);
    else await restoreComment(form.commentId, manager);
  } catch (error) {
    if (error instanceof StoryNotFoundError) throw new Response("Not found", { status: 404 });
    throw error;
  }
  return redirect("/moderation", { headers: { "Set-Cookie": await setFlash(`moderation.done.${form.intent}`) } });
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
            const groupFailure = failure && failure.target === target ? failure : undefined;
            return (
              <li key={group.key} className="card space-y-3">
                <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
                  {t(`moderation.kind.${group.kind}`)}
                </p>
                <p>
                  <Link to={`/stories/${group.storyId}`} className="link font-semibold">
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
                    defaultValue={groupFailure?.values.reason}
                    errors={groupFailure?.fieldErrors.reason}
                  />
                  <button type="submit" className="button-primary">
                    {t(`moderation.hide.${group.kind}`)}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="dismiss" />
                  <input type="hidden" name="storyId" value={group.storyId} />
                  {group.commentId ? <input type="hidden" name="commentId" value={group.commentId} /> : null}
                  <button type="submit" className="button-secondary">
                    {t("moderation.dismiss")}
                  </button>
                </Form>
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
                <Link to={`/stories/${story.id}`} className="link font-semibold">
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
