import { Link, useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "~/utils/i18n";
import type { Refusal } from "~/utils/forms";
import { formFields, textValue } from "~/utils/forms";
import { useFormatters } from "~/utils/format";
import { IN_PLACE_FIELD, useIsHydrated } from "~/utils/hydrated";
import { paths } from "~/utils/paths";
import { useAnchoredAction } from "~/utils/anchors";
import { ActionButton } from "./action-button";
import { AnchoredForm } from "./anchored-form";
import { SubmitButton } from "./button";
import { Avatar } from "./avatar";
import { EmptyState } from "./empty-state";
import type { FacePerson } from "./person-link";
import { PersonLink } from "./person-link";
import { Section } from "./section";
import { TextAreaField } from "./text-field";

type Comment = {
  id: string;
  body: string;
  removedReason: string | null;
  createdAt: string | Date;
  editedAt: string | Date | null;
  removedAt: string | Date | null;
  authorId: string | null;
  author: (FacePerson & { username: string; hasPage: boolean }) | null;
};

type Failure = Refusal | undefined;

/** Comments on a story: everyone adds, authors edit and delete their own, managers remove any. */
export function CommentThread({
  storyId,
  comments,
  viewer,
  failure,
}: {
  storyId: string;
  comments: Comment[];
  viewer: { id: string; isManager: boolean };
  failure: Failure;
}) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  return (
    <Section
      plain
      id="comments"
      title={t("story.comments", { count: comments.filter((comment) => !comment.removedAt).length })}
    >
      {comments.length === 0 ? <EmptyState message={t("story.noComments")} /> : null}
      <ol className="space-y-3">
        {comments.map((comment) => {
          const isOwn = comment.authorId === viewer.id;
          const editFailure =
            failure?.intent === "editComment" && textValue(failure.values, "commentId") === comment.id
              ? failure
              : undefined;
          const when = `${formatDate(comment.createdAt)}${comment.editedAt ? ` · ${t("story.edited")}` : ""}`;
          return (
            <li key={comment.id} id={`comment-${comment.id}`} className="card space-y-2">
              {comment.removedAt ? (
                <p className="text-ink-muted italic">
                  {t("story.commentRemoved")}
                  {comment.removedReason ? ` ${t("story.removedReason", { reason: comment.removedReason })}` : ""}
                </p>
              ) : (
                <>
                  {comment.author ? (
                    <PersonLink person={comment.author} detail={when} />
                  ) : (
                    <p className="inline-flex min-h-11 items-center gap-2">
                      <Avatar person={{ id: comment.id, name: "?", avatar: null }} size="sm" />
                      <span className="font-semibold">{t("story.formerColleague")}</span>
                      <span className="text-sm text-ink-muted"> · {when}</span>
                    </p>
                  )}
                  <p className="break-words whitespace-pre-line">{comment.body}</p>
                  {isOwn || viewer.isManager ? (
                    <div className="flex flex-wrap items-start gap-2">
                      {isOwn ? (
                        <details className="w-full" open={Boolean(editFailure)}>
                          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent">
                            {t("story.editComment")}
                          </summary>
                          <AnchoredForm method="post" anchor={`comment-${comment.id}`} className="mt-2 space-y-2">
                            <input type="hidden" name="intent" value="editComment" />
                            <input type="hidden" name="commentId" value={comment.id} />
                            <CommentField
                              label={t("story.yourComment")}
                              failure={editFailure}
                              saved={comment.body}
                              required
                            />
                            <SubmitButton label={t("story.saveComment")} />
                          </AnchoredForm>
                        </details>
                      ) : null}
                      <ActionButton
                        intent={isOwn ? "deleteComment" : "removeComment"}
                        fields={{ commentId: comment.id }}
                        label={isOwn ? t("story.deleteComment") : t("story.removeComment")}
                      />
                    </div>
                  ) : (
                    <Link
                      to={paths.reportStory(storyId, comment.id)}
                      className="link inline-flex min-h-11 items-center text-sm"
                    >
                      {t("story.reportComment")}
                    </Link>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
      <NewComment failure={failure?.intent === "comment" ? failure : undefined} />
    </Section>
  );
}

const NEW_COMMENT_ID = "new-comment";

/** Posts in place with JavaScript (and empties itself afterwards); a plain form without. */
function NewComment({ failure }: { failure: Failure }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<{ ok: true } | Refusal>();
  const isHydrated = useIsHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const shownFailure = fetcher.data && "fieldErrors" in fetcher.data ? fetcher.data : failure;
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data && "ok" in fetcher.data) formRef.current?.reset();
  }, [fetcher.state, fetcher.data]);
  return (
    <fetcher.Form
      method="post"
      id={NEW_COMMENT_ID}
      action={useAnchoredAction(undefined, NEW_COMMENT_ID)}
      ref={formRef}
      className="card space-y-3"
      noValidate
    >
      <input type="hidden" name="intent" value="comment" />
      {isHydrated ? <input type="hidden" name={IN_PLACE_FIELD} value="1" /> : null}
      <CommentField label={t("story.addComment")} failure={shownFailure} />
      <SubmitButton label={t("story.postComment")} disabled={fetcher.state !== "idle"} />
    </fetcher.Form>
  );
}

/** A comment's text, new or edited: what was typed when it was refused, else the comment as it is. */
function CommentField({
  label,
  failure,
  saved,
  required,
}: {
  label: string;
  failure: Failure;
  saved?: string;
  required?: boolean;
}) {
  return (
    <TextAreaField
      label={label}
      {...formFields(failure).field("body", saved)}
      rows={3}
      maxLength={2000}
      required={required}
    />
  );
}
