import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "~/components/page-header";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.hub.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return null;
}

const sections = [
  { to: paths.adminValues(), key: "values" },
  { to: paths.adminTeams(), key: "teams" },
  { to: paths.adminPeople(), key: "people" },
  { to: paths.adminInvitations(), key: "invitations" },
  { to: paths.adminOrganisation(), key: "organisation" },
  { to: paths.adminAudit(), key: "audit" },
  { to: paths.designSystem(), key: "design" },
] as const;

export default function AdminHubPage() {
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.hub.title")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <li key={section.key} className="card space-y-1">
            <Link to={section.to} className="link text-lg font-semibold">
              {t(`admin.hub.${section.key}.title`)}
            </Link>
            <p className="text-ink-muted">{t(`admin.hub.${section.key}.description`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
