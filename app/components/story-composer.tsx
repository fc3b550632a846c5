import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { dimensions } from "~/utils/dimensions";
import type { PersonOption } from "~/models/people.server";
import type { PhotoView } from "~/models/photos.server";
import type { Refusal, SubmittedValues } from "~/utils/forms";
import { formFields, listValue, textValue } from "~/utils/forms";
import { languages } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import { storyPrompts, storyReflections } from "~/utils/story-fields";
import type { ButtonVariant } from "./button";
import { SubmitButton } from "./button";
import type { Choice } from "./choice-group";
import { ChoiceGroup } from "./choice-group";
import { FormError } from "./form-error";
import { PageHeader } from "./page-header";
import { PeoplePicker } from "./people-picker";
import { SelectField } from "./select-field";
import { StoryPhotosField } from "./story-photos-field";
import { TextAreaField } from "./text-area-field";
import { TextField } from "./text-field";

/** What the composer's action answers when it does not redirect: a refusal, a preview, the people found. */
export type ComposerResult = Refusal & {
  preview?: string;
  /** Who the people list offers now: the author's team, whoever is chosen, and anyone just found. */
  peopleOptions?: PersonOption[];
  /** The answer to "Find" (without JavaScript). */
  peopleFound?: PersonOption[];
  /** The photos the form names now, kept uploads included. */
  photos?: PhotoView[];
};

type Props = {
  options: { values: { id: string; name: string; explanation: string; colour: string }[]; people: PersonOption[] };
  /** The story as it stands (an edit), or the defaults of a new one, as a form would send it. */
  draft: SubmittedValues;
  /** The photos the story carries (an edit); their ids and descriptions are in `draft`. */
  photos: PhotoView[];
  result?: ComposerResult;
  /** A published story can only be updated, never turned back into a draft. */
  isPublished: boolean;
};

/** What the loader of a composer page (a new story, an edit) answers: the form's props but the action's answer. */
export type ComposerPageData = Omit<Props, "result">;

/** A composer page: its heading, then the form, started from the route's loader and shown again with its action's answer. */
export function StoryComposerPage({ title, lead }: { title: string; lead?: string }) {
  const composer = useLoaderData<ComposerPageData>();
  const result = useActionData<ComposerResult>();
  return (
    <div className="space-y-4">
      <PageHeader title={title} lead={lead} />
      <StoryComposer {...composer} result={result} />
    </div>
  );
}

// What the story is tagged with, each chosen from a list.
const tagGroups = ["values", "dimensions"] as const;

