import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { minutesToMilliseconds } from "date-fns";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { AccountCard, AccountForm } from "~/components/account-card";
import { AccountFields, JoiningWelcome } from "~/components/account-fields";
import { SubmitButton } from "~/components/button";
import { TextField } from "~/components/text-field";
import { findTeamByJoinCode, joinWithCode } from "~/models/invitations.server";
import { JoinAccountSchema } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { startJoinedSession } from "~/utils/auth.server";
import { searchParam } from "~/utils/list-params";
import { tooManyAttempts } from "~/utils/domain-error.server";
import { env } from "~/utils/env.server";
import { formFields } from "~/utils/forms";
import { resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { hitRateLimit } from "~/utils/rate-limit.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "join.title");

const JoinCodeSchema = JoinAccountSchema.extend({ code: z.string().trim().min(1).max(40) });

// Join codes are short, so guessing them is throttled per address.
const CODE_ATTEMPTS = { max: 30, windowMs: minutesToMilliseconds(env.LOGIN_WINDOW_MINUTES) };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const code = searchParam(request, "code");
  if (!code) return { code, teamName: null, codeError: null };
  const limit = await hitRateLimit(`join-code:${context?.clientAddress ?? "unknown"}`, CODE_ATTEMPTS);
  const team = limit.allowed ? await findTeamByJoinCode(code) : null;
  return {
    code,
    teamName: team?.name ?? null,
    codeError: team ? null : limit.allowed ? "join.codeUnknown" : "join.codeRateLimited",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  return handleForm(request, JoinCodeSchema, async ({ code, ...account }) => {
    const limit = await hitRateLimit(`join-code:${context?.clientAddress ?? "unknown"}`, CODE_ATTEMPTS);
    if (!limit.allowed) throw tooManyAttempts(limit.retryAfterSeconds, { formError: "join.codeRateLimited" });
    const person = await joinWithCode(code, account, await resolveLanguage(request, null));
    return startJoinedSession(request, person);
  });
}

export default function JoinWithCodePage() {
  const { t } = useTranslation();
  const { code, teamName, codeError } = useLoaderData<typeof loader>();
  const { field, refusal } = formFields(useActionData<typeof action>());
  // The code asked for first (a plain GET), the account once it names a team or a refusal comes back.
  if (!teamName && !refusal)
    return (
      <AccountCard title={t("join.title")} isWide>
        <Form method="get" className="space-y-4">
          <p className="text-ink-muted">{t("join.codeIntro")}</p>
          <TextField
            label={t("join.code")}
            name="code"
            defaultValue={code}
            errors={codeError ? [codeError] : undefined}
            autoCapitalize="characters"
            required
          />
          <SubmitButton label={t("join.continue")} isWide />
        </Form>
      </AccountCard>
    );
  return (
    <AccountCard title={t("join.title")} isWide>
      {teamName ? <JoiningWelcome team={teamName} /> : null}
      <AccountForm refusal={refusal} submitLabel={t("join.submit")} noValidate>
        <TextField label={t("join.code")} {...field("code", code)} autoCapitalize="characters" required />
        <AccountFields field={field} isJoining />
      </AccountForm>
    </AccountCard>
  );
}

await loadTranslationArea("access");
