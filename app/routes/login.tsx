import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { z } from "zod";
import { AccountCard, AccountForm } from "~/components/account-card";
import { UsernameField } from "~/components/account-fields";
import { PasswordField } from "~/components/password-field";
import { SentenceWithLink } from "~/components/sentence-with-link";
import { landingAfterSignIn } from "~/models/onboarding.server";
import { verifySignIn } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { getUser, safeRedirect, startSession } from "~/utils/auth.server";
import { invalid, tooManyAttempts } from "~/utils/domain-error.server";
import { formFields, textValue } from "~/utils/forms";
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
  const { field, refusal } = formFields(useActionData<typeof action>());
  return (
    <AccountCard title={t("login.title")}>
      <AccountForm refusal={refusal} submitLabel={t("login.submit")}>
        <input type="hidden" name="redirectTo" value={textValue(refusal?.values, "redirectTo") || redirectTo} />
        <UsernameField label={t("login.login")} {...field("login")} />
        <PasswordField purpose="current" label={t("login.password")} {...field("password")} />
      </AccountForm>
      <SentenceWithLink text={t("login.noAccount")} to={paths.join()} label={t("login.joinWithCode")} />
    </AccountCard>
  );
}
