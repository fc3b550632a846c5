import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { FormError } from "~/components/form-error";
import { SecretLinkNotice } from "~/components/secret-link-notice";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import { createInvitation, listInvitations, revokeInvitation } from "~/models/invitations.server";
import { listTeams } from "~/models/teams.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { recordId, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import { roles } from "~/utils/roles";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitations.title");

const CreateInvitationSchema = z.object({
  role: z.enum(roles),
  teamId: recordId.optional().or(z.literal("")),
  expiresInDays: z.coerce.number().int().min(1, "invitations.expiryRange").max(90, "invitations.expiryRange"),
  note: z.string().trim().max(200).default(""),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const [invitations, teams] = await Promise.all([listInvitations(), listTeams()]);
  return { invitations, teams: teams.map(({ id, name }) => ({ id, name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  return handleIntents(request, {
    create: intent(CreateInvitationSchema, async (form) => {
      const invitation = await createInvitation({ ...form, teamId: form.teamId || null, createdById: admin.id });
      // The link is shown this once: only its hash is stored.
      return { link: publicUrl(request, paths.invitation(invitation.token)) };
    }),
    revoke: intent(z.object({ invitationId: recordId }), async (form) => {
      await revokeInvitation(form.invitationId);
      return redirectWithFlash(paths.adminInvitations(), "invitations.revoked");
    }),
  });
}

export default function InvitationsPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { invitations, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refusal = result && "fieldErrors" in result ? result : undefined;
  const link = result && "link" in result ? result.link : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("invitations.title")}</h1>
      {link ? (
        <SecretLinkNotice
          id="invitation-link"
          title={t("invitations.created")}
          hint={t("invitations.copyOnce")}
          link={link}
          testId="invitation-link"
        />
      ) : null}
      <section className="card" aria-labelledby="invitation-create">
        <h2 id="invitation-create" className="text-lg font-semibold">
          {t("invitations.create")}
        </h2>
        <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2">
          <FormError messageKey={refusal?.formError} />
          <input type="hidden" name="intent" value="create" />
          <SelectField
            label={t("invitations.role")}
            name="role"
            options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            defaultValue={textValue(refusal?.values, "role") ?? "employee"}
            errors={refusal?.fieldErrors.role}
          />
          <SelectField
            label={t("invitations.team")}
            name="teamId"
            options={[
              { value: "", label: t("invitations.noTeam") },
              ...teams.map((team) => ({ value: team.id, label: team.name })),
            ]}
            defaultValue={textValue(refusal?.values, "teamId") ?? ""}
            errors={refusal?.fieldErrors.teamId}
          />
          <TextField
            label={t("invitations.expiresInDays")}
            name="expiresInDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            required
            defaultValue={textValue(refusal?.values, "expiresInDays") ?? "14"}
            errors={refusal?.fieldErrors.expiresInDays}
          />
          <TextField
            label={t("invitations.note")}
            name="note"
            maxLength={200}
            hint={t("invitations.noteHint")}
            defaultValue={textValue(refusal?.values, "note")}
            errors={refusal?.fieldErrors.note}
          />
          <div className="sm:col-span-2">
            <button type="submit" className="button-primary">
              {t("invitations.createSubmit")}
            </button>
          </div>
        </Form>
      </section>
      <section aria-labelledby="invitation-list" className="space-y-3">
        <h2 id="invitation-list" className="text-lg font-semibold">
          {t("invitations.list")}
        </h2>
        {invitations.length === 0 ? <p className="text-slate-700">{t("invitations.none")}</p> : null}
        <ul className="space-y-3">
          {invitations.map((invitation) => {
            const about = [t(`roles.${invitation.role}`), invitation.team?.name, invitation.note]
              .filter(Boolean)
              .join(" · ");
            return (
              <li key={invitation.id} className="card flex flex-wrap items-center justify-between gap-3">
                <div>
                  <p className="font-semibold">{about}</p>
                  <p className="text-sm text-slate-700">
                    {t(`invitations.status.${invitation.status}`, {
                      name: invitation.usedBy?.name ?? "",
                      date: formatDate(invitation.expiresAt),
                    })}
                  </p>
                </div>
                {invitation.status === "open" ? (
                  <ActionButton
                    intent="revoke"
                    fields={{ invitationId: invitation.id }}
                    label={t("invitations.revoke")}
                    about={about}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
