import { Chip } from "./chip";

/** A value's name with its colour as a marker; the text itself stays dark for contrast. */
export function ValueBadge({ name, colour }: { name: string; colour: string }) {
  return <Chip label={name} colour={colour} />;
}
