import type { LucideIcon } from "lucide-react";
import { Bell, BookOpen, Briefcase, CircleUserRound, Compass, House, SquarePen } from "lucide-react";

// The main navigation's icons, by destination, from lucide (named imports, so only these are
// bundled). Decorative: every use sits next to a visible or screen-reader label.
const icons = {
  welcome: Compass,
  feed: House,
  share: SquarePen,
  collections: BookOpen,
  notifications: Bell,
  manage: Briefcase,
  me: CircleUserRound,
} satisfies Record<string, LucideIcon>;

export type IconName = keyof typeof icons;

export function Icon({ name, className = "h-6 w-6" }: { name: IconName; className?: string }) {
  const Shape = icons[name];
  return <Shape aria-hidden="true" focusable="false" strokeWidth={1.8} className={className} />;
}
