import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { CollectionDetailsFields } from "~/components/collection-details-fields";
import { CollectionItemList } from "~/components/collection-item-list";
import { FormError } from "~/components/form-error";
import { PeopleOptions } from "~/components/people-picker";
import { ReadingProgress } from "~/components/reading-progress";
import { StorySearch } from "~/components/story-search";
import {
  addStoryToCollection,
  AlreadyInCollectionError,
  AssigneeNotFoundError,
  assignCollection,
  CollectionDetailsSchema,
  CollectionItemNotFoundError,
  deleteCollection,
  findCollectionBySlug,
  CollectionNotFoundError,
  findStoriesToAdd,
  getCollectionForEditing,
  InvalidChoiceError,
  listAssignablePeople,
  moveCollectionItem,
  removeCollectionItem,
  reorderCollectionItems,
  StoryUnavailableError,
  unassignCollection,
  updateCollectionDetails,
  updateCollectionItem,
} from "~/models/collections.server";
import { getNewHireDays } from "~/models/new-hires.server";
import { listTeams } from "~/models/teams.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { checkboxList, formFailure, parseForm, recordId, submittedValues, textValue } from "~/utils/forms";
import { IN_PLACE_FIELD } from "~/utils/hydrated";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "collections.editor.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request, { role: "manager" });
  const editor = await getCollectionForEditing(params.slug!);
  if (!editor) throw new Response("Not found", { status: 404 });
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
  const [teams, newHireDays, people, search] = await Promise.all([
    listTeams(),
    getNewHireDays(),
    listAssignablePeople(),
    q.trim() ? findStoriesToAdd(q, editor.collection.id) : null,
  ]);
  const assigned = new Set(editor.assignees.map((person) => person.id));
  return {
    ...editor,
    teams: teams.map(({ id, name }) => ({ id, name })),
    newHireDays,
    people: people
      .filter((person) => !assigned.has(person.id))
      .map((person) => ({ id: person.id, name: person.name, team: person.team?.name ?? "" })),
    q,
    search,
  };
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

// The details form, with its intent checked like every other form's (a doubled intent is refused).
const DetailsFormSchema = z.intersection(CollectionDetailsSchema, z.object({ intent: z.literal("details") }));

const EditorActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), storyId: recordId, q: z.string().max(200).default("") }),
  z.object({ intent: z.literal("remove"), itemId: recordId }),
  z.object({ intent: z.literal("move"), itemId: recordId, direction: z.enum(["up", "down"]) }),
  z.object({ intent: z.literal("reorder"), order: checkboxList(recordId) }),
  z.object({
    intent: z.literal("item"),
    itemId: recordId,
    note: z.string().trim().max(500).default(""),
    reviewAt: reviewDate,
  }),
  z.object({
    intent: z.literal("assign"),
    userIds: checkboxList(recordId).pipe(z.array(recordId).min(1, "collections.errors.choosePeople")),
  }),
  z.object({ intent: z.literal("unassign"), userId: recordId }),
  z.object({
    intent: z.literal("delete"),
    confirm: z
      .string()
      .default("")
      .refine((value) => value === "yes", "collections.errors.confirmDelete"),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const manager = await requireUser(request, { role: "manager" });
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const itemId = String(formData.get("itemId") ?? "");
  const editPath = `/collections/${params.slug}/edit`;
  const back = async (to: string, flash?: string, values?: Record<string, string>) =>
    redirect(to, flash ? { headers: { "Set-Cookie": await setFlash(flash, values) } } : undefined);
  try {
    const collection = await findCollectionBySlug(params.slug!);

    if (intent === "details") {
      const teams = formData.getAll("teams").filter((item): item is string => typeof item === "string");
      const parsed = parseForm(DetailsFormSchema, formData);
      if (!parsed.success) return data({ intent, itemId, ...parsed.failure, teams }, { status: 400 });
      try {
        await updateCollectionDetails(collection.id, parsed.data);
      } catch (error) {
        if (error instanceof InvalidChoiceError)
          return data(
            { intent, itemId, ...formFailure(submittedValues(formData), { fieldErrors: error.fieldErrors }), teams },
            { status: 400 },
          );
        throw error;
      }
      return back(editPath, "collections.saved");
    }

    const parsed = parseForm(EditorActionSchema, formData);
    if (!parsed.success) return data({ intent, itemId, ...parsed.failure, teams: [] as string[] }, { status: 400 });
    const form = parsed.data;
    switch (form.intent) {
      case "add": {
        try {
          const story = await addStoryToCollection(collection.id, form.storyId);
          const query = form.q.trim() ? `?${new URLSearchParams({ q: form.q })}` : "";
          return back(`${editPath}${query}#search`, "collections.editor.added", { title: story.title });
        } catch (error) {
          const formError =
            error instanceof AlreadyInCollectionError
              ? "collections.errors.alreadyInCollection"
              : error instanceof StoryUnavailableError
                ? "collections.errors.storyUnavailable"
                : null;
          if (!formError) throw error;
          return data(
            { intent, itemId, ...formFailure(submittedValues(formData), { formError }), teams: [] as string[] },
            { status: 400 },
          );
        }
      }
      case "remove":
        await removeCollectionItem(collection.id, form.itemId);
        return back(`${editPath}#items`, "collections.editor.removed");
      case "move":
        await moveCollectionItem(collection.id, form.itemId, form.direction);
        return back(`${editPath}#item-${form.itemId}`);
      case "reorder":
        await reorderCollectionItems(collection.id, form.order);
        if (formData.get(IN_PLACE_FIELD)) return data({ ok: true as const });
        return back(`${editPath}#items`);
      case "item":
        await updateCollectionItem(collection.id, form.itemId, { note: form.note, reviewAt: form.reviewAt });
        return back(`${editPath}#item-${form.itemId}`, "collections.editor.itemSaved");
      case "assign":
        try {
          await assignCollection(collection.id, form.userIds, manager);
        } catch (error) {
          if (error instanceof InvalidChoiceError)
            return data(
              {
                intent,
                itemId,
                ...formFailure(submittedValues(formData), { fieldErrors: error.fieldErrors }),
                teams: [] as string[],
              },
              { status: 400 },
            );
          throw error;
        }
        return back(`${editPath}#assignments`, "collections.editor.assigned");
      case "unassign":
        await unassignCollection(collection.id, form.userId);
        return back(`${editPath}#assignments`, "collections.editor.unassigned");
      case "delete":
        await deleteCollection(collection.id, manager);
        return back("/collections", "collections.deleted", { title: collection.title });
    }
  } catch (error) {
    if (
      error instanceof CollectionNotFoundError ||
      error instanceof CollectionItemNotFoundError ||
      error instanceof AssigneeNotFoundError
    )
      throw new Response("Not found", { status: 404 });
    throw error;
  }
}

export default function CollectionEditorPage() {
  const { t } = useTranslation();
  const { collection, items, assignees, teams, newHireDays, people, q, search } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const failed = (intent: string) =>
    failure && "fieldErrors" in failure && failure.intent === intent ? failure : undefined;
  const detailsFailure = failed("details");
  const assignFailure = failed("assign");
  const deleteFailure = failed("delete");
  const addFailure = failed("add");
  const peopleId = useId();
  const editPath = `/collections/${collection.slug}/edit`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{t("collections.editor.title")}</p>
        <h1 className="text-2xl font-bold break-words">{collection.title}</h1>
        <div className="flex flex-wrap gap-3">
          <Link to={`/collections/${collection.slug}`} className="button-secondary">
            {t("collections.editor.view")}
          </Link>
          <Link to="/collections" className="button-secondary">
            {t("collections.editor.allCollections")}
          </Link>
        </div>
      </header>

      <section aria-labelledby="details-heading" className="card space-y-4">
        <h2 id="details-heading" className="text-xl font-semibold">
          {t("collections.editor.details")}
        </h2>
        <Form method="post" className="space-y-6" noValidate>
          <input type="hidden" name="intent" value="details" />
          <FormError messageKey={detailsFailure ? "collections.form.checkFields" : null} />
          <CollectionDetailsFields
            teams={teams}
            newHireDays={newHireDays}
            values={{
              title: textValue(detailsFailure?.values, "title") ?? collection.title,
              intro: textValue(detailsFailure?.values, "intro") ?? collection.intro,
              audience: textValue(detailsFailure?.values, "audience") ?? collection.audience,
              teams: detailsFailure?.teams ?? collection.teamIds,
            }}
            errors={detailsFailure?.fieldErrors}
          />
          <button type="submit" className="button-primary">
            {t("collections.form.save")}
          </button>
        </Form>
      </section>

      <section id="items" aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="text-xl font-semibold">
          {t("collections.editor.items", { count: items.length })}
        </h2>
        <FormError
          messageKey={
            failed("item") || failed("move") || failed("remove") || failed("reorder") ? "errors.invalid" : null
          }
        />
        <CollectionItemList items={items} failure={failed("item")} />
      </section>

      <section id="search" aria-labelledby="search-heading" className="card space-y-3">
        <h2 id="search-heading" className="text-xl font-semibold">
          {t("collections.editor.addStories")}
        </h2>
        <FormError messageKey={addFailure?.formError} />
        <StorySearch
          path={editPath}
          label={t("collections.editor.searchLabel")}
          query={q}
          results={search}
          chooseFields={{ intent: "add", q }}
          chooseLabel={t("collections.editor.add")}
        />
      </section>

      <section id="assignments" aria-labelledby="assign-heading" className="card space-y-4">
        <h2 id="assign-heading" className="text-xl font-semibold">
          {t("collections.editor.assignments")}
        </h2>
        <p className="text-slate-700">{t("collections.editor.assignmentsIntro")}</p>
        {assignees.length ? (
          <ul className="space-y-2">
            {assignees.map((person) => (
              <li
                key={person.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-300 p-3"
              >
                <div>
                  <p className="font-semibold">
                    {person.name}
                    {person.teamName ? <span className="font-normal text-slate-700"> · {person.teamName}</span> : null}
                  </p>
                  <ReadingProgress progress={person.progress} />
                </div>
                <Form method="post">
                  <input type="hidden" name="intent" value="unassign" />
                  <input type="hidden" name="userId" value={person.id} />
                  <button type="submit" className="button-secondary">
                    {t("collections.editor.unassign")}
                    <span className="sr-only">: {person.name}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-700">{t("collections.editor.noAssignees")}</p>
        )}
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="assign" />
          <div className="space-y-1">
            <label htmlFor={peopleId} className="block font-medium">
              {t("collections.editor.assignTo")}
            </label>
            <p id={`${peopleId}-hint`} className="text-sm text-slate-600">
              {t("collections.editor.assignToHint")}
            </p>
            {assignFailure?.fieldErrors.userIds ? (
              <p id={`${peopleId}-error`} className="text-sm font-medium text-red-700">
                {assignFailure.fieldErrors.userIds.map((error) => t(error)).join(" ")}
              </p>
            ) : null}
            <select
              id={peopleId}
              name="userIds"
              multiple
              size={8}
              className="input"
              aria-describedby={[`${peopleId}-hint`, assignFailure?.fieldErrors.userIds ? `${peopleId}-error` : ""]
                .filter(Boolean)
                .join(" ")}
              aria-invalid={assignFailure?.fieldErrors.userIds ? true : undefined}
            >
              <PeopleOptions people={people} />
            </select>
          </div>
          <button type="submit" className="button-primary">
            {t("collections.editor.assign")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="delete-heading" className="card space-y-3 border-red-200">
        <h2 id="delete-heading" className="text-xl font-semibold">
          {t("collections.editor.deleteHeading")}
        </h2>
        <p className="text-slate-700">{t("collections.editor.deleteHint")}</p>
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="delete" />
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              className="h-5 w-5 accent-red-700"
              aria-invalid={deleteFailure ? true : undefined}
            />
            <span>{t("collections.editor.deleteConfirm")}</span>
          </label>
          {deleteFailure ? (
            <p className="text-sm font-medium text-red-700">{t("collections.errors.confirmDelete")}</p>
          ) : null}
          <button type="submit" className="button-secondary text-red-800">
            {t("collections.editor.delete")}
          </button>
        </Form>
      </section>
    </div>
  );
}
