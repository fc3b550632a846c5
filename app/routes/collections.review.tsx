import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { StorySearch } from "~/components/story-search";
import {
  AlreadyInCollectionError,
  CollectionItemNotFoundError,
  findStoriesToAdd,
  getReviewItem,
  keepReviewedItem,
  listItemsDueForReview,
  removeReviewedItem,
  replaceReviewedItem,
  StoryUnavailableError,
} from "~/models/collections.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { formFailure, parseForm, recordId, submittedValues } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { ActionButton } from "~/components/action-button";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.review.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const url = new URL(request.url);
  const replaceId = url.searchParams.get("replace") ?? "";
  const q = (url.searchParams.get("q") ?? "").slice(0, 200);
  const [items, replacing] = await Promise.all([listItemsDueForReview(), replaceId ? getReviewItem(replaceId) : null]);
  const search = replacing && q.trim() ? await findStoriesToAdd(q, replacing.collectionId) : null;
  return {
    items,
    replacing: replacing && {
      id: replacing.id,
      storyTitle: replacing.story.title,
      collectionTitle: replacing.collection.title,
    },
    q,
    search,
  };
}

const ReviewSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("keep"), itemId: recordId }),
  z.object({ intent: z.literal("remove"), itemId: recordId }),
  z.object({ intent: z.literal("replace"), itemId: recordId, storyId: recordId }),
]);

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const formData = await request.formData();
  const parsed = parseForm(ReviewSchema, formData);
  if (!parsed.success) return data(parsed.failure, { status: 400 });
  const form = parsed.data;
  const done = async (flash: string) =>
    redirect("/collections/review", { headers: { "Set-Cookie": await setFlash(flash) } });
  try {
    switch (form.intent) {
      case "keep":
        await keepReviewedItem(form.itemId);
        return done("collections.review.kept");
      case "remove":
        await removeReviewedItem(form.itemId);
        return done("collections.review.removed");
      case "replace":
        await replaceReviewedItem(form.itemId, form.storyId);
        return done("collections.review.replaced");
    }
  } catch (error) {
    if (error instanceof CollectionItemNotFoundError) throw new Response("Not found", { status: 404 });
    if (error instanceof AlreadyInCollectionError)
      return data(formFailure(submittedValues(formData), { formError: "collections.errors.alreadyInCollection" }), {
        status: 400,
      });
    if (error instanceof StoryUnavailableError)
      return data(formFailure(submittedValues(formData), { formError: "collections.errors.storyUnavailable" }), {
        status: 400,
      });
    throw error;
  }
}

export default function ReviewPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { items, replacing, q, search } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("collections.review.title")}</h1>
        <p className="text-slate-700">{t("collections.review.intro")}</p>
      </header>
      <FormError messageKey={failure?.formError ?? (failure ? "errors.invalid" : null)} />

      {replacing ? (
        <section id="replace" aria-labelledby="replace-heading" className="card space-y-3 border-brand-700">
          <h2 id="replace-heading" className="text-xl font-semibold break-words">
            {t("collections.review.replaceHeading", {
              story: replacing.storyTitle,
              collection: replacing.collectionTitle,
            })}
          </h2>
          <p className="text-slate-700">{t("collections.review.replaceHint")}</p>
          <StorySearch
            path="/collections/review"
            label={t("collections.review.searchLabel")}
            query={q}
            results={search}
            searchFields={{ replace: replacing.id }}
            chooseFields={{ intent: "replace", itemId: replacing.id }}
            chooseLabel={t("collections.review.useStory")}
          />
          <Link to="/collections/review" className="link">
            {t("collections.review.cancelReplace")}
          </Link>
        </section>
      ) : null}

      {items.length === 0 ? <p className="card text-slate-700">{t("collections.review.none")}</p> : null}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="card space-y-3">
            <p className="text-sm text-slate-700">
              <Link to={`/collections/${item.collection.slug}/edit`} className="link">
                {item.collection.title}
              </Link>{" "}
              · {t("collections.review.position", { position: item.position + 1 })} ·{" "}
              {t("collections.review.dueSince", { date: formatDate(item.reviewAt) })}
            </p>
            <h2 className="text-lg font-semibold break-words">
              <Link
                to={`/stories/${item.story.id}`}
                className="hover:underline focus-visible:underline"
                lang={item.story.language}
              >
                {item.story.title}
              </Link>
            </h2>
            {item.isAvailable ? null : (
              <p className="text-sm font-semibold text-amber-900">{t("collections.editor.unavailable")}</p>
            )}
            {item.note ? (
              <p className="rounded-lg bg-amber-50 p-2 text-sm text-amber-950">
                <span className="font-semibold">{t("collections.curatorsNote")}</span> {item.note}
              </p>
            ) : null}
            <p className="font-medium">{t("collections.review.question")}</p>
            <div className="flex flex-wrap gap-2">
              <Form method="post">
                <input type="hidden" name="intent" value="keep" />
                <input type="hidden" name="itemId" value={item.id} />
                <button type="submit" className="button-primary">
                  {t("collections.review.keep")}
                  <span className="sr-only">: {item.story.title}</span>
                </button>
              </Form>
              <Link
                to={`/collections/review?${new URLSearchParams({ replace: item.id })}#replace`}
                className="button-secondary"
              >
                {t("collections.review.replace")}
                <span className="sr-only">: {item.story.title}</span>
              </Link>
              <ActionButton
                intent="remove"
                fields={{ itemId: item.id }}
                label={t("collections.review.remove")}
                about={item.story.title}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
