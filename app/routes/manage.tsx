import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BookOpen, ChartColumn, ClipboardCheck, GraduationCap, Settings, ShieldCheck } from "lucide-react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import type { HubEntry } from "~/components/hub-list";
import { HubList } from "~/components/hub-list";
import { Page } from "~/components/page-header";
import { countItemsDueForReview } from "~/models/collections.server";
import { countOpenReports } from "~/models/moderation.server";
import { requireUser } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { hasRole } from "~/utils/roles";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "manage.title");

// The manager's work, one tap from the bottom bar: a plain page of links, so it works without
// JavaScript, with what waits in each place counted.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, { role: "manager" });
  const [reports, reviews] = await Promise.all([countOpenReports(), countItemsDueForReview()]);
  return { reports, reviews, isAdmin: hasRole(user, "admin") };
}

export default function ManagePage() {
  const { t } = useTranslation();
  const { reports, reviews, isAdmin } = useLoaderData<typeof loader>();
  const entry = (id: string, to: string, icon: HubEntry["icon"], waiting = 0): HubEntry => ({
    id,
    to,
    icon,
    title: t(`manage.${id}.title`),
    description: t(`manage.${id}.description`),
    badge: waiting > 0 ? t("manage.waiting", { count: waiting }) : undefined,
  });
  const entries = [
    entry("insights", paths.insights(), ChartColumn),
    entry("collections", paths.collections(), BookOpen),
    entry("review", paths.collectionReview(), ClipboardCheck, reviews),
    entry("progress", paths.newHireProgress(), GraduationCap),
    entry("moderation", paths.moderation(), ShieldCheck, reports),
    ...(isAdmin ? [entry("admin", paths.admin(), Settings)] : []),
  ];
  return (
    <Page title={t("manage.title")}>
      <HubList entries={entries} />
    </Page>
  );
}

await loadTranslationArea("manage");
