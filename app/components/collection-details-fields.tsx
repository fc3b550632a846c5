import { Link } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CollectionAudience } from "~/generated/prisma/enums";
import type { FieldErrors, SubmittedValues } from "~/utils/forms";
import { listValue, textValue } from "~/utils/forms";
import { paths } from "~/utils/paths";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";

const audiences = Object.values(CollectionAudience);

type Props = {
  teams: { id: string; name: string }[];
  newHireDays: number;
  /** The collection as it stands, or what was sent, in the form's own shape. */
  values: SubmittedValues;
  errors?: FieldErrors;
};

/** Title, introduction and audience of a collection: the new-collection page and the editor. */
export function CollectionDetailsFields({ teams, newHireDays, values, errors = {} }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const audienceErrorId = errors.audience?.length ? `${id}-audience-error` : undefined;
  const teamsErrorId = errors.teams?.length ? `${id}-teams-error` : undefined;
  const chosenTeams = listValue(values, "teams") ?? [];
  return (
    <div className="space-y-4">
      <TextField
        label={t("collections.form.title")}
        name="title"
        required
        maxLength={120}
        defaultValue={textValue(values, "title")}
        errors={errors.title}
        hint={t("collections.form.titleHint")}
      />
      <TextAreaField
        label={t("collections.form.intro")}
        name="intro"
        rows={6}
        maxLength={10_000}
        defaultValue={textValue(values, "intro")}
        errors={errors.intro}
        hint={
          <>
            {t("collections.form.introHint")}{" "}
            <Link to={paths.help()} className="link">
              {t("help.title")}
            </Link>
          </>
        }
      />
      <fieldset
        className="space-y-2"
        aria-describedby={audienceErrorId}
        aria-invalid={audienceErrorId ? true : undefined}
      >
        <legend className="font-medium">{t("collections.form.audience")}</legend>
        {audienceErrorId ? (
          <p id={audienceErrorId} className="text-sm font-medium text-red-700">
            {errors.audience!.map((error) => t(error)).join(" ")}
          </p>
        ) : null}
        {audiences.map((audience) => (
          <label
            key={audience}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="audience"
              value={audience}
              defaultChecked={textValue(values, "audience") === audience}
              className="h-5 w-5 accent-brand-700"
            />
            <span>{t(`collections.audience.${audience}`, { days: newHireDays })}</span>
          </label>
        ))}
      </fieldset>
      <fieldset
        className="space-y-2"
        aria-describedby={[`${id}-teams-hint`, teamsErrorId].filter(Boolean).join(" ")}
        aria-invalid={teamsErrorId ? true : undefined}
      >
        <legend className="font-medium">{t("collections.form.teams")}</legend>
        <p id={`${id}-teams-hint`} className="text-sm text-slate-600">
          {t("collections.form.teamsHint")}
        </p>
        {teamsErrorId ? (
          <p id={teamsErrorId} className="text-sm font-medium text-red-700">
            {errors.teams!.map((error) => t(error)).join(" ")}
          </p>
        ) : null}
        <ul className="grid gap-2 sm:grid-cols-2">
          {teams.map((team) => (
            <li key={team.id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input
                  type="checkbox"
                  name="teams"
                  value={team.id}
                  defaultChecked={chosenTeams.includes(team.id)}
                  className="h-5 w-5 accent-brand-700"
                />
                <span>{team.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
