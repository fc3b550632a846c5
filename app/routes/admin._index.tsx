import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Building2, IdCard, Palette, ScrollText, Sparkles, UserPlus, UsersRound } from "lucide-react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { HubList } from "~/components/hub-list";
import { Page } from "~/components/page-header";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

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
    <Page title={t("admin.hub.title")}>
      <HubList
        entries={sections.map(({ key, to, icon }) => ({
          id: key,
          to,
          icon,
          title: t(`admin.hub.${key}.title`),
          description: t(`admin.hub.${key}.description`),
        }))}
      />
    </Page>
  );
}

await loadTranslationArea("manage");
