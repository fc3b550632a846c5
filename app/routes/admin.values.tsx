import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { TextAreaField } from "~/components/text-area-field";
import { TextField } from "~/components/text-field";
import {
  createValue,
  listValuesForAdmin,
  moveValue,
  setValueArchived,
  updateValue,
} from "~/models/admin-values.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import type { FormFailure } from "~/utils/forms";
import { parseForm, recordId } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { forgetFacetOptions } from "~/models/feed.server";
import { AdminHeader } from "~/components/admin-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.values.title");

const ValueFields = z.object({
  name: z.string().trim().min(1).max(60),
  explanation: z.string().trim().min(1).max(500),
  colour: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "admin.values.colourFormat")
    .transform((colour) => colour.toLowerCase()),
  kind: z.enum(["brand", "core"]),
});
const ValueActionSchema = z.discriminatedUnion("intent", [
  ValueFields.extend({ intent: z.literal("create") }),
  ValueFields.extend({ intent: z.literal("update"), valueId: recordId }),
  z.object({ intent: z.literal("move"), valueId: recordId, direction: z.enum(["up", "down"]) }),
  z.object({ intent: z.literal("archive"), valueId: recordId }),
  z.object({ intent: z.literal("unarchive"), valueId: recordId }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  return { values: await listValuesForAdmin() };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const formData = await request.formData();
  const parsed = parseForm(ValueActionSchema, formData);
  // The edit form that failed is shown open again with what was typed, the others untouched.
  if (!parsed.success)
    return data({ ...parsed.failure, target: String(formData.get("valueId") ?? "new") }, { status: 400 });
  const form = parsed.data;
  // Everything but "create" names a value, which a stale page or a forged form may not find.
  let isFound = true;
  if (form.intent === "create")
    await createValue({ name: form.name, explanation: form.explanation, colour: form.colour, kind: form.kind });
  else if (form.intent === "update")
    isFound = await updateValue(form.valueId, {
      name: form.name,
      explanation: form.explanation,
      colour: form.colour,
      kind: form.kind,
    });
  else if (form.intent === "move") isFound = await moveValue(form.valueId, form.direction);
  else isFound = await setValueArchived(form.valueId, form.intent === "archive");
  if (!isFound) throw new Response("Not found", { status: 404 });
  // The feed's filter panel lists values; it shows the change at once.
  forgetFacetOptions();
  return redirect("/admin/values", { headers: { "Set-Cookie": await setFlash(`admin.values.done.${form.intent}`) } });
}

type Failure = FormFailure & { target: string };

function ValueFormFields({
  failure,
  initial,
}: {
  failure?: Failure;
  initial?: { name: string; explanation: string; colour: string; kind: string };
}) {
  const { t } = useTranslation();
  const kindId = useId();
  const values = failure?.values ?? initial;
  return (
    <>
      <FormError messageKey={failure?.formError} />
      <TextField
        label={t("admin.values.name")}
        name="name"
        maxLength={60}
        required
        defaultValue={values?.name}
        errors={failure?.fieldErrors.name}
      />
      <TextAreaField
        label={t("admin.values.explanation")}
        name="explanation"
        maxLength={500}
        rows={3}
        required
        hint={t("admin.values.explanationHint")}
        defaultValue={values?.explanation}
        errors={failure?.fieldErrors.explanation}
      />
      <TextField
        label={t("admin.values.colour")}
        name="colour"
        type="color"
        required
        defaultValue={values?.colour ?? "#1d4ed8"}
        errors={failure?.fieldErrors.colour}
        className="h-10 w-20 rounded border border-slate-400"
      />
      <div className="space-y-1">
        <label htmlFor={kindId} className="block font-medium">
          {t("admin.values.kind")}
        </label>
        <select id={kindId} name="kind" className="input" defaultValue={values?.kind ?? "brand"}>
          <option value="brand">{t("valueKinds.brand")}</option>
          <option value="core">{t("valueKinds.core")}</option>
        </select>
      </div>
    </>
  );
}

export default function AdminValuesPage() {
  const { t } = useTranslation();
  const { values } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
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
          <ValueFormFields failure={failure?.target === "new" ? failure : undefined} />
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
            const valueFailure = failure?.target === value.id ? failure : undefined;
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
                  <Form method="post">
                    <input type="hidden" name="valueId" value={value.id} />
                    <input type="hidden" name="intent" value="move" />
                    <input type="hidden" name="direction" value="up" />
                    <button
                      type="submit"
                      className="button-secondary"
                      disabled={index === 0}
                      aria-label={t("admin.values.moveUpLabel", { name: value.name })}
                    >
                      {t("admin.values.moveUp")}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="valueId" value={value.id} />
                    <input type="hidden" name="intent" value="move" />
                    <input type="hidden" name="direction" value="down" />
                    <button
                      type="submit"
                      className="button-secondary"
                      disabled={index === values.length - 1}
                      aria-label={t("admin.values.moveDownLabel", { name: value.name })}
                    >
                      {t("admin.values.moveDown")}
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="valueId" value={value.id} />
                    <input type="hidden" name="intent" value={value.archivedAt ? "unarchive" : "archive"} />
                    <button
                      type="submit"
                      className="button-secondary"
                      aria-label={t(value.archivedAt ? "admin.values.unarchiveLabel" : "admin.values.archiveLabel", {
                        name: value.name,
                      })}
                    >
                      {t(value.archivedAt ? "admin.values.unarchive" : "admin.values.archive")}
                    </button>
                  </Form>
                </div>
                <details open={Boolean(valueFailure)}>
                  <summary className="cursor-pointer font-medium">
                    {t("admin.values.edit", { name: value.name })}
                  </summary>
                  <Form method="post" className="mt-3 space-y-4">
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="valueId" value={value.id} />
                    <ValueFormFields failure={valueFailure} initial={value} />
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
