import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccountFields } from "~/components/account-fields";
import { FormError } from "~/components/form-error";
import { acceptInvitation, findUsableInvitation } from "~/models/invitations.server";
import { NewAccountSchema } from "~/models/people.server";
import { handleForm } from "~/utils/actions.server";
import { getUser, startSession } from "~/utils/auth.server";
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
  return handleForm(request, NewAccountSchema, async (account) => {
    const person = await acceptInvitation(params.token!, account, await resolveLanguage(request, null));
    return startSession(request, person.id, paths.home());
  });
}

export default function JoinByInvitationPage() {
  const { t } = useTranslation();
  const { problem, invitation, signedInAs } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const isSubmitting = useNavigation().state === "submitting";
  return (
    <section className="card mx-auto max-w-lg" aria-labelledby="join-title">
      <h1 id="join-title" className="text-2xl font-bold">
        {t("join.title")}
      </h1>
      {problem || !invitation ? (
        <>
          <p className="mt-3 text-slate-700">{t(`join.problem.${problem ?? "unknown"}`)}</p>
          <Link to={paths.login()} className="button-secondary mt-6">
            {t("join.toSignIn")}
          </Link>
        </>
      ) : (
        <>
          <p className="mt-2 text-slate-700">
            {invitation.teamName
              ? t("join.invitedToTeam", { role: t(`roles.${invitation.role}`), team: invitation.teamName })
              : t("join.invited", { role: t(`roles.${invitation.role}`) })}
          </p>
          {signedInAs ? <p className="mt-2 text-slate-700">{t("join.alreadySignedIn", { name: signedInAs })}</p> : null}
          <Form method="post" className="mt-6 space-y-4" noValidate>
            <FormError messageKey={failure?.formError} />
            <AccountFields errors={failure?.fieldErrors} values={failure?.values} />
            <button type="submit" className="button-primary w-full" disabled={isSubmitting}>
              {t("join.submit")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
