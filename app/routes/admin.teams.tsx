import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { createTeamWithUniqueSlug, regenerateJoinCode, renameTeam } from "~/models/admin-teams.server";
import { listTeams } from "~/models/teams.server";
import { requireUser } from "~/utils/auth.server";
import { setFlash } from "~/utils/flash.server";
import { parseForm, recordId } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { forgetFacetOptions } from "~/models/feed.server";
import { AdminHeader } from "~/components/admin-header";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.teams.title");

const name = z.string().trim().min(1).max(80);
const TeamActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), name }),
  z.object({ intent: z.literal("rename"), teamId: recordId, name }),
  z.object({ intent: z.literal("newCode"), teamId: recordId }),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const teams = await listTeams();
  return {
    teams: teams.map((team) => ({
      id: team.id,
      name: team.name,
      slug: team.slug,
      joinCode: team.joinCode,
      memberCount: team._count.members,
    })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const formData = await request.formData();
  const parsed = parseForm(TeamActionSchema, formData);
  if (!parsed.success)
    return data({ ...parsed.failure, target: String(formData.get("teamId") ?? "new") }, { status: 400 });
  const form = parsed.data;
  if (form.intent === "create") {
    await createTeamWithUniqueSlug(form.name);
  } else {
    const isChanged =
      form.intent === "rename" ? await renameTeam(form.teamId, form.name) : await regenerateJoinCode(form.teamId);
    if (!isChanged) throw new Response("Not found", { status: 404 });
  }
  // The feed's filter panel lists teams; it shows the change at once.
  forgetFacetOptions();
  return redirect("/admin/teams", { headers: { "Set-Cookie": await setFlash(`admin.teams.done.${form.intent}`) } });
}

export default function AdminTeamsPage() {
  const { t } = useTranslation();
  const { teams } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const createFailure = failure?.target === "new" ? failure : undefined;
  return (
    <div className="space-y-6">
      <AdminHeader title={t("admin.teams.title")} />
      <section className="card" aria-labelledby="team-create">
        <h2 id="team-create" className="text-lg font-semibold">
          {t("admin.teams.create")}
        </h2>
        <Form method="post" className="mt-4 space-y-4">
          <FormError messageKey={createFailure?.formError} />
          <input type="hidden" name="intent" value="create" />
          <TextField
            label={t("admin.teams.name")}
            name="name"
            maxLength={80}
            required
            defaultValue={createFailure?.values.name}
            errors={createFailure?.fieldErrors.name}
          />
          <button type="submit" className="button-primary">
            {t("admin.teams.createSubmit")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="team-list" className="space-y-3">
        <h2 id="team-list" className="text-lg font-semibold">
          {t("admin.teams.list")}
        </h2>
        {teams.length === 0 ? <p className="text-slate-700">{t("admin.teams.none")}</p> : null}
        <ul className="space-y-3">
          {teams.map((team) => {
            const teamFailure = failure?.target === team.id ? failure : undefined;
            return (
              <li key={team.id} className="card space-y-3">
                <h3 className="text-lg font-semibold">{team.name}</h3>
                <p className="text-slate-700">
                  {t("admin.teams.members", { count: team.memberCount })} · {t("admin.teams.joinCode")}:{" "}
                  <code className="font-mono">{team.joinCode}</code>
                </p>
                <div className="flex flex-wrap items-center gap-2">
                  <Link to={`/admin/teams/${team.slug}/poster`} className="button-secondary">
                    {t("admin.teams.poster")}
                  </Link>
                  <Form method="post">
                    <input type="hidden" name="intent" value="newCode" />
                    <input type="hidden" name="teamId" value={team.id} />
                    <button
                      type="submit"
                      className="button-secondary"
                      aria-label={t("admin.teams.newCodeLabel", { name: team.name })}
                    >
                      {t("admin.teams.newCode")}
                    </button>
                  </Form>
                </div>
                <p className="text-sm text-slate-700">{t("admin.teams.newCodeHint")}</p>
                <Form method="post" className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="intent" value="rename" />
                  <input type="hidden" name="teamId" value={team.id} />
                  <TextField
                    label={t("admin.teams.rename", { name: team.name })}
                    name="name"
                    maxLength={80}
                    required
                    defaultValue={teamFailure?.values.name ?? team.name}
                    errors={teamFailure?.fieldErrors.name}
                  />
                  <button type="submit" className="button-secondary">
                    {t("admin.teams.renameSubmit")}
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
