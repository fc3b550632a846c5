import { NavLink } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import type { PhotoView } from "~/models/photos.server";
import { paths } from "~/utils/paths";
import type { RoleName } from "~/utils/roles";
import { hasRole } from "~/utils/roles";
import { Avatar } from "./avatar";
import type { IconName } from "./icons";
import { Icon } from "./icons";

// `barKey`: a shorter word for the bottom bar where the full one does not fit a 64 px column
// (a 320 px phone) in some language.
type Item = { to: string; key: string; barKey?: string; icon: IconName };
const destinations = {
  welcome: { to: paths.welcome(), key: "nav.welcome", barKey: "nav.bar.welcome", icon: "welcome" },
  feed: { to: paths.home(), key: "nav.feed", icon: "feed" },
  share: { to: paths.newStory(), key: "nav.share", icon: "share" },
  collections: { to: paths.collections(), key: "nav.collections", barKey: "nav.bar.collections", icon: "collections" },
  manage: { to: paths.manage(), key: "nav.manage", icon: "manage" },
  notifications: {
    to: paths.notifications(),
    key: "nav.notifications",
    barKey: "nav.bar.notifications",
    icon: "notifications",
  },
  me: { to: paths.profile(), key: "nav.me", icon: "me" },
} satisfies Record<string, Item>;

type Me = { id: string; name: string; avatar: PhotoView | null; role: RoleName; isNewHire: boolean };

/**
 * Five destinations, chosen by role, so the bar never needs a sixth column: managers (and admins)
 * get "Manage", whose page leads to collections and the rest of their work; new hires get their
 * welcome page first, which lists their collections.
 */
export function navigationFor(me: Pick<Me, "role" | "isNewHire">): Item[] {
  if (hasRole(me, "manager"))
    return [destinations.feed, destinations.share, destinations.manage, destinations.notifications, destinations.me];
  if (me.isNewHire)
    return [destinations.welcome, destinations.feed, destinations.share, destinations.notifications, destinations.me];
  return [destinations.feed, destinations.share, destinations.collections, destinations.notifications, destinations.me];
}

/**
 * A bottom bar on phones, a row in the top bar on wider screens. "Me" shows the person's own face
 * (or initials), so it is plain whose app this is.
 */
export function MainNavigation({
  unreadCount,
  variant,
  me,
}: {
  unreadCount: number;
  variant: "bottom" | "top";
  me: Me;
}) {
  const { t } = useTranslation();
  const isBottom = variant === "bottom";
  const items = navigationFor(me);
  return (
    <nav
      aria-label={t("nav.label")}
      className={
        isBottom
          ? "fixed inset-x-0 bottom-0 z-20 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] md:hidden print:hidden"
          : "hidden md:block"
      }
    >
      <ul className={isBottom ? "grid grid-cols-5" : "flex gap-1"}>
        {items.map((item) => {
          const badge = item.icon === "notifications" && unreadCount > 0 ? unreadCount : null;
          return (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.to === paths.home()}
                className={({ isActive }) =>
                  [
                    isBottom
                      ? "group flex min-h-14 flex-col items-center justify-center gap-0.5 px-0.5 text-[0.6875rem] leading-tight font-medium tracking-tight"
                      : "flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm",
                    // In the bottom bar the current one is marked by a pill behind its icon, not by
                    // bold type, which would widen the longest labels past their column.
                    isActive
                      ? `text-accent-strong ${isBottom ? "" : "font-semibold"}`
                      : "text-ink-muted hover:text-ink",
                  ].join(" ")
                }
              >
                <span
                  className={
                    isBottom
                      ? "relative inline-flex rounded-full px-4 py-0.5 group-aria-[current=page]:bg-accent-soft"
                      : "relative"
                  }
                >
                  {item.icon === "me" ? (
                    <Avatar person={me} size="xs" />
                  ) : (
                    <Icon name={item.icon} className={isBottom ? "h-6 w-6" : "h-5 w-5"} />
                  )}
                  {badge ? (
                    <span className="absolute -top-1 -right-2 rounded-full bg-danger px-1.5 text-[0.65rem] leading-4 font-bold text-on-accent">
                      {badge > 99 ? "99+" : badge}
                    </span>
                  ) : null}
                </span>
                {/* Five columns of 64 px on a 320 px phone: every bar label fits at this size (the
                    overflow spec measures them); a longer word would be cut with an ellipsis
                    rather than run into its neighbour. */}
                <span className={isBottom ? "block max-w-full truncate" : undefined}>
                  {t(isBottom && item.barKey ? item.barKey : item.key)}
                  {badge ? <span className="sr-only"> ({t("nav.unread", { count: badge })})</span> : null}
                </span>
              </NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
