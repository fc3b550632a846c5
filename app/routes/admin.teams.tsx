import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { ActionButton } from "~/components/action-button";
import { AdminPage } from "~/components/admin-page";
import { ButtonLink } from "~/components/button";
import { ListPager, ListSearchForm } from "~/components/list-search";
import { ListSection } from "~/components/list-section";
import { CreateForm, PostForm } from "~/components/post-form";
import { TextField } from "~/components/text-field";
import { createTeam, regenerateJoinCode, renameTeam, searchTeams } from "~/models/teams.server";
import { handleIntents, intent, recordId } from "~/utils/actions.server";
import { requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formFields, isRefusal, textValue } from "~/utils/forms";
import { listParams, listPosition } from "~/utils/list-params";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.teams.title");

const NameSchema = z.object({ name: z.string().trim().min(1).max(80) });
const TeamIdSchema = z.object({ teamId: recordId });
// A handful of teams reads at a glance; past that the list gets a search box.
const TEAMS_SEARCH_FROM = 8;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const { query, page } = listParams(new URL(request.url));
  const { teams, total, pageCount } = await searchTeams({ query, page });
  return {
    query,
    page,
    total,
    pageCount,
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
  // Back to the list where the admin was (its search and page ride along with each team's forms).
  const done = (intentName: string, formData: FormData) =>
    redirectWithFlash(paths.adminTeams(listPosition(formData)), `admin.teams.done.${intentName}`);
  return handleIntents(request, {
    create: intent(NameSchema, async (form, formData) => {
      await createTeam(form.name);
      return done("create", formData);
    }),
    rename: intent(TeamIdSchema.merge(NameSchema), async (form, formData) => {
      await renameTeam(form.teamId, form.name);
      return done("rename", formData);
    }),
    newCode: intent(TeamIdSchema, async (form, formData) => {
      await regenerateJoinCode(form.teamId);
      return done("newCode", formData);
    }),
  });
}

export default function AdminTeamsPage() {
  const { t } = useTranslation();
  const { teams, query, page, total, pageCount } = useLoaderData<typeof loader>();
  const position = { q: query, page: String(page) };
  const pageLink = (target: number) => paths.adminTeams({ q: query || undefined, page: String(target) });
  const result = useActionData<typeof action>();
  const create = formFields(result, "create");
  // A refused rename opens again in its own team's entry only.
  const forTeam = (teamId: string) =>
    isRefusal(result) && textValue(result.values, "teamId") === teamId ? result : null;
  return (
    <AdminPage title={t("admin.teams.title")}>
      <CreateForm
        title={t("admin.teams.create")}
        refusal={create.refusal}
        submit={{ label: t("admin.teams.createSubmit") }}
      >
        <TextField label={t("admin.teams.name")} {...create.field("name")} maxLength={80} required />
      </CreateForm>
      {total > TEAMS_SEARCH_FROM || query ? <ListSearchForm label={t("admin.teams.search")} query={query} /> : null}
      <ListSection
        title={t("admin.teams.list")}
        isEmpty={teams.length === 0}
        emptyMessage={query ? t("admin.teams.noneFound") : t("admin.teams.none")}
      >
        <ul className="space-y-3">
          {teams.map((team) => {
            const rename = formFields(forTeam(team.id), "rename");
            return (
              <li key={team.id} className="card space-y-3">
                <h3 className="text-lg font-semibold">{team.name}</h3>
                <p className="text-ink-muted">
                  {t("admin.teams.members", { count: team.memberCount })} · {t("admin.teams.joinCode")}:{" "}
                  <code className="font-mono">{team.joinCode}</code>
                </p>
                <div className="flex flex-wrap items-center gap-2">
                  <ButtonLink to={paths.teamPoster(team.slug)} label={t("admin.teams.poster")} />
                  <ActionButton
                    intent="newCode"
                    fields={{ teamId: team.id, ...position }}
                    label={t("admin.teams.newCode")}
                    ariaLabel={t("admin.teams.newCodeLabel", { name: team.name })}
                  />
                </div>
                <p className="text-sm text-ink-muted">{t("admin.teams.newCodeHint")}</p>
                <PostForm
                  intent="rename"
                  fields={{ teamId: team.id, ...position }}
                  submit={{ label: t("admin.teams.renameSubmit"), variant: "secondary" }}
                  layout="row"
                >
                  <TextField
                    label={t("admin.teams.rename", { name: team.name })}
                    {...rename.field("name", team.name)}
                    maxLength={80}
                    required
                  />
                </PostForm>
              </li>
            );
          })}
        </ul>
        <ListPager page={page} pageCount={pageCount} pageLink={pageLink} />
      </ListSection>
    </AdminPage>
  );
}

await loadTranslationArea("manage");
