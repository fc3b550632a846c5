import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { deleteAccount, DeleteAccountSchema } from "~/models/own-data.server";
import { handleForm } from "~/utils/actions.server";
import { lucia, requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "ownData.deleteTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleForm(request, DeleteAccountSchema, async (form) => {
    await deleteAccount(user.id, { password: form.password, keepStories: form.stories === "keep" });
    return redirectWithFlash(paths.login(), "ownData.deleted", {
      headers: { "Set-Cookie": lucia.createBlankSessionCookie().serialize() },
    });
  });
}

export default function DeleteAccountPage() {
  const { t } = useTranslation();
  const failure = useActionData<typeof action>();
  const choice = textValue(failure?.values, "stories");
  const storiesErrors = failure?.fieldErrors.stories;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("ownData.deleteTitle")}</h1>
      <p className="text-slate-700">{t("ownData.deleteIntro")}</p>
      <Form method="post" className="card space-y-4" noValidate>
        <FormError messageKey={failure?.formError} />
        <fieldset className="space-y-2" aria-describedby={storiesErrors ? "stories-error" : undefined}>
          <legend className="font-medium">{t("ownData.storiesChoice")}</legend>
          {storiesErrors ? (
            <p id="stories-error" className="text-sm font-medium text-red-700">
              {storiesErrors.map((error) => t(error)).join(" ")}
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
          <Link to={paths.profile()} className="button-secondary">
            {t("ownData.cancel")}
          </Link>
        </div>
      </Form>
    </div>
  );
}
