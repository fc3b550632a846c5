import { describe, expect, it } from "vitest";
import { findTeamByJoinCode } from "~/models/invitations.server";
import { verifySignIn } from "~/models/people.server";
import { db } from "~/utils/db.server";
import { DEMO_PASSWORD, seed } from "../../prisma/seed";

describe("the demo organisation", () => {
  it("is believable: values of both kinds, four teams, about thirty people in every role, three new hires", async () => {
    const now = new Date();
    expect(await seed(db, now)).toBe(true);

    const organization = await db.organization.findFirstOrThrow();
    expect(organization.brandPromise.length).toBeGreaterThan(20);
    const values = await db.value.findMany();
    expect(values.filter((value) => value.kind === "brand")).toHaveLength(3);
    expect(values.filter((value) => value.kind === "core")).toHaveLength(3);
    for (const value of values) expect(value.explanation.length).toBeGreaterThan(40);

    const teams = await db.team.findMany({ include: { _count: { select: { members: true } } } });
    expect(teams).toHaveLength(4);
    for (const team of teams) expect(team._count.members).toBeGreaterThanOrEqual(5);

    const people = await db.user.findMany();
    expect(people.length).toBeGreaterThanOrEqual(28);
    expect(new Set(people.map((person) => person.role))).toEqual(new Set(["employee", "manager", "admin"]));
    expect(new Set(people.map((person) => person.language))).toEqual(new Set(["en", "de", "nl"]));
    const ninetyDaysAgo = now.getTime() - 90 * 24 * 60 * 60 * 1000;
    expect(people.filter((person) => person.joinedAt.getTime() > ninetyDaysAgo)).toHaveLength(3);
  });

  it("lets the printed demo accounts and join codes in, and does nothing on a second run", async () => {
    expect(await verifySignIn({ login: "joris.vandijk", password: DEMO_PASSWORD, address: "198.51.100.1" })).toMatchObject({ ok: true });
    expect(await findTeamByJoinCode("UTRECHT7")).toMatchObject({ name: "Store Utrecht Centrum" });
    const count = await db.user.count();
    expect(await seed(db)).toBe(false);
    expect(await db.user.count()).toBe(count);
  });
});
