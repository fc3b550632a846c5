import type { AvatarPhoto, AvatarSize } from "~/utils/faces";
import { AVATAR_PIXELS, avatarFile } from "~/utils/faces";

const sizes: Record<AvatarSize, string> = {
  xs: "h-6 w-6 text-[0.625rem]",
  sm: "h-8 w-8 text-xs",
  md: "h-10 w-10 text-sm",
  lg: "h-16 w-16 text-xl",
  xl: "h-24 w-24 text-3xl",
};

/** Two letters for a name: first and last word ("Zoë Yılmaz" → "ZY"), or the first two of one. */
export function initialsOf(name: string) {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1
      ? [words[0]!, words[words.length - 1]!].map((word) => [...word][0])
      : [...(words[0] ?? "?")].slice(0, 2);
  return letters.join("").toLocaleUpperCase();
}

/** A hue of the person's own, the same on every page and every server: from their id. */
export function hueOf(id: string) {
  let hash = 0;
  for (const character of id) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/**
 * A person's face: their photo, or their initials on a colour of their own. Decorative by
 * default, because a name always stands next to it; `label` names it when it stands alone.
 */
export function Avatar({
  person,
  size = "md",
  label,
}: {
  person: { id: string; name: string; avatar?: AvatarPhoto | null };
  size?: AvatarSize;
  label?: string;
}) {
  const shape = `inline-flex shrink-0 items-center justify-center overflow-hidden rounded-full ${sizes[size]}`;
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true as const };
  if (person.avatar) {
    const file = avatarFile(person.avatar, size);
    return (
      <span className={shape} {...a11y}>
        <img
          src={file.webp}
          alt=""
          width={AVATAR_PIXELS[size]}
          height={AVATAR_PIXELS[size]}
          loading="lazy"
          decoding="async"
          className="h-full w-full bg-cover object-cover"
          style={{ backgroundImage: `url("${person.avatar.placeholder}")` }}
        />
      </span>
    );
  }
  const hue = hueOf(person.id);
  return (
    <span
      className={`${shape} font-semibold`}
      style={{ backgroundColor: `hsl(${hue} 65% 88%)`, color: `hsl(${hue} 60% 24%)` }}
      {...a11y}
    >
      {initialsOf(person.name)}
    </span>
  );
}
