import { describe, expect, it } from "vitest";
import { findTeamByJoinCode } from "~/models/invitations.server";
import { loader as posterLoader } from "~/routes/admin.teams_.$slug.poster";
import { action, loader } from "~/routes/admin.teams";
import { db } from "~/utils/db.server";
import { personWithCookie } from "../admin-factories";
import { createTestTeam, getPage, postForm } from "../factories";

describe("/admin/teams", () => {
  it("creates teams with a working join code, and refuses a name another team has, whatever its case and spaces", async () => {
    const admin = await personWithCookie("admin");
    const create = (name: string) =>
      postForm(action, "/admin/teams", { intent: "create", name }, { cookie: admin.cookie });
    expect((await create("  Kassa   Oost ")).status).toBe(302);
    for (const again of ["Kassa Oost", "kassa  oost", " KASSA OOST"]) {
      expect(await create(again)).toMatchObject({
        status: 400,
        body: { intent: "create", fieldErrors: { name: ["admin.teams.nameTaken"] }, values: { name: again } },
      });
    }
    const created = await db.team.findMany({ where: { name: "Kassa Oost" } });
    expect(created.map((team) => team.slug)).toEqual(["kassa-oost"]);
    expect((await findTeamByJoinCode(created[0]!.joinCode))?.id).toBe(created[0]!.id);
    const listed = await getPage(loader, "/admin/teams", { cookie: admin.cookie });
    expect(listed.body.teams.filter((team: { name: string }) => team.name === "Kassa Oost")).toHaveLength(1);

    const other = await createTestTeam("Kassa West");
    const rename = (name: string) =>
      postForm(action, "/admin/teams", { intent: "rename", teamId: other.id, name }, { cookie: admin.cookie });
    expect(await rename("kassa oost")).toMatchObject({
      status: 400,
      body: { intent: "rename", fieldErrors: { name: ["admin.teams.nameTaken"] }, values: { teamId: other.id } },
    });
    // A team keeps its own name in another spelling.
    expect((await rename("KASSA WEST")).status).toBe(302);
  });

  it("keeps the typed name when it is too long, and renames a team", async () => {
    const admin = await personWithCookie("admin");
    const team = await createTestTeam();
    const long = "x".repeat(81);
    const failed = await postForm(
      action,
      "/admin/teams",
      { intent: "rename", teamId: team.id, name: long },
      { cookie: admin.cookie },
    );
    expect(failed).toMatchObject({
      status: 400,
      body: { intent: "rename", fieldErrors: { name: ["errors.tooLong#80"] }, values: { teamId: team.id, name: long } },
    });
    await postForm(
      action,
      "/admin/teams",
      { intent: "rename", teamId: team.id, name: "Lager" },
      { cookie: admin.cookie },
    );
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({
      name: "Lager",
      slug: team.slug,
    });
    const empty = await postForm(action, "/admin/teams", { intent: "create", name: "" }, { cookie: admin.cookie });
    expect(empty.body).toMatchObject({ intent: "create", fieldErrors: { name: ["errors.required"] } });
  });

  it("regenerates the join code: the old one stops working", async () => {
    const admin = await personWithCookie("admin");
    const team = await createTestTeam();
    await postForm(action, "/admin/teams", { intent: "newCode", teamId: team.id }, { cookie: admin.cookie });
    const renewed = await db.team.findUniqueOrThrow({ where: { id: team.id } });
    expect(renewed.joinCode).not.toBe(team.joinCode);
    expect(await findTeamByJoinCode(team.joinCode)).toBeNull();
    expect((await findTeamByJoinCode(renewed.joinCode))?.id).toBe(team.id);
    expect(
      (await postForm(action, "/admin/teams", { intent: "newCode", teamId: "nope" }, { cookie: admin.cookie })).status,
    ).toBe(404);
    expect(
      (
        await postForm(
          action,
          "/admin/teams",
          { intent: "rename", teamId: "nope", name: "Lager" },
          { cookie: admin.cookie },
        )
      ).status,
    ).toBe(404);
  });

  it("prints a poster with the join link as a QR code and as text", async () => {
    const admin = await personWithCookie("admin");
    const team = await createTestTeam();
    const poster = await getPage(posterLoader, `/admin/teams/${team.slug}/poster`, {
      cookie: admin.cookie,
      params: { slug: team.slug },
    });
    expect(poster.status).toBe(200);
    expect(poster.body).toMatchObject({
      language: "en",
      joinCode: team.joinCode,
      joinLink: `http://localhost:3000/join?code=${team.joinCode}`,
      text: { heading: `Join ${team.name} on Brandworthy` },
    });
    expect(poster.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(poster.body.qrSvg).not.toMatch(/<script/i);
    // Printed in the language chosen on the page, whatever the admin reads.
    for (const [lang, heading] of [
      ["de", `Machen Sie mit: ${team.name} auf Brandworthy`],
      ["nl", `Doe mee met ${team.name} op Brandworthy`],
    ]) {
      const printed = await getPage(posterLoader, `/admin/teams/${team.slug}/poster?lang=${lang}`, {
        cookie: admin.cookie,
        params: { slug: team.slug },
      });
      expect(printed.body).toMatchObject({ language: lang, text: { heading } });
    }
    const unknown = await getPage(posterLoader, `/admin/teams/${team.slug}/poster?lang=xx`, {
      cookie: admin.cookie,
      params: { slug: team.slug },
    });
    expect(unknown.body.language).toBe("en");
    expect(
      (await getPage(posterLoader, "/admin/teams/nope/poster", { cookie: admin.cookie, params: { slug: "nope" } }))
        .status,
    ).toBe(404);
  });

  it("searches and pages a long list of teams through the URL, and its forms come back to the same place", async () => {
    const admin = await personWithCookie("admin");
    for (let index = 0; index < 35; index++) await createTestTeam(`Filiale ${String(index).padStart(2, "0")}`);
    const found = await getPage(loader, "/admin/teams?q=filiale", { cookie: admin.cookie });
    expect(found.body).toMatchObject({ query: "filiale", page: 1, total: 35, pageCount: 2 });
    expect(found.body.teams).toHaveLength(30);
    const second = await getPage(loader, "/admin/teams?q=filiale&page=2", { cookie: admin.cookie });
    expect(second.body.teams.map((team: { name: string }) => team.name)).toEqual(
      ["30", "31", "32", "33", "34"].map((number) => `Filiale ${number}`),
    );
    const team = await db.team.findFirstOrThrow({ where: { name: "Filiale 31" } });
    const renewed = await postForm(
      action,
      "/admin/teams",
      { intent: "newCode", teamId: team.id, q: "filiale", page: "2" },
      { cookie: admin.cookie },
    );
    expect(renewed.headers.get("Location")).toBe("/admin/teams?q=filiale&page=2");
    const nonsense = await getPage(loader, "/admin/teams?page=-4&q=", { cookie: admin.cookie });
    expect(nonsense.body).toMatchObject({ page: 1, query: "" });
  });
});
