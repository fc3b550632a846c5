import { Form, Link, useActionData, useLoaderData, useNavigation, useParams } from "@remix-run/react";
import { Fragment, useEffect, useRef } from "react";
import { useTranslation, languages } from "~/utils/i18n";
import { dimensions } from "~/utils/dimensions";
import type { PersonOption } from "~/models/people.server";
import type { PhotoView } from "~/models/photos.server";
import type { Refusal, SubmittedValues } from "~/utils/forms";
import { formFields, listValue, textValue } from "~/utils/forms";
import { paths } from "~/utils/paths";
import { storyPrompts, storyReflections } from "~/utils/story-fields";
import { useUser } from "~/utils/user";
import { SubmitButton } from "./button";
import type { Choice } from "./choice-group";
import { RestoredDraftNote, useComposerDrafts } from "./composer-drafts";
import { FormError } from "./form-error";
import { PageHeader } from "./page-header";
import { PeoplePicker } from "./people-picker";
import { SelectField } from "./select-field";
import { StoryPhotosField } from "./story-photos-field";
import { TagChooser } from "./tag-chooser";
import { TextAreaField, TextField } from "./text-field";

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

const barButton = "min-w-0 grow px-2.5 leading-tight whitespace-normal md:grow-0 md:px-4";

// The fields tucked under "More details": opened when one of them holds something or a message.
const moreFields = ["customerQuote", ...storyReflections, "language"] as const;

/**
 * The whole composer form: one page, phone first, every part usable without JavaScript. What most
 * stories need (title, story, photos, values, people) comes first and fits two phone screens; the
 * guided prompts and the optional details fold away; Publish and Save stay in a bar on screen.
 */
