import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { AdminPage } from "~/components/admin-page";
import { Avatar } from "~/components/avatar";
import { FormError } from "~/components/form-error";
import { ListPager, ListSearchForm } from "~/components/list-search";
import { PostForm } from "~/components/post-form";
import { RoleSelectField, TeamSelectField } from "~/components/role-and-team-fields";
import { SecretLinkNotice } from "~/components/secret-link-notice";
import { createPasswordReset } from "~/models/password-resets.server";
import { changeRole, changeTeam, deactivatePerson, reactivatePerson, searchPeople } from "~/models/people.server";
import { removeAvatarOf } from "~/models/photos.server";
import { listTeams } from "~/models/teams.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import type { Refusal } from "~/utils/forms";
import { formFields, isRefusal, textValue } from "~/utils/forms";
import { listParams, listPosition } from "~/utils/list-params";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import { roles } from "~/utils/roles";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.people.title");

const PersonIdSchema = z.object({ personId: recordId });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const { query, page } = listParams(new URL(request.url));
  const [result, teams] = await Promise.all([searchPeople({ query, page }), listTeams()]);
  return { query, page, ...result, teams: teams.map((team) => ({ id: team.id, name: team.name })) };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const done = (intentName: string, formData: FormData) =>
    redirectWithFlash(paths.adminPeople(listPosition(formData)), `admin.people.done.${intentName}`);
  return handleIntents(request, {
    role: intent(PersonIdSchema.extend({ role: z.enum(roles) }), async (form, formData) => {
      await changeRole(admin, form.personId, form.role);
      return done("role", formData);
    }),
    team: intent(PersonIdSchema.extend({ teamId: recordId.optional().or(z.literal("")) }), async (form, formData) => {
      await changeTeam(admin, form.personId, form.teamId || null);
      return done("team", formData);
    }),
    deactivate: intent(PersonIdSchema, async (form, formData) => {
      await deactivatePerson(admin, form.personId);
      return done("deactivate", formData);
    }),
    reactivate: intent(PersonIdSchema, async (form, formData) => {
      await reactivatePerson(admin, form.personId);
      return done("reactivate", formData);
    }),
    // A misused or inappropriate face comes down; the person can choose another.
    removePhoto: intent(PersonIdSchema, async (form, formData) => {
      await removeAvatarOf(admin, form.personId);
      return done("removePhoto", formData);
    }),
    // Shown this once: only the hash is stored. Many staff have no e-mail, so the admin hands it over.
    reset: intent(PersonIdSchema, async (form) => {
      const token = await createPasswordReset(admin, form.personId);
      return { resetLink: publicUrl(request, paths.passwordReset(token)) };
    }),
  });
}

type Person = ReturnType<typeof useLoaderData<typeof loader>>["people"][number];
type Position = { q: string; page: string };

/** One of a person's choices (role, team) with its own save button, named after the person for screen readers. */
function PersonChoiceForm({
  intent,
  fields,
  saveLabel,
  children,
}: {
  intent: string;
  fields: Record<string, string>;
  saveLabel: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <PostForm
      intent={intent}
      fields={fields}
      submit={{ label: t("admin.people.save"), variant: "secondary", "aria-label": saveLabel }}
      layout="row"
    >
      {children}
    </PostForm>
  );
}

function PersonEntry({
  person,
  teams,
  position,
  refusal,
}: {
  person: Person;
  teams: { id: string; name: string }[];
  position: Position;
  refusal?: Refusal;
}) {
  const { t } = useTranslation();
  // The search and page ride along with each form, so the list stays where it was.
  const fields = { personId: person.id, ...position };
  const accountActions = [
    ...(person.deactivatedAt ? (["reactivate"] as const) : (["deactivate", "reset"] as const)),
    ...(person.avatar ? (["removePhoto"] as const) : []),
  ];
  return (
    <li className="card space-y-3">
      <div className="flex items-center gap-3">
        <Avatar person={person} />
        <div className="min-w-0">
          <h2 className="text-lg font-semibold">
            {person.name} <span className="font-normal text-ink-muted">@{person.username}</span>
          </h2>
          <p className="text-sm text-ink-muted">
            {t(`roles.${person.role}`)} · {person.team?.name ?? t("admin.people.noTeam")}
            {person.deactivatedAt ? ` · ${t("admin.people.deactivated")}` : ""}
          </p>
        </div>
      </div>
      <FormError messageKey={refusal?.formError} />
      <div className="flex flex-wrap items-end gap-4">
        <PersonChoiceForm
          intent="role"
          fields={fields}
          saveLabel={t("admin.people.saveRoleLabel", { name: person.name })}
        >
          <RoleSelectField label={t("admin.people.role")} {...formFields(refusal, "role").field("role", person.role)} />
        </PersonChoiceForm>
        <PersonChoiceForm
          intent="team"
          fields={fields}
          saveLabel={t("admin.people.saveTeamLabel", { name: person.name })}
        >
          <TeamSelectField
            label={t("admin.people.team")}
            {...formFields(refusal, "team").field("teamId", person.team?.id ?? "")}
            teams={teams}
          />
        </PersonChoiceForm>
      </div>
      <div className="flex flex-wrap gap-2">
        {accountActions.map((action) => (
          <ActionButton
            key={action}
            intent={action}
            fields={fields}
            label={t(`admin.people.${action}`)}
            ariaLabel={t(`admin.people.${action}Label`, { name: person.name })}
          />
        ))}
      </div>
    </li>
  );
}

export default function AdminPeoplePage() {
  const { t } = useTranslation();
  const { query, page, people, total, pageCount, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refusal = isRefusal(result) ? result : undefined;
  const resetLink = result && "resetLink" in result ? result.resetLink : null;
  const position = { q: query, page: String(page) };
  const pageLink = (target: number) => paths.adminPeople({ q: query || undefined, page: String(target) });
  return (
    <AdminPage title={t("admin.people.title")}>
      <SecretLinkNotice
        title={t("admin.people.resetCreated")}
        hint={t("admin.people.resetCopyOnce")}
        link={resetLink}
      />
      <ListSearchForm label={t("admin.people.search")} query={query} />
      <p className="text-ink-muted">{t("admin.people.count", { count: total })}</p>
      <ul className="space-y-3">
        {people.map((person) => (
          <PersonEntry
            key={person.id}
            person={person}
            teams={teams}
            position={position}
            refusal={textValue(refusal?.values, "personId") === person.id ? refusal : undefined}
          />
        ))}
      </ul>
      <ListPager page={page} pageCount={pageCount} pageLink={pageLink} />
    </AdminPage>
  );
}

await loadTranslationArea("manage");