/** The whole composer form: one page, phone first, every part usable without JavaScript. */
export function StoryComposer({ options, draft, photos, result, isPublished }: Props) {
  const { t } = useTranslation();
  const previewRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const isSubmitting = useNavigation().state === "submitting";
  // What was sent back when there is an answer, the story as it stands before.
  const form = formFields(result);
  const field = (name: string) => form.field(name, textValue(draft, name));
  const list = (name: string) => form.list(name, listValue(draft, name));
  const shown = (name: string) => field(name).defaultValue ?? "";
  const errors = result?.fieldErrors ?? {};
  const hasPrompts = storyPrompts.some((prompt) => shown(prompt));
  const photoIds = list("photoIds");
  const photoDescriptions = list("photoDescriptions");
  const descriptionsById = Object.fromEntries(photoIds.map((id, index) => [id, photoDescriptions[index] ?? ""]));

  const choices: Record<(typeof tagGroups)[number], Choice[]> = {
    values: options.values.map((value) => ({
      value: value.id,
      label: value.name,
      description: value.explanation,
      colour: value.colour,
    })),
    dimensions: dimensions.map((dimension) => ({
      value: dimension,
      label: t(`dimensions.${dimension}.name`),
      description: t(`dimensions.${dimension}.question`),
    })),
  };
  // The intents the form's buttons send. A published story can only be updated, never turned back into a draft.
  const buttons: { value: string; label: string; variant: ButtonVariant }[] = [
    { value: "publish", label: isPublished ? t("composer.update") : t("composer.publish"), variant: "primary" },
    ...(isPublished ? [] : [{ value: "draft", label: t("composer.saveDraft"), variant: "secondary" as const }]),
    { value: "preview", label: t("composer.preview"), variant: "secondary" },
  ];

  useEffect(() => {
    if (result?.preview !== undefined) previewRef.current?.focus();
    else if (result) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [result]);

  return (
    <Form method="post" encType="multipart/form-data" ref={formRef} className="space-y-6" noValidate>
      <FormError messageKey={result?.formError ?? (Object.keys(errors).length ? "composer.checkFields" : null)} />

      {result?.preview !== undefined ? (
        <section aria-labelledby="composer-preview" className="card border-accent">
          <h2
            id="composer-preview"
            ref={previewRef}
            tabIndex={-1}
            className="text-sm font-semibold tracking-wide text-ink-muted uppercase"
          >
            {t("composer.previewHeading")}
          </h2>
          <p className="mt-2 text-2xl font-bold">{shown("title")}</p>
          {/* Rendered and sanitised on the server by the same code that renders published stories. */}
          <div
            className="story-body mt-3"
            lang={shown("language") || undefined}
            dangerouslySetInnerHTML={{ __html: result.preview }}
          />
        </section>
      ) : null}

      <div className="card space-y-4">
        <TextField
          label={t("composer.title")}
          hint={t("composer.titleHint")}
          {...field("title")}
          required
          maxLength={140}
        />
        <TextAreaField
          label={t("composer.body")}
          hint={
            <>
              {t("composer.bodyHint")} <span className="font-mono">{t("composer.formatting")}</span>{" "}
              <Link to={paths.help()} className="link">
                {t("help.title")}
              </Link>
            </>
          }
          {...field("body")}
          rows={8}
        />
        <details open={hasPrompts} className="rounded-lg border border-line p-3">
          <summary className="min-h-11 cursor-pointer py-2 font-medium">{t("composer.prompts")}</summary>
          <div className="mt-2 space-y-4">
            <p className="text-sm text-ink-muted">{t("composer.promptsHint")}</p>
            {storyPrompts.map((prompt) => (
              <TextAreaField key={prompt} label={t(`stories.prompts.${prompt}`)} {...field(prompt)} rows={3} />
            ))}
          </div>
        </details>
      </div>

      <div className="card">
        <StoryPhotosField
          photos={result?.photos ?? photos}
          descriptions={descriptionsById}
          errors={[...(errors.photos ?? []), ...(errors.photoIds ?? []), ...(errors.photoDescriptions ?? [])]}
        />
      </div>

      <div className="card space-y-6">
        {tagGroups.map((group) => (
          <ChoiceGroup
            key={group}
            legend={t(`composer.${group}`)}
            hint={t(`composer.${group}Hint`)}
            name={group}
            selected={list(group)}
            errors={errors[group]}
            choices={choices[group]}
          />
        ))}
      </div>

      <div className="card space-y-4">
        <PeoplePicker
          label={t("composer.people")}
          hints={{ typeahead: t("composer.peopleHintTypeahead"), list: t("composer.peopleHintList") }}
          name="people"
          people={result?.peopleOptions ?? options.people}
          selected={list("people")}
          found={result?.peopleFound}
          query={shown("peopleQuery")}
          errors={errors.people}
          findErrors={errors.peopleQuery}
        />
        <TextAreaField
          label={t("composer.customerQuote")}
          hint={<strong className="font-semibold text-warning">{t("composer.privacyReminder")}</strong>}
          {...field("customerQuote")}
          rows={3}
          maxLength={600}
        />
        {storyReflections.map((reflection) => (
          <TextAreaField
            key={reflection}
            label={t(`composer.${reflection}`)}
            hint={t(`composer.${reflection}Hint`)}
            {...field(reflection)}
            rows={2}
            maxLength={1000}
          />
        ))}
        <SelectField
          label={t("composer.language")}
          {...field("language")}
          options={languages.map((language) => ({
            value: language,
            label: t(`language.names.${language}`),
            lang: language,
          }))}
        />
      </div>

      <div className="flex flex-wrap gap-3">
        {buttons.map((button) => (
          <SubmitButton key={button.value} {...button} name="intent" disabled={isSubmitting} />
        ))}
      </div>
    </Form>
  );
}
