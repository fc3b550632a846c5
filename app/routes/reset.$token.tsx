import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { AccountCard, AccountForm } from "~/components/account-card";
import { PasswordField } from "~/components/password-field";
import { findUsableReset, resetPassword } from "~/models/password-resets.server";
import { PasswordSchema } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { startSession } from "~/utils/auth.server";
import { formFields } from "~/utils/forms";
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
  const { field, refusal } = formFields(useActionData<typeof action>());
  return (
    <AccountCard title={t("reset.title")}>
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
          <p className="text-ink-muted">{t("reset.intro", { name, username })}</p>
          <AccountForm refusal={refusal} submitLabel={t("reset.submit")}>
            {/* For password managers: whose new password this is. */}
            <input type="text" name="username" autoComplete="username" value={username ?? ""} readOnly hidden />
            <PasswordField
              purpose="new"
              label={t("reset.password")}
              hint={t("reset.passwordHint")}
              {...field("password")}
            />
            <PasswordField purpose="repeat" label={t("reset.passwordConfirm")} {...field("passwordConfirm")} />
          </AccountForm>
        </>
      )}
    </AccountCard>
  );
}

await loadTranslationArea("access");
