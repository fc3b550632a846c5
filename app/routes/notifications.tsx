import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "~/components/action-button";
import { Avatar } from "~/components/avatar";
import { EmptyState } from "~/components/empty-state";
import { Icon } from "~/components/icons";
import { PageHeader } from "~/components/page-header";
import { openNotifications } from "~/models/notifications.server";
import { requireUser } from "~/utils/auth.server";
import { useFormatters } from "~/utils/format";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.title");

/** Opening the page is reading it: everything shown is marked read (and says which was new). */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { notifications: await openNotifications(user.id) };
}

export default function NotificationsPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { notifications } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-4">
      <PageHeader title={t("notifications.title")} />
      {notifications.length === 0 ? <EmptyState illustration="allCaughtUp" message={t("notifications.none")} /> : null}
      <ul className="space-y-2">
        {notifications.map((notification) => {
          const text = t(`notifications.types.${notification.type}`, {
            name: notification.actor?.name ?? t("story.formerColleague"),
            count: notification.count,
            others: notification.count - 1,
            title: notification.story?.title ?? notification.collection?.title ?? "",
          });
          const to = notification.story
            ? paths.story(notification.story.id)
            : notification.collection
              ? paths.collection(notification.collection.slug)
              : null;
          return (
            <li
              key={notification.id}
              className={`card flex gap-3 ${notification.isUnread ? "border-l-4 border-l-accent" : ""}`}
            >
              {notification.actor ? (
                <Avatar person={notification.actor} />
              ) : (
                <span
                  aria-hidden
                  className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-surface-muted text-ink-muted"
                >
                  <Icon name="notifications" className="h-5 w-5" />
                </span>
              )}
              <div className="min-w-0 grow">
                {notification.isUnread ? (
                  <span className="text-sm font-semibold text-accent">{t("notifications.new")} · </span>
                ) : null}
                {to ? (
                  <Link to={to} className="link">
                    {text}
                  </Link>
                ) : (
                  <span>{text}</span>
                )}
                <p className="text-sm text-ink-muted">{formatDate(notification.activityAt)}</p>
                {notification.type === "mention" && notification.story ? (
                  <div className="mt-2">
                    <ActionButton
                      action={paths.story(notification.story.id)}
                      intent="removeMyName"
                      label={t("story.removeMyName")}
                      about={notification.story.title}
                    />
                  </div>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
