import { describe, expect, it } from "vitest";
import { findTeamByJoinCode } from "~/models/invitations.server";
import { loader as posterLoader } from "~/routes/admin.teams_.$slug.poster";
import { action, loader } from "~/routes/admin.teams";
import { db } from "~/utils/db.server";
import { personWithCookie } from "../admin-factories";
import { createTestTeam, getPage, postForm } from "../factories";

describe("/admin/teams", () => {
  it("creates teams, two with the same name too, each with a working join code", async () => {
    const admin = await personWithCookie("admin");
    for (let attempt = 0; attempt < 2; attempt++) {
      expect(
        (await postForm(action, "/admin/teams", { intent: "create", name: "Kassa Oost" }, { cookie: admin.cookie }))
          .status,
      ).toBe(302);
    }
    const created = await db.team.findMany({ where: { name: "Kassa Oost" }, orderBy: { createdAt: "asc" } });
    expect(created.map((team) => team.slug)).toEqual(["kassa-oost", "kassa-oost-2"]);
    expect((await findTeamByJoinCode(created[1]!.joinCode))?.id).toBe(created[1]!.id);
    const listed = await getPage(loader, "/admin/teams", { cookie: admin.cookie });
    expect(listed.body.teams.filter((team: { name: string }) => team.name === "Kassa Oost")).toHaveLength(2);
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
      teamName: team.name,
      joinCode: team.joinCode,
      joinLink: `http://localhost:3000/join?code=${team.joinCode}`,
    });
    expect(poster.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(poster.body.qrSvg).not.toMatch(/<script/i);
    expect(
      (await getPage(posterLoader, "/admin/teams/nope/poster", { cookie: admin.cookie, params: { slug: "nope" } }))
        .status,
    ).toBe(404);
  });
});
