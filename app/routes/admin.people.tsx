import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { changeRole, changeTeam, deactivatePerson, reactivatePerson, searchPeople } from "~/models/admin-people.server";
import { createPasswordReset } from "~/models/password-resets.server";
import { listTeams } from "~/models/teams.server";
import { requireUser } from "~/utils/auth.server";
import { env } from "~/utils/env.server";
import { setFlash } from "~/utils/flash.server";
import { formFailure, parseForm, recordId, submittedValues } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { roles } from "~/utils/roles";
import { SecretLinkNotice } from "~/components/secret-link-notice";
import { AdminHeader } from "~/components/admin-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.people.title");

const PeopleActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("role"), personId: recordId, role: z.enum(roles) }),
  z.object({ intent: z.literal("team"), personId: recordId, teamId: z.string().max(40).optional().or(z.literal("")) }),
  z.object({ intent: z.literal("deactivate"), personId: recordId }),
  z.object({ intent: z.literal("reactivate"), personId: recordId }),
  z.object({ intent: z.literal("reset"), personId: recordId }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").trim().slice(0, 80);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  const [result, teams] = await Promise.all([searchPeople({ query, page }), listTeams()]);
  return { query, page, ...result, teams: teams.map((team) => ({ id: team.id, name: team.name })) };
}

/** Back to the list the admin was looking at: the form carries the search and page along. */
function backTo(formData: FormData) {
  const params = new URLSearchParams();
  const query = String(formData.get("q") ?? "").slice(0, 80);
  const page = String(formData.get("page") ?? "");
  if (query) params.set("q", query);
  if (/^\d{1,5}$/.test(page) && page !== "1") params.set("page", page);
  return `/admin/people${params.size ? `?${params}` : ""}`;
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const formData = await request.formData();
  const target = String(formData.get("personId") ?? "");
  const parsed = parseForm(PeopleActionSchema, formData);
  if (!parsed.success) return data({ ...parsed.failure, target, resetLink: null }, { status: 400 });
  const form = parsed.data;
  if (form.intent === "reset") {
    const token = await createPasswordReset(admin, form.personId);
    if (!token)
      return data(
        {
          ...formFailure(submittedValues(formData), { formError: "admin.people.problem.notFound" }),
          target,
          resetLink: null,
        },
        { status: 404 },
      );
    // Shown this once: only the hash is stored. Many staff have no e-mail, so the admin hands it over.
    const origin = env.APP_ORIGIN ?? new URL(request.url).origin;
    return { ...formFailure({}, {}), target, resetLink: new URL(`/reset/${token}`, origin).toString() };
  }
  const result =
    form.intent === "role"
      ? await changeRole(admin, form.personId, form.role)
      : form.intent === "team"
        ? await changeTeam(admin, form.personId, form.teamId || null)
        : form.intent === "deactivate"
          ? await deactivatePerson(admin, form.personId)
          : await reactivatePerson(admin, form.personId);
  if (!result.ok) {
    const status = result.problem === "notFound" ? 404 : 400;
    const problemKey =
      result.problem === "self" ? `admin.people.problem.self.${form.intent}` : `admin.people.problem.${result.problem}`;
    return data(
      { ...formFailure(submittedValues(formData), { formError: problemKey }), target, resetLink: null },
      { status },
    );
  }
  return redirect(backTo(formData), { headers: { "Set-Cookie": await setFlash(`admin.people.done.${form.intent}`) } });
}

/** The search and page ride along with each form, so the list stays where it was. */
function ListPosition({ query, page }: { query: string; page: number }) {
  return (
    <>
      <input type="hidden" name="q" value={query} />
      <input type="hidden" name="page" value={page} />
    </>
  );
}

export default function AdminPeoplePage() {
  const { t } = useTranslation();
  const { query, page, people, total, pageCount, teams } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const selectId = useId();
  const pageLink = (target: number) =>
    `/admin/people?${new URLSearchParams({ ...(query ? { q: query } : {}), page: String(target) })}`;
  return (
    <div className="space-y-6">
      <AdminHeader title={t("admin.people.title")} />
      {result?.resetLink ? (
        <SecretLinkNotice
          id="reset-link"
          title={t("admin.people.resetCreated")}
          hint={t("admin.people.resetCopyOnce")}
          link={result.resetLink}
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
          const failure = result && !result.resetLink && result.target === person.id ? result : undefined;
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
                  <ListPosition query={query} page={page} />
                  <input type="hidden" name="intent" value="role" />
                  <input type="hidden" name="personId" value={person.id} />
                  <div className="space-y-1">
                    <label htmlFor={`${selectId}-role-${person.id}`} className="block font-medium">
                      {t("admin.people.role")}
                    </label>
                    <select
                      id={`${selectId}-role-${person.id}`}
                      name="role"
                      className="input"
                      defaultValue={failure?.values.role ?? person.role}
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    type="submit"
                    className="button-secondary"
                    aria-label={t("admin.people.saveRoleLabel", { name: person.name })}
                  >
                    {t("admin.people.save")}
                  </button>
                </Form>
                <Form method="post" className="flex items-end gap-2">
                  <ListPosition query={query} page={page} />
                  <input type="hidden" name="intent" value="team" />
                  <input type="hidden" name="personId" value={person.id} />
                  <div className="space-y-1">
                    <label htmlFor={`${selectId}-team-${person.id}`} className="block font-medium">
                      {t("admin.people.team")}
                    </label>
                    <select
                      id={`${selectId}-team-${person.id}`}
                      name="teamId"
                      className="input"
                      defaultValue={failure?.values.teamId ?? person.team?.id ?? ""}
                    >
                      <option value="">{t("admin.people.noTeam")}</option>
                      {teams.map((team) => (
                        <option key={team.id} value={team.id}>
                          {team.name}
                        </option>
                      ))}
                    </select>
                  </div>
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
                <Form method="post">
                  <ListPosition query={query} page={page} />
                  <input type="hidden" name="intent" value={person.deactivatedAt ? "reactivate" : "deactivate"} />
                  <input type="hidden" name="personId" value={person.id} />
                  <button
                    type="submit"
                    className="button-secondary"
                    aria-label={t(
                      person.deactivatedAt ? "admin.people.reactivateLabel" : "admin.people.deactivateLabel",
                      { name: person.name },
                    )}
                  >
                    {t(person.deactivatedAt ? "admin.people.reactivate" : "admin.people.deactivate")}
                  </button>
                </Form>
                {person.deactivatedAt ? null : (
                  <Form method="post">
                    <ListPosition query={query} page={page} />
                    <input type="hidden" name="intent" value="reset" />
                    <input type="hidden" name="personId" value={person.id} />
                    <button
                      type="submit"
                      className="button-secondary"
                      aria-label={t("admin.people.resetLabel", { name: person.name })}
                    >
                      {t("admin.people.reset")}
                    </button>
                  </Form>
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
