import { Link } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import { Chip } from "./chip";

/** A value's name with its colour as a marker; the text itself stays dark for contrast. */
export function ValueBadge({ name, colour }: { name: string; colour: string }) {
  return <Chip label={name} colour={colour} />;
}

/** A story's values as chips, each leading to the value's page (nothing when there are none). */
export function ValueChips({ values }: { values: { slug: string; name: string; colour: string }[] }) {
  const { t } = useTranslation();
  if (values.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("story.values")}>
      {values.map((value) => (
        <li key={value.slug}>
          <Link to={paths.value(value.slug)} className="inline-flex rounded-full">
            <ValueBadge name={value.name} colour={value.colour} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
