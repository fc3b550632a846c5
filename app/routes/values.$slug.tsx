import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { keepFeedOnReaction } from "~/components/feed-view";
import { NarrowedFeedPage } from "~/components/narrowed-feed-page";
import { getNarrowedFeed, getValueBySlug } from "~/models/values.server";
import { requireUser } from "~/utils/auth.server";
import { paths } from "~/utils/paths";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.value.name} · Brandworthy` : "Brandworthy" },
];

export async function loader({ request, params: { slug } }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const value = await getValueBySlug(slug!);
  return { value, ...(await getNarrowedFeed(user, new URL(request.url).searchParams, "value", value.slug)) };
}

export const shouldRevalidate = keepFeedOnReaction;

export default function ValuePage() {
  const { t } = useTranslation();
  const { value, ...feed } = useLoaderData<typeof loader>();
  return (
    <NarrowedFeedPage title={value.name} feed={feed} basePath={paths.value(value.slug)} facet="value">
      <p className="flex items-center gap-2 text-sm text-ink-muted">
        <span aria-hidden="true" className="h-3 w-3 rounded-full" style={{ backgroundColor: value.colour }} />
        {t(`valueKinds.${value.kind}`)}
      </p>
      <p className="text-lg">{value.explanation}</p>
      {value.archivedAt ? <p className="text-ink-muted">{t("values.archived")}</p> : null}
    </NarrowedFeedPage>
  );
}
