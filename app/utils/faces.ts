/** What an avatar needs of a face's photo: its files by width (WebP) and the blurred placeholder. */
export type AvatarPhoto = { placeholder: string; files: { width: number; webp: string }[] };

export const AVATAR_PIXELS = { xs: 24, sm: 32, md: 40, lg: 64, xl: 96 } as const;
export type AvatarSize = keyof typeof AVATAR_PIXELS;

/** The smallest file that is still sharp at this size on a screen with twice the pixels. */
export function avatarFile(photo: AvatarPhoto, size: AvatarSize) {
  return photo.files.find((candidate) => candidate.width >= AVATAR_PIXELS[size] * 2) ?? photo.files.at(-1)!;
}

/**
 * A person's face with only what an avatar up to this size loads: lists of many people (a page
 * of cards) send one file and the placeholder instead of every size in two formats.
 */
export function withSmallFace<Person extends { avatar: AvatarPhoto | null }>(person: Person, size: AvatarSize) {
  const { avatar } = person;
  if (!avatar) return { ...person, avatar: null };
  const { width, webp } = avatarFile(avatar, size);
  return { ...person, avatar: { placeholder: avatar.placeholder, files: [{ width, webp }] } };
}
