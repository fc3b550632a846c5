import { Link } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
// The enum's plain object (no Prisma runtime), so the choices follow the schema.
import { CollectionAudience } from "~/generated/prisma/enums";
import type { formFields } from "~/utils/forms";
import { paths } from "~/utils/paths";
import { ChoiceGroup } from "./choice-group";
import { TextAreaField, TextField } from "./text-field";

type Details = { title: string; intro: string; audience: CollectionAudience; teams: string[] };

const NEW_COLLECTION: Details = { title: "", intro: "", audience: "everyone", teams: [] };

type Props = {
  teams: { id: string; name: string }[];
  newHireDays: number;
  /** The details form's fields, bound to its last refusal. */
  fields: ReturnType<typeof formFields>;
  /** The collection as it is saved (the editor); a new one starts for everyone. */
  saved?: Details;
};

/** Title, introduction and audience of a collection: the new-collection page and the editor. */
export function CollectionDetailsFields({ teams, newHireDays, fields, saved = NEW_COLLECTION }: Props) {
  const { t } = useTranslation();
  const { field, list } = fields;
  // A checkbox or radio group takes what was chosen as a list, with its messages.
  const choices = (name: keyof Details, chosen: string[]) => ({
    name,
    selected: list(name, chosen),
    errors: field(name).errors,
  });
  return (
    <div className="space-y-4">
      <TextField
        label={t("collections.form.title")}
        hint={t("collections.form.titleHint")}
        required
        maxLength={120}
        {...field("title", saved.title)}
      />
      <TextAreaField
        label={t("collections.form.intro")}
        hint={
          <>
            {t("collections.form.introHint")}{" "}
            <Link to={paths.help()} className="link">
              {t("help.title")}
            </Link>
          </>
        }
        rows={6}
        maxLength={10_000}
        {...field("intro", saved.intro)}
      />
      <ChoiceGroup
        type="radio"
        columns={1}
        legend={t("collections.form.audience")}
        choices={Object.values(CollectionAudience).map((audience) => ({
          value: audience,
          label: t(`collections.audience.${audience}`, { days: newHireDays }),
        }))}
        {...choices("audience", [saved.audience])}
      />
      <ChoiceGroup
        legend={t("collections.form.teams")}
        hint={t("collections.form.teamsHint")}
        choices={teams.map((team) => ({ value: team.id, label: team.name }))}
        {...choices("teams", saved.teams)}
      />
    </div>
  );
}
