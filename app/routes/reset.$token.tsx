import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { findUsableReset, resetPassword } from "~/models/password-resets.server";
import { PasswordSchema } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { startSession } from "~/utils/auth.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "reset.title");

const ResetSchema = z
  .object({ password: PasswordSchema, passwordConfirm: z.string().max(200) })
  .refine((form) => form.password === form.passwordConfirm, {
    message: "errors.passwordsDiffer",
    path: ["passwordConfirm"],
  });

export async function loader({ params }: LoaderFunctionArgs) {
  const { reset, problem } = await findUsableReset(params.token!);
  // The page itself says why a link no longer works, and who to ask for a new one.
  if (!reset) return data({ problem, name: null, username: null }, { status: 410 });
  return { problem: null, name: reset.user.name, username: reset.user.username };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return handleForm(request, ResetSchema, async (form) => {
    const userId = await resetPassword(params.token!, form.password);
    // Every earlier session was ended with the old password; the person starts a fresh one here.
    return startSession(request, userId, paths.home(), { flash: "reset.done" });
  });
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
            <Link to={paths.login()} className="link">
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
