import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { AdminHeader } from "~/components/admin-header";
import { FormError } from "~/components/form-error";
import { SecretLinkNotice } from "~/components/secret-link-notice";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import { createPasswordReset } from "~/models/password-resets.server";
import { changeRole, changeTeam, deactivatePerson, reactivatePerson, searchPeople } from "~/models/people.server";
import { listTeams } from "~/models/teams.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { recordId, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";
import { publicUrl } from "~/utils/public-url.server";
import { roles } from "~/utils/roles";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.people.title");

const PersonIdSchema = z.object({ personId: recordId });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").trim().slice(0, 80);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  const [result, teams] = await Promise.all([searchPeople({ query, page }), listTeams()]);
  return { query, page, ...result, teams: teams.map((team) => ({ id: team.id, name: team.name })) };
}

/**
 * Back to the list the admin was looking at: each form carries the search and page along. They
 * only place the list, so what does not look like them is dropped rather than refused.
 */
function listPosition(formData: FormData) {
  const query = String(formData.get("q") ?? "").slice(0, 80);
  const page = String(formData.get("page") ?? "");
  return { q: query, page: /^\d{1,5}$/.test(page) && page !== "1" ? page : undefined };
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
    // Shown this once: only the hash is stored. Many staff have no e-mail, so the admin hands it over.
    reset: intent(PersonIdSchema, async (form) => {
      const token = await createPasswordReset(admin, form.personId);
      return { resetLink: publicUrl(request, paths.passwordReset(token)) };
    }),
  });
}

function ListPosition({ q, page }: { q: string; page: string }) {
  return (
    <>
      <input type="hidden" name="q" value={q} />
      <input type="hidden" name="page" value={page} />
    </>
  );
}

export default function AdminPeoplePage() {
  const { t } = useTranslation();
  const { query, page, people, total, pageCount, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refusal = result && "fieldErrors" in result ? result : undefined;
  const resetLink = result && "resetLink" in result ? result.resetLink : null;
  // The search and page ride along with each form, so the list stays where it was.
  const position = { q: query, page: String(page) };
  const pageLink = (target: number) => paths.adminPeople({ q: query || undefined, page: String(target) });
  const teamOptions = [
    { value: "", label: t("admin.people.noTeam") },
    ...teams.map((team) => ({ value: team.id, label: team.name })),
  ];
  return (
    <div className="space-y-6">
      <AdminHeader title={t("admin.people.title")} />
      {resetLink ? (
        <SecretLinkNotice
          id="reset-link"
          title={t("admin.people.resetCreated")}
          hint={t("admin.people.resetCopyOnce")}
          link={resetLink}
          testId="reset-link"
        />
      ) : null}
      <Form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <TextField label={t("admin.people.search")} name="q" type="search" maxLength={80} defaultValue={query} />
        <button type="submit" className="button-secondary">
          {t("admin.people.searchSubmit")}
        </button>
      </Form>
      <p className="text-slate-700">{t("admin.people.count", { count: total })}</p>
      <ul className="space-y-3">
        {people.map((person) => {
          const failure = refusal && textValue(refusal.values, "personId") === person.id ? refusal : undefined;
          const typed = (key: string) => (failure ? textValue(failure.values, key) : undefined);
          return (
            <li key={person.id} className="card space-y-3">
              <div>
                <h2 className="text-lg font-semibold">
                  {person.name} <span className="font-normal text-slate-700">@{person.username}</span>
                </h2>
                <p className="text-sm text-slate-700">
                  {t(`roles.${person.role}`)} · {person.team?.name ?? t("admin.people.noTeam")}
                  {person.deactivatedAt ? ` · ${t("admin.people.deactivated")}` : ""}
                </p>
              </div>
              <FormError messageKey={failure?.formError} />
              <div className="flex flex-wrap items-end gap-4">
                <Form method="post" className="flex items-end gap-2">
                  <ListPosition {...position} />
                  <input type="hidden" name="intent" value="role" />
                  <input type="hidden" name="personId" value={person.id} />
                  <SelectField
                    label={t("admin.people.role")}
                    name="role"
                    options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
                    defaultValue={failure?.intent === "role" ? typed("role") : person.role}
                    errors={failure?.intent === "role" ? failure.fieldErrors.role : undefined}
                  />
                  <button
                    type="submit"
                    className="button-secondary"
                    aria-label={t("admin.people.saveRoleLabel", { name: person.name })}
                  >
                    {t("admin.people.save")}
                  </button>
                </Form>
                <Form method="post" className="flex items-end gap-2">
                  <ListPosition {...position} />
                  <input type="hidden" name="intent" value="team" />
                  <input type="hidden" name="personId" value={person.id} />
                  <SelectField
                    label={t("admin.people.team")}
                    name="teamId"
                    options={teamOptions}
                    defaultValue={failure?.intent === "team" ? typed("teamId") : (person.team?.id ?? "")}
                    errors={failure?.intent === "team" ? failure.fieldErrors.teamId : undefined}
                  />
                  <button
                    type="submit"
                    className="button-secondary"
                    aria-label={t("admin.people.saveTeamLabel", { name: person.name })}
                  >
                    {t("admin.people.save")}
                  </button>
                </Form>
              </div>
              <div className="flex flex-wrap gap-2">
                {person.deactivatedAt ? (
                  <ActionButton
                    intent="reactivate"
                    fields={{ personId: person.id, ...position }}
                    label={t("admin.people.reactivate")}
                    ariaLabel={t("admin.people.reactivateLabel", { name: person.name })}
                  />
                ) : (
                  <>
                    <ActionButton
                      intent="deactivate"
                      fields={{ personId: person.id, ...position }}
                      label={t("admin.people.deactivate")}
                      ariaLabel={t("admin.people.deactivateLabel", { name: person.name })}
                    />
                    <ActionButton
                      intent="reset"
                      fields={{ personId: person.id, ...position }}
                      label={t("admin.people.reset")}
                      ariaLabel={t("admin.people.resetLabel", { name: person.name })}
                    />
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {pageCount > 1 ? (
        <nav aria-label={t("admin.people.pages")} className="flex items-center gap-4">
          {page > 1 ? (
            <Link to={pageLink(page - 1)} className="link">
              {t("admin.people.previous")}
            </Link>
          ) : null}
          <span>{t("admin.people.pageOf", { page, total: pageCount })}</span>
          {page < pageCount ? (
            <Link to={pageLink(page + 1)} className="link">
              {t("admin.people.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
