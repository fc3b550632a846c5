import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { AdminPage } from "~/components/admin-page";
import { ListSection } from "~/components/list-section";
import { CreateForm, PostForm } from "~/components/post-form";
import { SelectField } from "~/components/select-field";
import { TextAreaField, TextField } from "~/components/text-field";
import { ValueKind } from "~/generated/prisma/enums";
import { createValue, listAllValues, moveValue, setValueArchived, updateValue } from "~/models/values.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formFields, isRefusal, textValue } from "~/utils/forms";
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

type Value = ReturnType<typeof useLoaderData<typeof loader>>["values"][number];

/** The fields of a value, shared by "add" and each value's "edit". */
function ValueFields({ field, saved }: { field: ReturnType<typeof formFields>["field"]; saved?: Value }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t("admin.values.name")} {...field("name", saved?.name)} maxLength={60} required />
      <TextAreaField
        label={t("admin.values.explanation")}
        hint={t("admin.values.explanationHint")}
        {...field("explanation", saved?.explanation)}
        maxLength={500}
        rows={3}
        required
      />
      <TextField
        label={t("admin.values.colour")}
        {...field("colour", saved?.colour ?? "#1d4ed8")}
        type="color"
        required
        className="h-10 w-20 rounded border border-line-strong"
      />
      <SelectField
        label={t("admin.values.kind")}
        {...field("kind", saved?.kind ?? "brand")}
        options={Object.values(ValueKind).map((kind) => ({ value: kind, label: t(`valueKinds.${kind}`) }))}
      />
    </>
  );
}

function ValueEntry({
  value,
  isFirst,
  isLast,
  result,
}: {
  value: Value;
  isFirst: boolean;
  isLast: boolean;
  result: unknown;
}) {
  const { t } = useTranslation();
  // The edit form that was refused opens again with what was typed; the others stay closed.
  const edit = formFields(
    isRefusal(result) && textValue(result.values, "valueId") === value.id ? result : null,
    "update",
  );
  const archiving = value.archivedAt ? "unarchive" : "archive";
  const actions: { key: string; intent: string; fields: Record<string, string>; isDisabled: boolean }[] = [
    { key: "moveUp", intent: "move", fields: { direction: "up" }, isDisabled: isFirst },
    { key: "moveDown", intent: "move", fields: { direction: "down" }, isDisabled: isLast },
    { key: archiving, intent: archiving, fields: {}, isDisabled: false },
  ];
  return (
    <li className="card space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <span
          aria-hidden="true"
          className="inline-block h-5 w-5 rounded-full border border-line-strong"
          style={{ backgroundColor: value.colour }}
        />
        <h3 className="text-lg font-semibold">{value.name}</h3>
        <span className="text-sm text-ink-muted">{t(`valueKinds.${value.kind}`)}</span>
        {value.archivedAt ? (
          <span className="rounded bg-surface-muted px-2 text-sm">{t("admin.values.archived")}</span>
        ) : null}
      </div>
      <p className="text-ink-muted">{value.explanation}</p>
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <ActionButton
            key={action.key}
            intent={action.intent}
            fields={{ valueId: value.id, ...action.fields }}
            label={t(`admin.values.${action.key}`)}
            ariaLabel={t(`admin.values.${action.key}Label`, { name: value.name })}
            isDisabled={action.isDisabled}
          />
        ))}
      </div>
      <details open={Boolean(edit.refusal)} className="space-y-3">
        <summary className="cursor-pointer font-medium">{t("admin.values.edit", { name: value.name })}</summary>
        <PostForm
          intent="update"
          fields={{ valueId: value.id }}
          refusal={edit.refusal}
          submit={{ label: t("admin.values.save") }}
        >
          <ValueFields field={edit.field} saved={value} />
        </PostForm>
      </details>
    </li>
  );
}

export default function AdminValuesPage() {
  const { t } = useTranslation();
  const { values } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const create = formFields(result, "create");
  return (
    <AdminPage title={t("admin.values.title")}>
      <p className="text-ink-muted">{t("admin.values.intro")}</p>
      <CreateForm
        title={t("admin.values.create")}
        refusal={create.refusal}
        submit={{ label: t("admin.values.createSubmit") }}
        noValidate
      >
        <ValueFields field={create.field} />
      </CreateForm>
      <ListSection title={t("admin.values.list")} isEmpty={values.length === 0} emptyMessage={t("admin.values.none")}>
        <ol className="space-y-3">
          {values.map((value, index) => (
            <ValueEntry
              key={value.id}
              value={value}
              isFirst={index === 0}
              isLast={index === values.length - 1}
              result={result}
            />
          ))}
        </ol>
      </ListSection>
    </AdminPage>
  );
}

await loadTranslationArea("manage");
