import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { deleteAccount, DeleteAccountSchema } from "~/models/own-data.server";
import { lucia, requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formFailure, parseForm, submittedValues } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "ownData.deleteTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const parsed = parseForm(DeleteAccountSchema, formData);
  if (!parsed.success) return data(parsed.failure, { status: 400 });
  if (
    !(await deleteAccount(user.id, { password: parsed.data.password, keepStories: parsed.data.stories === "keep" }))
  ) {
    return data(formFailure(submittedValues(formData), { fieldErrors: { password: ["profile.wrongPassword"] } }), {
      status: 400,
    });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", lucia.createBlankSessionCookie().serialize());
  headers.append("Set-Cookie", await setFlash("ownData.deleted"));
  return redirect("/login", { headers });
}

/** Deleting one's account: what happens to the stories is the person's choice. */
export default function DeleteAccountPage() {
  const { t } = useTranslation();
  const failure = useActionData<typeof action>();
  const choice = failure?.values.stories;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("ownData.deleteTitle")}</h1>
      <p className="text-slate-700">{t("ownData.deleteIntro")}</p>
      <Form method="post" className="card space-y-4" noValidate>
        <FormError messageKey={failure?.formError} />
        <fieldset className="space-y-2" aria-describedby={failure?.fieldErrors.stories ? "stories-error" : undefined}>
          <legend className="font-medium">{t("ownData.storiesChoice")}</legend>
          {failure?.fieldErrors.stories ? (
            <p id="stories-error" className="text-sm font-medium text-red-700">
              {t("errors.required")}
            </p>
          ) : null}
          {(["keep", "delete"] as const).map((option) => (
            <label key={option} className="flex min-h-11 items-start gap-3 rounded-lg border border-slate-300 p-3">
              <input
                type="radio"
                name="stories"
                value={option}
                defaultChecked={choice === option}
                className="mt-1 h-5 w-5 accent-brand-700"
              />
              <span>{t(`ownData.stories.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <TextField
          label={t("ownData.confirmPassword")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={failure?.fieldErrors.password}
        />
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800"
          >
            {t("ownData.deleteSubmit")}
          </button>
          <Link to="/profile" className="button-secondary">
            {t("ownData.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
