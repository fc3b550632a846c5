import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { FormError } from "~/components/form-error";
import { StorySearch } from "~/components/story-search";
import {
  findReviewItem,
  findStoriesToAdd,
  keepReviewedItem,
  listItemsDueForReview,
  removeReviewedItem,
  replaceReviewedItem,
} from "~/models/collections.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { recordId } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.review.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const url = new URL(request.url);
  const replaceId = url.searchParams.get("replace") ?? "";
  const q = (url.searchParams.get("q") ?? "").slice(0, 200);
  const [items, replacing] = await Promise.all([listItemsDueForReview(), replaceId ? findReviewItem(replaceId) : null]);
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

const ItemIdSchema = z.object({ itemId: recordId });

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const done = (messageKey: string) => redirectWithFlash(paths.collectionReview(), messageKey);
  return handleIntents(request, {
    keep: intent(ItemIdSchema, async ({ itemId }) => {
      await keepReviewedItem(itemId);
      return done("collections.review.kept");
    }),
    remove: intent(ItemIdSchema, async ({ itemId }) => {
      await removeReviewedItem(itemId);
      return done("collections.review.removed");
    }),
    replace: intent(ItemIdSchema.extend({ storyId: recordId }), async ({ itemId, storyId }) => {
      await replaceReviewedItem(itemId, storyId);
      return done("collections.review.replaced");
    }),
  });
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
            path={paths.collectionReview()}
            label={t("collections.review.searchLabel")}
            query={q}
            results={search}
            searchFields={{ replace: replacing.id }}
            chooseFields={{ intent: "replace", itemId: replacing.id }}
            chooseLabel={t("collections.review.useStory")}
          />
          <Link to={paths.collectionReview()} className="link">
            {t("collections.review.cancelReplace")}
          </Link>
        </section>
      ) : null}

      {items.length === 0 ? <p className="card text-slate-700">{t("collections.review.none")}</p> : null}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="card space-y-3">
            <p className="text-sm text-slate-700">
              <Link to={paths.editCollection(item.collection.slug)} className="link">
                {item.collection.title}
              </Link>{" "}
              · {t("collections.review.position", { position: item.position + 1 })} ·{" "}
              {t("collections.review.dueSince", { date: formatDate(item.reviewAt) })}
            </p>
            <h2 className="text-lg font-semibold break-words">
              <Link
                to={paths.story(item.story.id)}
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
              <ActionButton
                intent="keep"
                fields={{ itemId: item.id }}
                label={t("collections.review.keep")}
                about={item.story.title}
                variant="primary"
              />
              <Link to={`${paths.collectionReview(item.id)}#replace`} className="button-secondary">
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
