import { Link } from "@remix-run/react";
import type { PhotoView } from "~/models/photos.server";
import { paths } from "~/utils/paths";
import { Avatar } from "./avatar";

export type FacePerson = { id: string; name: string; avatar: PhotoView | null };
type LinkedPerson = FacePerson & { username: string; hasPage: boolean };

/**
 * A person's face and name, linking to their page; without a page (deactivated) just the two.
 * `detail` follows the name in a quieter tone (their team, a date).
 */
export function PersonLink({
  person,
  detail,
  size = "sm",
}: {
  person: LinkedPerson;
  detail?: string | null;
  size?: "sm" | "md";
}) {
  const content = (
    <>
      <Avatar person={person} size={size} />
      <span className="min-w-0">
        <span className="font-semibold text-ink">{person.name}</span>
        {detail ? <span className="text-sm text-ink-muted"> · {detail}</span> : null}
      </span>
    </>
  );
  return person.hasPage ? (
    <Link
      to={paths.person(person.username)}
      className="inline-flex min-h-11 items-center gap-2 rounded-full pr-2 hover:underline focus-visible:outline-2"
    >
      {content}
    </Link>
  ) : (
    <span className="inline-flex min-h-11 items-center gap-2">{content}</span>
  );
}
