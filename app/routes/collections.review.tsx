import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { z } from "zod";
import { ButtonLink } from "~/components/button";
import { CollectionItemButton } from "~/components/collection-item-button";
import { CuratorsNote, UnavailableNote } from "~/components/collection-item-notes";
import { EmptyState } from "~/components/empty-state";
import { FormError } from "~/components/form-error";
import { Page } from "~/components/page-header";
import { Section } from "~/components/section";
import { StorySearch } from "~/components/story-search";
import {
  findReviewItem,
  findStoriesToAdd,
  keepReviewedItem,
  listItemsDueForReview,
  removeReviewedItem,
  replaceReviewedItem,
} from "~/models/collections.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { searchParam } from "~/utils/list-params";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.review.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const replaceId = searchParam(request, "replace");
  const q = searchParam(request, "q");
  const [items, replacing] = await Promise.all([listItemsDueForReview(), replaceId ? findReviewItem(replaceId) : null]);
  const search = replacing && q ? await findStoriesToAdd(q, replacing.collectionId) : null;
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
    <Page title={t("collections.review.title")} lead={t("collections.review.intro")}>
      <FormError messageKey={failure?.formError ?? (failure ? "errors.invalid" : null)} />

      {replacing ? (
        <Section
          id="replace"
          tone="highlight"
          title={t("collections.review.replaceHeading", {
            story: replacing.storyTitle,
            collection: replacing.collectionTitle,
          })}
          description={t("collections.review.replaceHint")}
        >
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
        </Section>
      ) : null}

      {items.length === 0 ? <EmptyState illustration="nothingToReview" message={t("collections.review.none")} /> : null}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="card space-y-3">
            <p className="text-sm text-ink-muted">
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
            {item.isAvailable ? null : <UnavailableNote />}
            <CuratorsNote note={item.note} />
            <p className="font-medium">{t("collections.review.question")}</p>
            <div className="flex flex-wrap gap-2">
              <CollectionItemButton item={item} intent="keep" label={t("collections.review.keep")} variant="primary" />
              <ButtonLink
                to={`${paths.collectionReview(item.id)}#replace`}
                label={t("collections.review.replace")}
                about={item.story.title}
              />
              <CollectionItemButton item={item} intent="remove" label={t("collections.review.remove")} />
            </div>
          </li>
        ))}
      </ul>
    </Page>
  );
}
