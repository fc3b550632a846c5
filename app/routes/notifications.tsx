import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { ActionButton } from "~/components/action-button";
import { Avatar } from "~/components/avatar";
import { Badge } from "~/components/chip";
import { EmptyState } from "~/components/empty-state";
import { Icon } from "~/components/icons";
import { Page } from "~/components/page-header";
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
    <Page spacing="tight" title={t("notifications.title")}>
      {notifications.length === 0 ? <EmptyState illustration="allCaughtUp" message={t("notifications.none")} /> : null}
      {/* Rows in one card, as an inbox: the face says who, the dot and the word "New" say what is unread. */}
      {notifications.length ? (
        <ul className="divide-y divide-line overflow-hidden rounded-card bg-surface shadow-card ring-1 ring-line">
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
            const row = (
              <>
                <span className="relative shrink-0">
                  {notification.actor ? (
                    <Avatar person={notification.actor} />
                  ) : (
                    <span
                      aria-hidden
                      className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-surface-muted text-ink-muted"
                    >
                      <Icon name="notifications" className="h-5 w-5" />
                    </span>
                  )}
                  {notification.isUnread ? (
                    <span
                      aria-hidden
                      className="absolute -top-0.5 -right-0.5 h-3 w-3 rounded-full bg-accent ring-2 ring-surface"
                    />
                  ) : null}
                </span>
                <span className="min-w-0 grow">
                  <span className={`block ${notification.isUnread ? "font-semibold text-ink" : "text-ink"}`}>
                    {text}
                  </span>
                  <span className="mt-0.5 flex items-center gap-2 text-caption text-ink-muted">
                    {notification.isUnread ? <Badge label={t("notifications.new")} /> : null}
                    <time dateTime={new Date(notification.activityAt).toISOString()}>
                      {formatDate(notification.activityAt)}
                    </time>
                  </span>
                </span>
              </>
            );
            const rowShape = `flex min-h-11 items-start gap-3 px-inset py-3 ${notification.isUnread ? "bg-accent-soft/40" : ""}`;
            return (
              <li key={notification.id}>
                {to ? (
                  <Link
                    to={to}
                    className={`${rowShape} outline-none hover:bg-surface-muted focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent`}
                  >
                    {row}
                  </Link>
                ) : (
                  <div className={rowShape}>{row}</div>
                )}
                {notification.type === "mention" && notification.story ? (
                  // Outside the link: a form cannot sit inside one. Indented under the message.
                  <div
                    className={`pr-inset pb-3 pl-[calc(var(--spacing-inset)+3.25rem)] ${notification.isUnread ? "bg-accent-soft/40" : ""}`}
                  >
                    <ActionButton
                      action={paths.story(notification.story.id)}
                      intent="removeMyName"
                      label={t("story.removeMyName")}
                      about={notification.story.title}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </Page>
  );
}
