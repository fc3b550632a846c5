import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { AdminHeader } from "~/components/admin-header";
import { FormError } from "~/components/form-error";
import { TextField } from "~/components/text-field";
import { createTeam, listTeams, regenerateJoinCode, renameTeam } from "~/models/teams.server";
import { handleIntents, intent } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { recordId, textValue } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.teams.title");

const NameSchema = z.object({ name: z.string().trim().min(1).max(80) });
const TeamIdSchema = z.object({ teamId: recordId });

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
  const done = (intentName: string) => redirectWithFlash(paths.adminTeams(), `admin.teams.done.${intentName}`);
  return handleIntents(request, {
    create: intent(NameSchema, async (form) => {
      await createTeam(form.name);
      return done("create");
    }),
    rename: intent(TeamIdSchema.merge(NameSchema), async (form) => {
      await renameTeam(form.teamId, form.name);
      return done("rename");
    }),
    newCode: intent(TeamIdSchema, async (form) => {
      await regenerateJoinCode(form.teamId);
      return done("newCode");
    }),
  });
}

export default function AdminTeamsPage() {
  const { t } = useTranslation();
  const { teams } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const createRefusal = refusal?.intent === "create" ? refusal : undefined;
  return (
    <div className="space-y-6">
      <AdminHeader title={t("admin.teams.title")} />
      <section className="card" aria-labelledby="team-create">
        <h2 id="team-create" className="text-lg font-semibold">
          {t("admin.teams.create")}
        </h2>
        <Form method="post" className="mt-4 space-y-4">
          <FormError messageKey={createRefusal?.formError} />
          <input type="hidden" name="intent" value="create" />
          <TextField
            label={t("admin.teams.name")}
            name="name"
            maxLength={80}
            required
            defaultValue={textValue(createRefusal?.values, "name")}
            errors={createRefusal?.fieldErrors.name}
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
            const renameRefusal =
              refusal?.intent === "rename" && textValue(refusal.values, "teamId") === team.id ? refusal : undefined;
            return (
              <li key={team.id} className="card space-y-3">
                <h3 className="text-lg font-semibold">{team.name}</h3>
                <p className="text-slate-700">
                  {t("admin.teams.members", { count: team.memberCount })} · {t("admin.teams.joinCode")}:{" "}
                  <code className="font-mono">{team.joinCode}</code>
                </p>
                <div className="flex flex-wrap items-center gap-2">
                  <Link to={paths.teamPoster(team.slug)} className="button-secondary">
                    {t("admin.teams.poster")}
                  </Link>
                  <ActionButton
                    intent="newCode"
                    fields={{ teamId: team.id }}
                    label={t("admin.teams.newCode")}
                    ariaLabel={t("admin.teams.newCodeLabel", { name: team.name })}
                  />
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
                    defaultValue={textValue(renameRefusal?.values, "name") ?? team.name}
                    errors={renameRefusal?.fieldErrors.name}
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
