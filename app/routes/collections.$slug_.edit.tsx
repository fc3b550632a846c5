import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { ActionListItem } from "~/components/action-list-item";
import { AnchoredForm } from "~/components/anchored-form";
import { ButtonLink, SubmitButton } from "~/components/button";
import { CollectionDetailsFields } from "~/components/collection-details-fields";
import { CollectionItemList } from "~/components/collection-item-list";
import { EmptyState } from "~/components/empty-state";
import { FormError } from "~/components/form-error";
import { Page } from "~/components/page-header";
import { PeoplePicker } from "~/components/people-picker";
import { ReadingProgress } from "~/components/reading-progress";
import { Section } from "~/components/section";
import { SelectField } from "~/components/select-field";
import { StorySearch } from "~/components/story-search";
import { TextField } from "~/components/text-field";
import {
  addStoryToCollection,
  assignCollectionTo,
  AssignmentSchema,
  CollectionDetailsSchema,
  CollectionNoteSchema,
  deleteCollection,
  findCollectionBySlug,
  findPeopleToAssign,
  findStoriesToAdd,
  getCollectionForEditing,
  moveCollectionItem,
  peopleToAssign,
  removeCollectionItem,
  reorderCollectionItems,
  unassignCollection,
  updateCollectionDetails,
  updateCollectionItem,
} from "~/models/collections.server";
import { getNewHireDays } from "~/models/new-hires.server";
import type { PersonOption } from "~/models/people.server";
import { listTeams } from "~/models/teams.server";
import { checkboxList, handleIntents, intent, recordId, submittedValues } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { searchParam } from "~/utils/list-params";
import { redirectUnlessInPlace, redirectWithFlash } from "~/utils/flash.server";
import type { Refusal } from "~/utils/forms";
import { formFields, listValue, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.editor.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  const editor = await getCollectionForEditing(params.slug!);
  const q = searchParam(request, "q");
  const [teams, newHireDays, people, search] = await Promise.all([
    listTeams(),
    getNewHireDays(),
    peopleToAssign(manager),
    q ? findStoriesToAdd(q, editor.collection.id) : null,
  ]);
  return { ...editor, teams: teams.map(({ id, name }) => ({ id, name })), newHireDays, people, q, search };
}

const reviewDate = z
  .string()
  // YYYY-MM-DD, and a day that exists: 2026-02-31 would otherwise quietly become 3 March.
  .refine((value) => isCalendarDate(value), "collections.errors.date")
  .transform((value) => new Date(`${value}T00:00:00.000Z`));

