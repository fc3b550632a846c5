import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { ButtonLink } from "~/components/button";
import { EmptyState } from "~/components/empty-state";
import { Page } from "~/components/page-header";
import { listAuditLog } from "~/models/audit.server";
import { requireUser } from "~/utils/auth.server";
import { useFormatters } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return listAuditLog(new URL(request.url).searchParams.get("before"));
}

/** Who did what, newest first: moderation, highlights, role changes. */
export default function AuditPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { entries, nextBefore } = useLoaderData<typeof loader>();
  return (
    <Page spacing="tight" title={t("audit.title")}>
      {entries.length === 0 ? <EmptyState message={t("audit.none")} /> : null}
      <ol className="space-y-2">
        {entries.map((entry) => (
          <li key={entry.id} className="card">
            <p>
              <span className="font-semibold">{entry.actor?.name ?? t("story.formerColleague")}</span> ·{" "}
              <code className="text-sm">{entry.action}</code> ·{" "}
              {entry.targetType === "story" ? (
                <Link to={paths.story(entry.targetId)} className="link">
                  {t("audit.story")}
                </Link>
              ) : (
                <span>{entry.targetType}</span>
              )}
            </p>
            {entry.details ? <p className="text-ink-muted">{entry.details}</p> : null}
            <p className="text-sm text-ink-muted">{formatDate(entry.createdAt)}</p>
          </li>
        ))}
      </ol>
      {nextBefore ? <ButtonLink to={paths.adminAudit(nextBefore)} label={t("audit.older")} /> : null}
    </Page>
  );
}

await loadTranslationArea("manage");
