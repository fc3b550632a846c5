import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { ListSection } from "~/components/list-section";
import { Page } from "~/components/page-header";
import { CreateForm } from "~/components/post-form";
import { RoleSelectField, TeamSelectField } from "~/components/role-and-team-fields";
import { SecretLinkNotice } from "~/components/secret-link-notice";
import { TextField } from "~/components/text-field";
import { createInvitation, listInvitations, revokeInvitation } from "~/models/invitations.server";
import { listTeams } from "~/models/teams.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { useFormatters } from "~/utils/format";
import { formFields } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import { qrCodeSvg } from "~/utils/qr.server";
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
      // The link is shown this once: only its hash is stored. The QR code lets a person standing
      // by scan it from the admin's screen.
      const link = publicUrl(request, paths.invitation(invitation.token));
      return { link, qrSvg: await qrCodeSvg(link) };
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
  const created = result && "link" in result ? result : null;
  const { field } = formFields(result, "create");
  // The create form is the page's one form with fields: it says why any form of the page was refused.
  const { refusal } = formFields(result);
  return (
    <Page title={t("invitations.title")}>
      <SecretLinkNotice
        title={t("invitations.created")}
        hint={t("invitations.copyOnce")}
        link={created?.link ?? null}
        qr={created ? { svg: created.qrSvg, label: t("invitations.qrLabel") } : null}
      />
      <CreateForm
        title={t("invitations.create")}
        refusal={refusal}
        submit={{ label: t("invitations.createSubmit") }}
        layout="grid"
      >
        <RoleSelectField label={t("invitations.role")} {...field("role", "employee")} />
        <TeamSelectField label={t("invitations.team")} {...field("teamId", "")} teams={teams} />
        <TextField
          label={t("invitations.expiresInDays")}
          {...field("expiresInDays", "14")}
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          required
        />
        <TextField label={t("invitations.note")} hint={t("invitations.noteHint")} {...field("note")} maxLength={200} />
      </CreateForm>
      <ListSection
        title={t("invitations.list")}
        isEmpty={invitations.length === 0}
        emptyMessage={t("invitations.none")}
      >
        <ul className="space-y-3">
          {invitations.map((invitation) => {
            const about = [t(`roles.${invitation.role}`), invitation.team?.name, invitation.note]
              .filter(Boolean)
              .join(" · ");
            return (
              <li key={invitation.id} className="card flex flex-wrap items-center justify-between gap-3">
                <div>
                  <p className="font-semibold">{about}</p>
                  <p className="text-sm text-ink-muted">
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
      </ListSection>
    </Page>
  );
}

await loadTranslationArea("manage");
