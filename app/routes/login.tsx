import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { landingAfterSignIn } from "~/models/onboarding.server";
import { verifySignIn } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { getUser, safeRedirect, startSession } from "~/utils/auth.server";
import { invalid, tooManyAttempts } from "~/utils/domain-error.server";
import { textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "login.title");

const LoginSchema = z.object({
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
  redirectTo: z.string().max(2000).optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (await getUser(request)) throw redirect(redirectTo);
  return { redirectTo };
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, LoginSchema, async (form) => {
    const result = await verifySignIn({
      login: form.login,
      password: form.password,
      address: context?.clientAddress ?? "unknown",
    });
    if (result.ok)
      return startSession(
        request,
        result.userId,
        await landingAfterSignIn(result.userId, safeRedirect(form.redirectTo)),
      );
    if (result.reason === "invalid") throw invalid({ formError: "login.invalid" });
    throw tooManyAttempts(result.retryAfterSeconds, {
      formError: "login.rateLimited",
      formErrorValues: { count: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) },
    });
  });
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { redirectTo } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const isSubmitting = useNavigation().state === "submitting";
  return (
    <section className="card mx-auto max-w-md" aria-labelledby="login-title">
      <h1 id="login-title" className="text-2xl font-bold">
        {t("login.title")}
      </h1>
      <Form method="post" className="mt-6 space-y-4">
        <FormError messageKey={failure?.formError} values={failure?.formErrorValues} />
        <input type="hidden" name="redirectTo" value={textValue(failure?.values, "redirectTo") || redirectTo} />
        <TextField
          label={t("login.login")}
          name="login"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          defaultValue={textValue(failure?.values, "login")}
          errors={failure?.fieldErrors.login}
        />
        <TextField
          label={t("login.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={failure?.fieldErrors.password}
        />
        <button type="submit" className="button-primary w-full" disabled={isSubmitting}>
          {t("login.submit")}
        </button>
      </Form>
      <p className="mt-6 text-slate-700">
        {t("login.noAccount")}{" "}
        <Link to={paths.join()} className="link">
          {t("login.joinWithCode")}
        </Link>
      </p>
    </section>
  );
}
