import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { createInvitation, listInvitations, revokeInvitation } from "~/models/invitations.server";
import { listTeams } from "~/models/teams.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { formFailure, parseForm, recordId, submittedValues } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { useFormatters } from "~/utils/format";
import { SecretLinkNotice } from "~/components/secret-link-notice";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitations.title");

const CreateInvitationSchema = z.object({
  intent: z.literal("create"),
  role: z.enum(["employee", "manager", "admin"]),
  teamId: z.string().max(40).optional().or(z.literal("")),
  expiresInDays: z.coerce.number().int().min(1, "invitations.expiryRange").max(90, "invitations.expiryRange"),
  note: z.string().trim().max(200).default(""),
});
const RevokeInvitationSchema = z.object({ intent: z.literal("revoke"), invitationId: recordId });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const [invitations, teams] = await Promise.all([listInvitations(), listTeams()]);
  return { invitations, teams: teams.map(({ id, name }) => ({ id, name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const formData = await request.formData();
  if (formData.get("intent") === "revoke") {
    const parsed = parseForm(RevokeInvitationSchema, formData);
    if (!parsed.success) return data({ link: null, ...parsed.failure }, { status: 400 });
    if (!(await revokeInvitation(parsed.data.invitationId))) throw new Response("Not found", { status: 404 });
    return redirect("/admin/invitations", { headers: { "Set-Cookie": await setFlash("invitations.revoked") } });
  }
  const parsed = parseForm(CreateInvitationSchema, formData);
  if (!parsed.success) return data({ link: null, ...parsed.failure }, { status: 400 });
  const teams = await listTeams();
  const teamId = parsed.data.teamId || null;
  if (teamId && !teams.some((team) => team.id === teamId)) {
    return data(
      { link: null, ...formFailure(submittedValues(formData), { fieldErrors: { teamId: ["errors.invalid"] } }) },
      { status: 400 },
    );
  }
  const invitation = await createInvitation({
    role: parsed.data.role,
    teamId,
    createdById: admin.id,
    expiresInDays: parsed.data.expiresInDays,
    note: parsed.data.note,
  });
  // The link is shown this once: only its hash is stored.
  const link = new URL(`/join/${invitation.token}`, request.url).toString();
  return { link, ...formFailure({}, {}) };
}

export default function InvitationsPage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { invitations, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const roleId = useId();
  const teamId = useId();
  const now = Date.now();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("invitations.title")}</h1>
      {result?.link ? (
        <SecretLinkNotice
          id="invitation-link"
          title={t("invitations.created")}
          hint={t("invitations.copyOnce")}
          link={result.link}
          testId="invitation-link"
        />
      ) : null}
      <section className="card" aria-labelledby="invitation-create">
        <h2 id="invitation-create" className="text-lg font-semibold">
          {t("invitations.create")}
        </h2>
        <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-2">
          <FormError messageKey={result?.formError} />
          <input type="hidden" name="intent" value="create" />
          <div className="space-y-1">
            <label htmlFor={roleId} className="block font-medium">
              {t("invitations.role")}
            </label>
            <select id={roleId} name="role" className="input" defaultValue={result?.values.role ?? "employee"}>
              {(["employee", "manager", "admin"] as const).map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor={teamId} className="block font-medium">
              {t("invitations.team")}
            </label>
            <select
              id={teamId}
              name="teamId"
              className="input"
              defaultValue={result?.values.teamId ?? ""}
              aria-invalid={result?.fieldErrors.teamId ? true : undefined}
            >
              <option value="">{t("invitations.noTeam")}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
          </div>
          <TextField
            label={t("invitations.expiresInDays")}
            name="expiresInDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={90}
            required
            defaultValue={result?.values.expiresInDays ?? "14"}
            errors={result?.fieldErrors.expiresInDays}
          />
          <TextField
            label={t("invitations.note")}
            name="note"
            maxLength={200}
            hint={t("invitations.noteHint")}
            defaultValue={result?.values.note}
            errors={result?.fieldErrors.note}
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
            const status = invitation.usedAt
              ? "used"
              : invitation.revokedAt
                ? "revoked"
                : new Date(invitation.expiresAt).getTime() <= now
                  ? "expired"
                  : "open";
            return (
              <li key={invitation.id} className="card flex flex-wrap items-center justify-between gap-3">
                <div>
                  <p className="font-semibold">
                    {t(`roles.${invitation.role}`)}
                    {invitation.team ? ` · ${invitation.team.name}` : ""}
                    {invitation.note ? ` · ${invitation.note}` : ""}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t(`invitations.status.${status}`, {
                      name: invitation.usedBy?.name ?? "",
                      date: formatDate(invitation.expiresAt),
                    })}
                  </p>
                </div>
                {status === "open" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="invitationId" value={invitation.id} />
                    <button type="submit" className="button-secondary">
                      {t("invitations.revoke")}
                    </button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
