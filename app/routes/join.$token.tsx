import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { AccountCard, AccountForm } from "~/components/account-card";
import { AccountFields, JoiningWelcome } from "~/components/account-fields";
import { ButtonLink } from "~/components/button";
import { acceptInvitation, findUsableInvitation } from "~/models/invitations.server";
import { JoinAccountSchema } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { getUser, startJoinedSession } from "~/utils/auth.server";
import { formFields } from "~/utils/forms";
import { resolveLanguage } from "~/utils/i18n.server";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "join.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [{ invitation, problem }, user] = await Promise.all([findUsableInvitation(params.token!), getUser(request)]);
  // The page itself says why a link no longer works, and who to ask for a new one.
  if (!invitation)
    return data({ problem, invitation: null, signedInAs: null }, { status: problem === "unknown" ? 404 : 410 });
  return {
    problem: null,
    invitation: { role: invitation.role, teamName: invitation.team?.name ?? null },
    signedInAs: user?.name ?? null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  return handleForm(request, JoinAccountSchema, async (account) => {
    const person = await acceptInvitation(params.token!, account, await resolveLanguage(request, null));
    return startJoinedSession(request, person);
  });
}

export default function JoinByInvitationPage() {
  const { t } = useTranslation();
  const { problem, invitation, signedInAs } = useLoaderData<typeof loader>();
  const { field, refusal } = formFields(useActionData<typeof action>());
  if (problem || !invitation)
    return (
      <AccountCard title={t("join.title")} isWide>
        <p className="text-ink-muted">{t(`join.problem.${problem ?? "unknown"}`)}</p>
        <ButtonLink to={paths.login()} label={t("join.toSignIn")} />
      </AccountCard>
    );
  const role = t(`roles.${invitation.role}`);
  return (
    <AccountCard title={t("join.title")} isWide>
      {invitation.teamName ? (
        <JoiningWelcome team={invitation.teamName} role={role} />
      ) : (
        <p className="text-ink-muted">{t("join.invited", { role })}</p>
      )}
      {signedInAs ? <p className="text-ink-muted">{t("join.alreadySignedIn", { name: signedInAs })}</p> : null}
      <AccountForm refusal={refusal} submitLabel={t("join.submit")} noValidate>
        <AccountFields field={field} isJoining />
      </AccountForm>
    </AccountCard>
  );
}

await loadTranslationArea("access");
