import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { Building2, IdCard, Palette, ScrollText, Sparkles, UserPlus, UsersRound } from "lucide-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "~/components/page-header";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { loadTranslationArea } from "~/utils/i18n";

await loadTranslationArea("manage");

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.hub.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return null;
}

const sections = [
  { to: paths.adminValues(), key: "values", icon: Sparkles },
  { to: paths.adminTeams(), key: "teams", icon: UsersRound },
  { to: paths.adminPeople(), key: "people", icon: IdCard },
  { to: paths.adminInvitations(), key: "invitations", icon: UserPlus },
  { to: paths.adminOrganisation(), key: "organisation", icon: Building2 },
  { to: paths.adminAudit(), key: "audit", icon: ScrollText },
  { to: paths.designSystem(), key: "design", icon: Palette },
] as const;

export default function AdminHubPage() {
  const { t } = useTranslation();
  return (
    <div className="space-y-6">
      <PageHeader title={t("admin.hub.title")} />
      {/* Each section is one card to tap, named by its title; the description is read after it. */}
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map(({ key, to, icon: SectionIcon }) => (
          <li key={key}>
            <Link
              to={to}
              aria-labelledby={`hub-${key}`}
              aria-describedby={`hub-${key}-about`}
              className="card flex h-full gap-3 hover:border-accent"
            >
              <SectionIcon aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-accent" />
              <span className="space-y-1">
                <span id={`hub-${key}`} className="block text-lg font-semibold text-accent">
                  {t(`admin.hub.${key}.title`)}
                </span>
                <span id={`hub-${key}-about`} className="block text-ink-muted">
                  {t(`admin.hub.${key}.description`)}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
