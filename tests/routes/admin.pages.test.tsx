import { createRemixStub } from "@remix-run/testing";
import type { ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import de from "~/locales/de.json";
import en from "~/locales/en.json";
import nl from "~/locales/nl.json";
import AdminHubPage, { loader as hubLoader } from "~/routes/admin._index";
import AdminOrganisationPage, { loader as organisationLoader } from "~/routes/admin.organisation";
import AdminPeoplePage, { action as peopleAction, loader as peopleLoader } from "~/routes/admin.people";
import TeamPosterPage, { loader as posterLoader } from "~/routes/admin.teams_.$slug.poster";
import AdminTeamsPage, { action as teamsAction, loader as teamsLoader } from "~/routes/admin.teams";
import AdminValuesPage, { action as valuesAction, loader as valuesLoader } from "~/routes/admin.values";
import ResetPasswordPage, { loader as resetLoader } from "~/routes/reset.$token";
import { createPasswordReset } from "~/models/password-resets.server";
import type { Language } from "~/utils/i18n";
import { getI18n, TranslatorProvider } from "~/utils/i18n";
import { personWithCookie } from "../admin-factories";
import { createTestPerson, createTestTeam, createTestValue, getPage, postForm } from "../factories";

const translations = { en, de, nl };

function render(language: Language, path: string, Component: ComponentType, loaderData: unknown, actionData?: unknown) {
  const Stub = createRemixStub([{ id: "page", path: path.split("?")[0], Component }]);
  return renderToString(
    <TranslatorProvider value={getI18n(language, translations[language])}>
      <Stub
        initialEntries={[path]}
        hydrationData={{
          loaderData: { page: loaderData },
          ...(actionData ? { actionData: { page: actionData } } : {}),
        }}
      />
    </TranslatorProvider>,
  );
}

describe("the admin pages render", () => {
  it.each<Language>(["en", "de", "nl"])("in %s, without a missing translation", async (language) => {
    const admin = await personWithCookie("admin");
    const team = await createTestTeam();
    await createTestValue({ name: "Own it" });
    await createTestValue({ name: "Old habit", archived: true });
    const person = await createTestPerson({ name: "Kim Jansen", teamId: team.id });
    const token = (await createPasswordReset(admin, person.id))!;
    const pages = [
      ["/admin", AdminHubPage, hubLoader, {}],
      ["/admin/values", AdminValuesPage, valuesLoader, {}],
      ["/admin/teams", AdminTeamsPage, teamsLoader, {}],
      [`/admin/teams/${team.slug}/poster`, TeamPosterPage, posterLoader, { slug: team.slug }],
      ["/admin/people?q=Kim", AdminPeoplePage, peopleLoader, {}],
      ["/admin/organisation", AdminOrganisationPage, organisationLoader, {}],
      [`/reset/${token}`, ResetPasswordPage, resetLoader, { token }],
    ] as const;
    for (const [path, Component, loader, params] of pages) {
      const { body, status } = await getPage(loader, path, { cookie: admin.cookie, params });
      expect(status, path).toBe(200);
      const html = render(language, path, Component as ComponentType, body);
      // An untranslated key would show as its name.
      expect(html, path).not.toMatch(/\b(admin|reset|roles|valueKinds)\.[a-zA-Z]/);
      if (path.includes("poster")) expect(html).toContain(`/join?code=${team.joinCode}`);
      if (path.includes("people")) expect(html).toContain("Kim Jansen");
      if (path === "/admin")
        for (const section of ["values", "teams", "people", "invitations", "organisation", "audit", "design"])
          expect(html, section).toContain(`href="/admin/${section}"`);
    }
  });

  it("shows the typed values and messages again after a failed value form", async () => {
    const admin = await personWithCookie("admin");
    const failure = await postForm(
      valuesAction,
      "/admin/values",
      { intent: "create", name: "Kept name", explanation: "", colour: "#123456", kind: "core" },
      { cookie: admin.cookie },
    );
    const { body } = await getPage(valuesLoader, "/admin/values", { cookie: admin.cookie });
    const html = render("en", "/admin/values", AdminValuesPage, body, failure.body);
    expect(html).toContain('value="Kept name"');
    expect(html).toContain("Please fill this in.");
  });

  it("shows a refused person's message in that person's entry only", async () => {
    const admin = await personWithCookie("admin");
    await createTestPerson({ name: "Kim Jansen" });
    const refusal = await postForm(
      peopleAction,
      "/admin/people",
      { intent: "deactivate", personId: admin.id },
      { cookie: admin.cookie },
    );
    const { body } = await getPage(peopleLoader, "/admin/people", { cookie: admin.cookie });
    const html = render("en", "/admin/people", AdminPeoplePage, body, refusal.body);
    expect(html.match(/role="alert"/g)).toHaveLength(1);
    // React separates text parts with comments; each person is one list entry.
    // Split at list items only: icons' SVGs hold <line> elements.
    const entries = html.replaceAll("<!-- -->", "").split(/<li[\s>]/);
    const own = entries.find((entry) => entry.includes(`@${admin.username}<`));
    expect(own).toContain("You cannot deactivate yourself");
  });

  it("keeps a refused team name in that team's rename field only", async () => {
    const admin = await personWithCookie("admin");
    const [kept, other] = [await createTestTeam("Kassa"), await createTestTeam("Lager")];
    const long = "K".repeat(81);
    const refusal = await postForm(
      teamsAction,
      "/admin/teams",
      { intent: "rename", teamId: kept.id, name: long },
      { cookie: admin.cookie },
    );
    const { body } = await getPage(teamsLoader, "/admin/teams", { cookie: admin.cookie });
    const html = render("en", "/admin/teams", AdminTeamsPage, body, refusal.body);
    expect(html.match(new RegExp(`value="${long}"`, "g"))).toHaveLength(1);
    expect(html).toContain(`value="${other.name}"`);
    expect(html).not.toContain(`value="${kept.name}"`);
  });
});