export function StoryComposer({ options, draft, photos, result, isPublished }: Props) {
  const { t } = useTranslation();
  const languageOptions = languages.map((language) => ({
    value: language,
    label: t(`language.names.${language}`),
    lang: language,
  }));
  const user = useUser();
  const storyId = useParams().id;
  const previewRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const isSubmitting = useNavigation().state === "submitting";
  const { restored, discard } = useComposerDrafts({
    formRef,
    userId: user.id,
    storyId,
    canSaveOnServer: !isPublished,
    isEnabled: !result,
  });
  // What was sent back when there is an answer, then what the browser kept unsent, then the story as it stands.
  const form = formFields(result);
  const start = restored && !restored.isSentOnLeave ? restored.values : draft;
  const field = (name: string) => form.field(name, textValue(start, name));
  const list = (name: string) => form.list(name, listValue(start, name));
  const shown = (name: string) => field(name).defaultValue ?? "";
  const errors = result?.fieldErrors ?? {};
  const hasPrompts = storyPrompts.some((prompt) => shown(prompt) || errors[prompt]);
  const hasMore = moreFields.some((name) => (name !== "language" && shown(name)) || errors[name]);
  const photoIds = list("photoIds");
  const photoDescriptions = list("photoDescriptions");
  const descriptionsById = Object.fromEntries(photoIds.map((id, index) => [id, photoDescriptions[index] ?? ""]));
  const people = result?.peopleOptions ?? options.people;
  // A restored draft names people by id only: those the list does not offer any more are left out.
  const chosenPeople = list("people").filter((id) => !restored || people.some((person) => person.id === id));

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
  // Publish (or Save changes) and Save draft stay in the bar; Preview, a look before either, ends the form.
  const publish = { value: "publish", label: isPublished ? t("composer.update") : t("composer.publish") };
  const saveDraft = isPublished ? null : { value: "draft", label: t("composer.saveDraft") };

  useEffect(() => {
    if (result?.preview !== undefined) previewRef.current?.focus();
    else if (result) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [result]);

  return (
    <Form method="post" encType="multipart/form-data" ref={formRef} className="composer space-y-4" noValidate>
      <FormError messageKey={result?.formError ?? (Object.keys(errors).length ? "composer.checkFields" : null)} />
      {restored ? <RestoredDraftNote draft={restored} onDiscard={discard} /> : null}

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

      {/* Started again from the kept draft when it is restored, or from the story when it is discarded. */}
      <Fragment key={restored && !restored.isSentOnLeave ? restored.savedAt : "story"}>
        <div className="card space-y-4">
          <TextField
            label={t("composer.title")}
            hint={t("composer.titleHint")}
            {...field("title")}
            required
            maxLength={140}
            isCounted
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
            rows={5}
            maxLength={20_000}
            isCounted
          />
          <details open={hasPrompts} className="rounded-lg border border-line px-3">
            <summary className="min-h-11 cursor-pointer py-2.5 font-medium">{t("composer.prompts")}</summary>
            <div className="space-y-4 pb-3">
              <p className="text-sm text-ink-muted">{t("composer.promptsHint")}</p>
              {storyPrompts.map((prompt) => (
                <TextAreaField
                  key={prompt}
                  label={t(`stories.prompts.${prompt}`)}
                  {...field(prompt)}
                  rows={3}
                  maxLength={5_000}
                  isCounted
                />
              ))}
            </div>
          </details>
          <StoryPhotosField
            photos={result?.photos ?? photos}
            descriptions={descriptionsById}
            errors={[...(errors.photos ?? []), ...(errors.photoIds ?? []), ...(errors.photoDescriptions ?? [])]}
          />
        </div>

        <div className="card space-y-5">
          {tagGroups.map((group) => (
            <TagChooser
              key={group}
              legend={t(`composer.${group}`)}
              hint={t(`composer.${group}Hint`)}
              name={group}
              selected={list(group)}
              errors={errors[group]}
              choices={choices[group]}
              explain={{ label: t(`composer.${group}Explain`), title: t(`composer.${group}ExplainTitle`) }}
            />
          ))}
          <PeoplePicker
            label={t("composer.people")}
            hints={{ typeahead: t("composer.peopleHintTypeahead"), list: t("composer.peopleHintList") }}
            name="people"
            people={people}
            selected={chosenPeople}
            found={result?.peopleFound}
            query={shown("peopleQuery")}
            errors={errors.people}
            findErrors={errors.peopleQuery}
          />
        </div>

        <details open={hasMore} className="card">
          <summary className="-my-2 min-h-11 cursor-pointer py-2.5 font-medium">{t("composer.more")}</summary>
          <div className="mt-4 space-y-4">
            <TextAreaField
              label={t("composer.customerQuote")}
              hint={<strong className="font-semibold text-warning">{t("composer.privacyReminder")}</strong>}
              {...field("customerQuote")}
              rows={3}
              maxLength={600}
              isCounted
            />
            {storyReflections.map((reflection) => (
              <TextAreaField
                key={reflection}
                label={t(`story.reflections.${reflection}`)}
                hint={t(`composer.${reflection}Hint`)}
                {...field(reflection)}
                rows={2}
                maxLength={1000}
                isCounted
              />
            ))}
            <SelectField label={t("composer.language")} {...field("language")} options={languageOptions} />
          </div>
        </details>
      </Fragment>

      {/* Shows the story as colleagues will see it, without saving or sending it. */}
      <SubmitButton
        name="intent"
        value="preview"
        label={t("composer.preview")}
        variant="quiet"
        disabled={isSubmitting}
      />

      {/* On a phone it stays above the bottom navigation as the page scrolls; the page keeps room
          under the focused field for it (scroll-padding in app.css). */}
      <div className="composer-bar sticky bottom-[calc(3.5rem+1px+env(safe-area-inset-bottom))] z-10 -mx-4 flex gap-2 border-t border-line bg-surface/95 px-4 py-2.5 backdrop-blur md:bottom-0 md:mx-0 md:rounded-t-card md:border-x md:px-inset">
        {/* Side by side, sharing the width; on the narrowest phones Save draft's label wraps, never Publish's. */}
        <SubmitButton
          {...publish}
          name="intent"
          variant="primary"
          disabled={isSubmitting}
          className={`${barButton} shrink-0`}
        />
        {saveDraft ? (
          <SubmitButton
            {...saveDraft}
            name="intent"
            variant="secondary"
            disabled={isSubmitting}
            className={barButton}
          />
        ) : null}
      </div>
    </Form>
  );
}
