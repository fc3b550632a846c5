import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { AdminHeader } from "~/components/admin-header";
import { FormError } from "~/components/form-error";
import { SelectField } from "~/components/select-field";
import { TextAreaField } from "~/components/text-area-field";
import { TextField } from "~/components/text-field";
import { ValueKind } from "~/generated/prisma/enums";
import { createValue, listAllValues, moveValue, setValueArchived, updateValue } from "~/models/values.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import type { Refusal } from "~/utils/forms";
import { recordId, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.values.title");

const ValueSchema = z.object({
  name: z.string().trim().min(1).max(60),
  explanation: z.string().trim().min(1).max(500),
  colour: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "admin.values.colourFormat")
    .transform((colour) => colour.toLowerCase()),
  kind: z.nativeEnum(ValueKind),
});
const ValueIdSchema = z.object({ valueId: recordId });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return { values: await listAllValues() };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const done = (intentName: string) => redirectWithFlash(paths.adminValues(), `admin.values.done.${intentName}`);
  return handleIntents(request, {
    create: intent(ValueSchema, async (form) => {
      await createValue(form);
      return done("create");
    }),
    update: intent(ValueIdSchema.merge(ValueSchema), async ({ valueId, ...input }) => {
      await updateValue(valueId, input);
      return done("update");
    }),
    move: intent(ValueIdSchema.extend({ direction: z.enum(["up", "down"]) }), async (form) => {
      await moveValue(form.valueId, form.direction);
      return done("move");
    }),
    archive: intent(ValueIdSchema, async (form) => {
      await setValueArchived(form.valueId, true);
      return done("archive");
    }),
    unarchive: intent(ValueIdSchema, async (form) => {
      await setValueArchived(form.valueId, false);
      return done("unarchive");
    }),
  });
}

/** The fields of a value, shared by "add" and each value's "edit"; a refusal shows what was typed. */
function ValueFormFields({
  refusal,
  initial,
}: {
  refusal?: Refusal;
  initial?: { name: string; explanation: string; colour: string; kind: string };
}) {
  const { t } = useTranslation();
  const typed = (key: keyof NonNullable<typeof initial>) => (refusal ? textValue(refusal.values, key) : initial?.[key]);
  return (
    <>
      <FormError messageKey={refusal?.formError} />
      <TextField
        label={t("admin.values.name")}
        name="name"
        maxLength={60}
        required
        defaultValue={typed("name")}
        errors={refusal?.fieldErrors.name}
      />
      <TextAreaField
        label={t("admin.values.explanation")}
        name="explanation"
        maxLength={500}
        rows={3}
        required
        hint={t("admin.values.explanationHint")}
        defaultValue={typed("explanation")}
        errors={refusal?.fieldErrors.explanation}
      />
      <TextField
        label={t("admin.values.colour")}
        name="colour"
        type="color"
        required
        defaultValue={typed("colour") ?? "#1d4ed8"}
        errors={refusal?.fieldErrors.colour}
        className="h-10 w-20 rounded border border-slate-400"
      />
      <SelectField
        label={t("admin.values.kind")}
        name="kind"
        options={Object.values(ValueKind).map((kind) => ({ value: kind, label: t(`valueKinds.${kind}`) }))}
        defaultValue={typed("kind") ?? "brand"}
        errors={refusal?.fieldErrors.kind}
      />
    </>
  );
}

export default function AdminValuesPage() {
  const { t } = useTranslation();
  const { values } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <AdminHeader title={t("admin.values.title")} />
      <p className="text-slate-700">{t("admin.values.intro")}</p>
      <section className="card" aria-labelledby="value-create">
        <h2 id="value-create" className="text-lg font-semibold">
          {t("admin.values.create")}
        </h2>
        <Form method="post" className="mt-4 space-y-4" noValidate>
          <input type="hidden" name="intent" value="create" />
          <ValueFormFields refusal={refusal?.intent === "create" ? refusal : undefined} />
          <button type="submit" className="button-primary">
            {t("admin.values.createSubmit")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="value-list" className="space-y-3">
        <h2 id="value-list" className="text-lg font-semibold">
          {t("admin.values.list")}
        </h2>
        {values.length === 0 ? <p className="text-slate-700">{t("admin.values.none")}</p> : null}
        <ol className="space-y-3">
          {values.map((value, index) => {
            // The edit form that was refused opens again with what was typed; the others stay closed.
            const editRefusal =
              refusal?.intent === "update" && textValue(refusal.values, "valueId") === value.id ? refusal : undefined;
            return (
              <li key={value.id} className="card space-y-3">
                <div className="flex flex-wrap items-center gap-3">
                  <span
                    aria-hidden="true"
                    className="inline-block h-5 w-5 rounded-full border border-slate-400"
                    style={{ backgroundColor: value.colour }}
                  />
                  <h3 className="text-lg font-semibold">{value.name}</h3>
                  <span className="text-sm text-slate-700">{t(`valueKinds.${value.kind}`)}</span>
                  {value.archivedAt ? (
                    <span className="rounded bg-slate-200 px-2 text-sm">{t("admin.values.archived")}</span>
                  ) : null}
                </div>
                <p className="text-slate-700">{value.explanation}</p>
                <div className="flex flex-wrap gap-2">
                  <ActionButton
                    intent="move"
                    fields={{ valueId: value.id, direction: "up" }}
                    label={t("admin.values.moveUp")}
                    ariaLabel={t("admin.values.moveUpLabel", { name: value.name })}
                    isDisabled={index === 0}
                  />
                  <ActionButton
                    intent="move"
                    fields={{ valueId: value.id, direction: "down" }}
                    label={t("admin.values.moveDown")}
                    ariaLabel={t("admin.values.moveDownLabel", { name: value.name })}
                    isDisabled={index === values.length - 1}
                  />
                  {value.archivedAt ? (
                    <ActionButton
                      intent="unarchive"
                      fields={{ valueId: value.id }}
                      label={t("admin.values.unarchive")}
                      ariaLabel={t("admin.values.unarchiveLabel", { name: value.name })}
                    />
                  ) : (
                    <ActionButton
                      intent="archive"
                      fields={{ valueId: value.id }}
                      label={t("admin.values.archive")}
                      ariaLabel={t("admin.values.archiveLabel", { name: value.name })}
                    />
                  )}
                </div>
                <details open={Boolean(editRefusal)}>
                  <summary className="cursor-pointer font-medium">
                    {t("admin.values.edit", { name: value.name })}
                  </summary>
                  <Form method="post" className="mt-3 space-y-4">
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="valueId" value={value.id} />
                    <ValueFormFields refusal={editRefusal} initial={value} />
                    <button type="submit" className="button-primary">
                      {t("admin.values.save")}
                    </button>
                  </Form>
                </details>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