function isCalendarDate(value: string) {
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const ItemIdSchema = z.object({ itemId: recordId });
// "Find" beside the "Assign to" list, for phones without JavaScript (as in the composer).
const FindPeopleSchema = z.object({ peopleQuery: z.string().trim().max(80).default("") });

/** What the assign form gets back when it stays on the page: a refusal or the people "Find" found. */
type AssignAnswer = Refusal & { peopleOptions?: PersonOption[]; peopleFound?: PersonOption[] };

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  const collection = await findCollectionBySlug(params.slug!);
  const editor = (section: string, query?: Record<string, string>) =>
    `${paths.editCollection(collection.slug, query)}#${section}`;
  return handleIntents(
    request,
    {
      details: intent(CollectionDetailsSchema, async (input) => {
        await updateCollectionDetails(collection.id, input);
        return redirectWithFlash(paths.editCollection(collection.slug), "collections.saved");
      }),
      add: intent(z.object({ storyId: recordId, q: z.string().trim().max(200).default("") }), async (form) => {
        const story = await addStoryToCollection(collection.id, form.storyId);
        // Back to the same search, so the next story can be added from it.
        return redirectWithFlash(editor("search", { q: form.q }), "collections.editor.added", {
          values: { title: story.title },
        });
      }),
      remove: intent(ItemIdSchema, async ({ itemId }) => {
        await removeCollectionItem(collection.id, itemId);
        return redirectWithFlash(editor("items"), "collections.editor.removed");
      }),
      move: intent(ItemIdSchema.extend({ direction: z.enum(["up", "down"]) }), async ({ itemId, direction }) => {
        await moveCollectionItem(collection.id, itemId, direction);
        return redirect(editor(`item-${itemId}`));
      }),
      reorder: intent(z.object({ order: checkboxList(recordId) }), async ({ order }, formData) => {
        await reorderCollectionItems(collection.id, order);
        return redirectUnlessInPlace(formData, editor("items"));
      }),
      item: intent(
        ItemIdSchema.extend({ note: CollectionNoteSchema, reviewAt: reviewDate }),
        async ({ itemId, note, reviewAt }) => {
          await updateCollectionItem(collection.id, itemId, { note, reviewAt });
          return redirectWithFlash(editor(`item-${itemId}`), "collections.editor.itemSaved");
        },
      ),
      assign: intent(AssignmentSchema, async (assignment) => {
        await assignCollectionTo(collection.id, assignment, manager);
        return redirectWithFlash(editor("assignments"), "collections.editor.assigned");
      }),
      findPeople: intent(FindPeopleSchema, async ({ peopleQuery }, formData): Promise<AssignAnswer> => {
        const values = submittedValues(formData);
        const answer = await findPeopleToAssign(manager, peopleQuery, listValue(values, "userIds") ?? []);
        return { intent: "findPeople", fieldErrors: {}, values, ...answer };
      }),
      unassign: intent(z.object({ userId: recordId }), async ({ userId }) => {
        await unassignCollection(collection.id, userId);
        return redirectWithFlash(editor("assignments"), "collections.editor.unassigned");
      }),
      delete: intent(
        z.object({
          confirm: z
            .string()
            .default("")
            .refine((value) => value === "yes", "collections.errors.confirmDelete"),
        }),
        async () => {
          await deleteCollection(collection.id, manager);
          return redirectWithFlash(paths.collections(), "collections.deleted", { values: { title: collection.title } });
        },
      ),
    },
    {
      // A refused assignment comes back with the people chosen in its list, still chosen.
      withRefusal: async (refusal): Promise<Pick<AssignAnswer, "peopleOptions">> =>
        refusal.intent === "assign"
          ? { peopleOptions: await peopleToAssign(manager, listValue(refusal.values, "userIds")) }
          : {},
    },
  );
}

