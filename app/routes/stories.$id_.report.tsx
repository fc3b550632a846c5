import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { Page } from "~/components/page-header";
import { Photo } from "~/components/photo";
import { PostForm } from "~/components/post-form";
import { ReasonField } from "~/components/reason-field";
import { ReportSchema, reportContent } from "~/models/moderation.server";
import { getStoryForPage } from "~/models/stories.server";
import { handleForm } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { notFound } from "~/utils/domain-error.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formFields } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "report.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = await getStoryForPage(params.id!, user);
  const query = new URL(request.url).searchParams;
  const commentId = query.get("comment");
  const comment = commentId
    ? page.comments.find((candidate) => candidate.id === commentId && !candidate.removedAt)
    : null;
  if (commentId && !comment) throw notFound();
  const photoId = query.get("photo");
  const photo = photoId ? page.story.photos.find((candidate) => candidate.id === photoId && !candidate.isHidden) : null;
  if (photoId && !photo) throw notFound();
  return {
    story: { id: page.story.id, title: page.story.title },
    comment: comment ? { id: comment.id, body: comment.body } : null,
    photo: photo ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleForm(request, ReportSchema, async (form) => {
    await reportContent({
      reporter: user,
      storyId: params.id!,
      commentId: form.commentId || undefined,
      photoId: form.photoId || undefined,
      reason: form.reason,
    });
    return redirectWithFlash(paths.story(params.id!), "report.thanks");
  });
}

export default function ReportPage() {
  const { t } = useTranslation();
  const { story, comment, photo } = useLoaderData<typeof loader>();
  const { field } = formFields(useActionData<typeof action>());
  return (
    <Page
      spacing="tight"
      title={comment ? t("report.commentTitle") : photo ? t("report.photoTitle") : t("report.title")}
      lead={
        <>
          {t("report.about")}{" "}
          <Link to={paths.story(story.id)} className="link">
            {story.title}
          </Link>
        </>
      }
    >
      {comment ? <blockquote className="card whitespace-pre-line italic">{comment.body}</blockquote> : null}
      {photo ? (
        <Photo photo={photo} sizes="(min-width: 640px) 320px, 100vw" className="w-full max-w-xs rounded-lg" />
      ) : null}
      <PostForm
        layout="card"
        fields={{ ...(comment ? { commentId: comment.id } : {}), ...(photo ? { photoId: photo.id } : {}) }}
        submit={{ label: t("report.submit") }}
      >
        <ReasonField purpose="report" {...field("reason")} />
      </PostForm>
    </Page>
  );
}

await loadTranslationArea("manage");
