import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { PasswordSchema } from "~/models/people.server";
import { findUsableReset, resetPassword } from "~/models/password-resets.server";
import { startSession } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formFailure, parseForm } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reset.title");

const ResetSchema = z
  .object({ password: PasswordSchema, passwordConfirm: z.string().max(200) })
  .refine((form) => form.password === form.passwordConfirm, {
    message: "errors.passwordsDiffer",
    path: ["passwordConfirm"],
  });

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findUsableReset(params.token ?? "");
  if (!found.ok) return data({ problem: found.problem, name: null, username: null }, { status: 410 });
  return { problem: null, name: found.reset.user.name, username: found.reset.user.username };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const parsed = parseForm(ResetSchema, await request.formData());
  if (!parsed.success) return data(parsed.failure, { status: 400 });
  const result = await resetPassword(params.token ?? "", parsed.data.password);
  if (!result.ok) return data(formFailure({}, { formError: `reset.problem.${result.problem}` }), { status: 410 });
  // Every earlier session was ended with the old password; the person starts a fresh one here.
  const response = await startSession(request, result.userId, "/");
  response.headers.append("Set-Cookie", await setFlash("reset.done"));
  return response;
}

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { problem, name, username } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const isSubmitting = useNavigation().state === "submitting";
  return (
    <section className="card mx-auto max-w-md space-y-4" aria-labelledby="reset-title">
      <h1 id="reset-title" className="text-2xl font-bold">
        {t("reset.title")}
      </h1>
      {problem ? (
        <>
          <p role="alert">{t(`reset.problem.${problem}`)}</p>
          <p>
            <Link to="/login" className="link">
              {t("reset.toSignIn")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="text-slate-700">{t("reset.intro", { name, username })}</p>
          <Form method="post" className="space-y-4">
            <FormError messageKey={failure?.formError} />
            <input type="text" name="username" autoComplete="username" value={username ?? ""} readOnly hidden />
            <TextField
              label={t("reset.password")}
              name="password"
              type="password"
              autoComplete="new-password"
              minLength={10}
              maxLength={200}
              required
              hint={t("reset.passwordHint")}
              errors={failure?.fieldErrors.password}
            />
            <TextField
              label={t("reset.passwordConfirm")}
              name="passwordConfirm"
              type="password"
              autoComplete="new-password"
              maxLength={200}
              required
              errors={failure?.fieldErrors.passwordConfirm}
            />
            <button type="submit" className="button-primary w-full" disabled={isSubmitting}>
              {t("reset.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