export default function CollectionEditorPage() {
  const { t } = useTranslation();
  const { collection, details, items, assignees, teams, newHireDays, people, q, search } =
    useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { refusal } = formFields(answer);
  const failed = (...intents: string[]) => (refusal?.intent && intents.includes(refusal.intent) ? refusal : undefined);
  const detailsFields = formFields(answer, "details");
  const assignAnswer: AssignAnswer | undefined = failed("assign", "findPeople");
  const deleteFailure = failed("delete");
  const deleteErrorId = useId();
  return (
    <Page
      spacing="loose"
      eyebrow={t("collections.editor.title")}
      title={collection.title}
      actions={
        <div className="flex flex-wrap gap-3">
          <ButtonLink to={paths.collection(collection.slug)} label={t("collections.editor.view")} />
          <ButtonLink to={paths.collections()} label={t("collections.editor.allCollections")} />
        </div>
      }
    >
      <Section id="details" title={t("collections.editor.details")}>
        <AnchoredForm method="post" className="space-y-6" noValidate>
          <input type="hidden" name="intent" value="details" />
          <FormError messageKey={detailsFields.refusal ? "collections.form.checkFields" : null} />
          <CollectionDetailsFields teams={teams} newHireDays={newHireDays} fields={detailsFields} saved={details} />
          <SubmitButton label={t("collections.form.save")} />
        </AnchoredForm>
      </Section>

      <Section id="items" plain title={t("collections.editor.items", { count: items.length })}>
        <FormError messageKey={failed("item", "move", "remove", "reorder") ? "errors.invalid" : null} />
        <CollectionItemList items={items} actionData={answer} />
      </Section>

      <Section id="search" title={t("collections.editor.addStories")}>
        <FormError messageKey={failed("add")?.formError} />
        <StorySearch
          path={paths.editCollection(collection.slug)}
          label={t("collections.editor.searchLabel")}
          query={q}
          results={search}
          chooseFields={{ intent: "add", q }}
          chooseLabel={t("collections.editor.add")}
        />
      </Section>

      <Section
        id="assignments"
        title={t("collections.editor.assignments")}
        description={t("collections.editor.assignmentsIntro")}
      >
        {assignees.length ? (
          <ul className="space-y-2">
            {assignees.map((person) => (
              <ActionListItem
                key={person.id}
                action={
                  <ActionButton
                    intent="unassign"
                    fields={{ userId: person.id }}
                    label={t("collections.editor.unassign")}
                    about={person.name}
                  />
                }
              >
                <p className="font-semibold">
                  {person.name}
                  {person.teamName ? <span className="font-normal text-ink-muted"> · {person.teamName}</span> : null}
                </p>
                <ReadingProgress progress={person.progress} />
              </ActionListItem>
            ))}
          </ul>
        ) : (
          <EmptyState message={t("collections.editor.noAssignees")} />
        )}
        <AnchoredForm method="post" className="space-y-3" noValidate>
          <PeoplePicker
            // A new assignment is a new list: the people just assigned are no longer chosen.
            key={assignees.map((person) => person.id).join()}
            label={t("collections.editor.assignTo")}
            hints={{
              typeahead: t("collections.editor.assignToHintTypeahead"),
              list: t("collections.editor.assignToHint"),
            }}
            name="userIds"
            people={assignAnswer?.peopleOptions ?? people}
            selected={listValue(assignAnswer?.values, "userIds") ?? []}
            found={assignAnswer?.peopleFound}
            query={textValue(assignAnswer?.values, "peopleQuery") ?? ""}
            errors={assignAnswer?.fieldErrors.userIds}
            findErrors={assignAnswer?.fieldErrors.peopleQuery}
            taken={{ ids: assignees.map((person) => person.id), note: t("collections.editor.alreadyAssigned") }}
          />
          <fieldset className="space-y-3">
            <legend className="font-medium">{t("collections.editor.assignGroups")}</legend>
            <TextField
              label={t("collections.editor.joinedWithin")}
              hint={t("collections.editor.joinedWithinHint", { days: newHireDays })}
              name="joinedWithinDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              className="input max-w-32"
              defaultValue={textValue(assignAnswer?.values, "joinedWithinDays") ?? ""}
              errors={assignAnswer?.fieldErrors.joinedWithinDays}
            />
            <SelectField
              label={t("collections.editor.wholeTeam")}
              name="teamId"
              options={[
                { value: "", label: t("collections.editor.noTeamChosen") },
                ...teams.map((team) => ({ value: team.id, label: team.name })),
              ]}
              defaultValue={textValue(assignAnswer?.values, "teamId") ?? ""}
              errors={assignAnswer?.fieldErrors.teamId}
            />
          </fieldset>
          <SubmitButton name="intent" value="assign" label={t("collections.editor.assign")} />
        </AnchoredForm>
      </Section>

      <Section
        id="delete"
        tone="danger"
        title={t("collections.editor.deleteHeading")}
        description={t("collections.editor.deleteHint")}
      >
        <AnchoredForm method="post" className="space-y-3">
          <input type="hidden" name="intent" value="delete" />
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              className="h-5 w-5 accent-danger"
              aria-invalid={deleteFailure ? true : undefined}
              aria-describedby={deleteFailure ? deleteErrorId : undefined}
            />
            <span>{t("collections.editor.deleteConfirm")}</span>
          </label>
          {deleteFailure ? (
            <p id={deleteErrorId} className="text-sm font-medium text-danger">
              {t("collections.errors.confirmDelete")}
            </p>
          ) : null}
          <SubmitButton variant="danger" label={t("collections.editor.delete")} />
        </AnchoredForm>
      </Section>
    </Page>
  );
}

await loadTranslationArea("compose");
