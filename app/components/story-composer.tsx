import { Form, Link, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { dimensions } from "~/utils/dimensions";
import type { PersonOption } from "~/models/people.server";
import type { Refusal, SubmittedValues } from "~/utils/forms";
import { listValue, textValue } from "~/utils/forms";
import { languages } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import { ChoiceGroup } from "./choice-group";
import { FormError } from "./form-error";
import { PeoplePicker } from "./people-picker";
import { SelectField } from "./select-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";

/** What the composer's action answers when it does not redirect: a refusal, a preview, the people found. */
export type ComposerResult = Refusal & {
  preview?: string;
  /** Who the people list offers now: the author's team, whoever is chosen, and anyone just found. */
  peopleOptions?: PersonOption[];
  /** The answer to "Find" (without JavaScript). */
  peopleFound?: PersonOption[];
};

type Props = {
  options: { values: { id: string; name: string; explanation: string; colour: string }[]; people: PersonOption[] };
  /** The story as it stands (an edit), or the defaults of a new one, as a form would send it. */
  draft: SubmittedValues;
  result?: ComposerResult;
  /** A published story can only be updated, never turned back into a draft. */
  isPublished: boolean;
};

/** The whole composer form: one page, phone first, every part usable without JavaScript. */
export function StoryComposer({ options, draft, result, isPublished }: Props) {
  const { t } = useTranslation();
  const previewRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const isSubmitting = useNavigation().state === "submitting";
  const shown = result?.values ?? draft;
  const field = (name: string) => textValue(shown, name) ?? "";
  const list = (name: string) => listValue(shown, name) ?? [];
  const errors = result?.fieldErrors ?? {};
  const hasPrompts = Boolean(field("situation") || field("whatWasDone") || field("result"));

  useEffect(() => {
    if (result?.preview !== undefined) previewRef.current?.focus();
    else if (result) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [result]);

  return (
    <Form method="post" ref={formRef} className="space-y-6" noValidate>
      <FormError messageKey={result?.formError ?? (Object.keys(errors).length ? "composer.checkFields" : null)} />

      {result?.preview !== undefined ? (
        <section aria-labelledby="composer-preview" className="card border-brand-700">
          <h2
            id="composer-preview"
            ref={previewRef}
            tabIndex={-1}
            className="text-sm font-semibold tracking-wide text-slate-600 uppercase"
          >
            {t("composer.previewHeading")}
          </h2>
          <p className="mt-2 text-2xl font-bold">{field("title")}</p>
          {/* Rendered and sanitised on the server by the same code that renders published stories. */}
          <div
            className="story-body mt-3"
            lang={field("language") || undefined}
            dangerouslySetInnerHTML={{ __html: result.preview }}
          />
        </section>
      ) : null}

      <div className="card space-y-4">
        <TextField
          label={t("composer.title")}
          name="title"
          required
          maxLength={140}
          defaultValue={field("title")}
          errors={errors.title}
          hint={t("composer.titleHint")}
        />
        <TextAreaField
          label={t("composer.body")}
          name="body"
          rows={8}
          defaultValue={field("body")}
          errors={errors.body}
          hint={
            <>
              {t("composer.bodyHint")} <span className="font-mono">{t("composer.formatting")}</span>{" "}
              <Link to={paths.help()} className="link">
                {t("help.title")}
              </Link>
            </>
          }
        />
        <details open={hasPrompts} className="rounded-lg border border-slate-300 p-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("composer.prompts")}</summary>
          <div className="mt-2 space-y-4">
            <p className="text-sm text-slate-600">{t("composer.promptsHint")}</p>
            <TextAreaField
              label={t("stories.prompts.situation")}
              name="situation"
              rows={3}
              defaultValue={field("situation")}
              errors={errors.situation}
            />
            <TextAreaField
              label={t("stories.prompts.whatWasDone")}
              name="whatWasDone"
              rows={3}
              defaultValue={field("whatWasDone")}
              errors={errors.whatWasDone}
            />
            <TextAreaField
              label={t("stories.prompts.result")}
              name="result"
              rows={3}
              defaultValue={field("result")}
              errors={errors.result}
            />
          </div>
        </details>
      </div>

      <div className="card space-y-6">
        <ChoiceGroup
          legend={t("composer.values")}
          hint={t("composer.valuesHint")}
          name="values"
          selected={list("values")}
          errors={errors.values}
          choices={options.values.map((value) => ({
            value: value.id,
            label: value.name,
            description: value.explanation,
            colour: value.colour,
          }))}
        />
        <ChoiceGroup
          legend={t("composer.dimensions")}
          hint={t("composer.dimensionsHint")}
          name="dimensions"
          selected={list("dimensions")}
          errors={errors.dimensions}
          choices={dimensions.map((dimension) => ({
            value: dimension,
            label: t(`dimensions.${dimension}.name`),
            description: t(`dimensions.${dimension}.question`),
          }))}
        />
      </div>

      <div className="card space-y-4">
        <PeoplePicker
          label={t("composer.people")}
          hints={{ typeahead: t("composer.peopleHintTypeahead"), list: t("composer.peopleHintList") }}
          name="people"
          people={result?.peopleOptions ?? options.people}
          selected={list("people")}
          found={result?.peopleFound}
          query={field("peopleQuery")}
          errors={errors.people}
          findErrors={errors.peopleQuery}
        />
        <TextAreaField
          label={t("composer.customerQuote")}
          name="customerQuote"
          rows={3}
          maxLength={600}
          defaultValue={field("customerQuote")}
          errors={errors.customerQuote}
          hint={<strong className="font-semibold text-amber-900">{t("composer.privacyReminder")}</strong>}
        />
        <TextAreaField
          label={t("composer.whatHelped")}
          name="whatHelped"
          rows={2}
          maxLength={1000}
          defaultValue={field("whatHelped")}
          errors={errors.whatHelped}
          hint={t("composer.whatHelpedHint")}
        />
        <TextAreaField
          label={t("composer.gotInTheWay")}
          name="gotInTheWay"
          rows={2}
          maxLength={1000}
          defaultValue={field("gotInTheWay")}
          errors={errors.gotInTheWay}
          hint={t("composer.gotInTheWayHint")}
        />
        <SelectField
          label={t("composer.language")}
          name="language"
          defaultValue={field("language")}
          options={languages.map((language) => ({
            value: language,
            label: t(`language.names.${language}`),
            lang: language,
          }))}
        />
      </div>

      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="publish" className="button-primary" disabled={isSubmitting}>
          {isPublished ? t("composer.update") : t("composer.publish")}
        </button>
        {isPublished ? null : (
          <button type="submit" name="intent" value="draft" className="button-secondary" disabled={isSubmitting}>
            {t("composer.saveDraft")}
          </button>
        )}
        <button type="submit" name="intent" value="preview" className="button-secondary" disabled={isSubmitting}>
          {t("composer.preview")}
        </button>
      </div>
    </Form>
  );
}
