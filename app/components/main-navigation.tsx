import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { PhotoView } from "~/models/photos.server";
import { paths } from "~/utils/paths";
import { Avatar } from "./avatar";
import type { IconName } from "./icons";
import { Icon } from "./icons";

const items: { to: string; key: string; icon: IconName }[] = [
  { to: paths.home(), key: "nav.feed", icon: "feed" },
  { to: paths.newStory(), key: "nav.share", icon: "share" },
  { to: paths.collections(), key: "nav.collections", icon: "collections" },
  { to: paths.notifications(), key: "nav.notifications", icon: "notifications" },
  { to: paths.profile(), key: "nav.me", icon: "me" },
];

/**
 * The five destinations: a bottom bar on phones, a row in the top bar on wider screens. "Me" shows
 * the person's own face (or initials), so it is plain whose app this is.
 */
export function MainNavigation({
  unreadCount,
  variant,
  me,
}: {
  unreadCount: number;
  variant: "bottom" | "top";
  me: { id: string; name: string; avatar: PhotoView | null };
}) {
  const { t } = useTranslation();
  const isBottom = variant === "bottom";
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
                {/* Five columns of 78 px on a 390 px phone: "Mitteilungen" fits at this size, and a
                    longer word is cut with an ellipsis rather than run into its neighbour. */}
                <span className={isBottom ? "block max-w-full truncate" : undefined}>
                  {t(item.key)}
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
