import { describe, expect, it } from "vitest";
import { verifySignIn } from "~/models/people.server";
import { action, loader } from "~/routes/admin.people";
import { action as resetAction, loader as resetPage } from "~/routes/reset.$token";
import { getUser } from "~/utils/auth.server";
import { db } from "~/utils/db.server";
import { personWithCookie } from "../admin-factories";
import {
  TEST_PASSWORD,
  createTestPerson,
  createTestTeam,
  getPage,
  getRequest,
  postForm,
  signedInCookie,
} from "../factories";

const NEW_PASSWORD = "a brand new password";
const address = "198.51.100.9";

async function resetLinkFor(admin: { cookie: string }, personId: string) {
  const created = await postForm(action, "/admin/people", { intent: "reset", personId }, { cookie: admin.cookie });
  expect(created.status).toBe(200);
  return new URL(created.body.resetLink as string);
}
const tokenOf = (link: URL) => link.pathname.split("/").pop()!;

describe("/admin/people", () => {
  it("searches by name and username, 50 to a page", async () => {
    const admin = await personWithCookie("admin");
    for (let index = 0; index < 52; index++)
      await createTestPerson({ name: `Zebra Searchable ${String(index).padStart(2, "0")}` });
    const kim = await createTestPerson({ name: "Kim de Vries" });
    const first = await getPage(loader, "/admin/people?q=searchable", { cookie: admin.cookie });
    expect(first.body).toMatchObject({ total: 52, pageCount: 2, page: 1 });
    expect(first.body.people).toHaveLength(50);
    const second = await getPage(loader, "/admin/people?q=searchable&page=2", { cookie: admin.cookie });
    expect(second.body.people.map((person: { name: string }) => person.name)).toEqual([
      "Zebra Searchable 50",
      "Zebra Searchable 51",
    ]);
    const byUsername = await getPage(loader, `/admin/people?q=${kim.username.toUpperCase()}`, { cookie: admin.cookie });
    expect(byUsername.body.people.map((person: { id: string }) => person.id)).toContain(kim.id);
    expect(JSON.stringify(first.body)).not.toContain("passwordHash");
  });

  it("changes a role and writes it to the audit log; an admin cannot demote themselves", async () => {
    const admin = await personWithCookie("admin");
    const person = await createTestPerson();
    const changed = await postForm(
      action,
      "/admin/people",
      { intent: "role", personId: person.id, role: "manager", q: "Per", page: "2" },
      { cookie: admin.cookie },
    );
    expect(changed.status).toBe(302);
    expect(changed.headers.get("Location")).toBe("/admin/people?q=Per&page=2");
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("manager");
    expect(
      await db.auditLog.findMany({
        where: { targetId: person.id },
        select: { actorId: true, action: true, details: true },
      }),
    ).toEqual([{ actorId: admin.id, action: "person.role", details: "employee→manager" }]);

    const self = await postForm(
      action,
      "/admin/people",
      { intent: "role", personId: admin.id, role: "employee" },
      { cookie: admin.cookie },
    );
    expect(self).toMatchObject({
      status: 400,
      body: { intent: "role", formError: "admin.people.problem.self.role", values: { personId: admin.id } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    const forged = await postForm(
      action,
      "/admin/people",
      { intent: "role", personId: person.id, role: "owner" },
      { cookie: admin.cookie },
    );
    expect(forged).toMatchObject({
      status: 400,
      body: { fieldErrors: { role: ["errors.invalid"] }, values: { role: "owner" } },
    });
    expect(
      (
        await postForm(
          action,
          "/admin/people",
          { intent: "role", personId: "gone", role: "admin" },
          { cookie: admin.cookie },
        )
      ).status,
    ).toBe(404);
  });

  it("moves a person to another team, audited, and refuses a forged team", async () => {
    const admin = await personWithCookie("admin");
    const [from, to] = [await createTestTeam(), await createTestTeam()];
    const person = await createTestPerson({ teamId: from.id });
    await postForm(
      action,
      "/admin/people",
      { intent: "team", personId: person.id, teamId: to.id },
      { cookie: admin.cookie },
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).teamId).toBe(to.id);
    expect(
      await db.auditLog.findFirst({ where: { targetId: person.id, action: "person.team" }, select: { details: true } }),
    ).toEqual({ details: `${from.name}→${to.name}` });
    const forged = await postForm(
      action,
      "/admin/people",
      { intent: "team", personId: person.id, teamId: "nope" },
      { cookie: admin.cookie },
    );
    expect(forged).toMatchObject({
      status: 400,
      body: { fieldErrors: { teamId: ["errors.invalid"] }, values: { personId: person.id, teamId: "nope" } },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).teamId).toBe(to.id);
    await postForm(
      action,
      "/admin/people",
      { intent: "team", personId: person.id, teamId: "" },
      { cookie: admin.cookie },
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).teamId).toBeNull();
  });

  it("deactivation signs the person out at once and blocks sign-in; reactivation lets them back", async () => {
    const admin = await personWithCookie("admin");
    const person = await personWithCookie();
    const otherDevice = await signedInCookie(person.id);
    expect(await getUser(getRequest("/", { cookie: person.cookie }))).not.toBeNull();
    expect(
      (await postForm(action, "/admin/people", { intent: "deactivate", personId: person.id }, { cookie: admin.cookie }))
        .status,
    ).toBe(302);
    expect(await db.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await getUser(getRequest("/", { cookie: person.cookie }))).toBeNull();
    expect(await getUser(getRequest("/", { cookie: otherDevice }))).toBeNull();
    expect(await verifySignIn({ login: person.username, password: TEST_PASSWORD, address })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await db.auditLog.count({ where: { targetId: person.id, action: "person.deactivate", actorId: admin.id } }),
    ).toBe(1);

    const self = await postForm(
      action,
      "/admin/people",
      { intent: "deactivate", personId: admin.id },
      { cookie: admin.cookie },
    );
    expect(self.body.formError).toBe("admin.people.problem.self.deactivate");
    expect(await getUser(getRequest("/", { cookie: admin.cookie }))).not.toBeNull();

    await postForm(action, "/admin/people", { intent: "reactivate", personId: person.id }, { cookie: admin.cookie });
    expect(await verifySignIn({ login: person.username, password: TEST_PASSWORD, address })).toMatchObject({
      ok: true,
    });
    expect(await db.auditLog.count({ where: { targetId: person.id, action: "person.reactivate" } })).toBe(1);
  });
});

describe("password reset links", () => {
  it("are shown once, set a new password once, and end every other session", async () => {
    const admin = await personWithCookie("admin");
    const person = await personWithCookie();
    const link = await resetLinkFor(admin, person.id);
    expect(link.pathname).toMatch(/^\/reset\/[\w-]{40,}$/);
    const stored = await db.passwordReset.findFirstOrThrow({ where: { userId: person.id } });
    expect(stored.tokenHash).not.toBe(tokenOf(link));
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(24 * 3_600_000, -4);
    expect(JSON.stringify((await getPage(loader, "/admin/people", { cookie: admin.cookie })).body)).not.toContain(
      tokenOf(link),
    );

    const params = { token: tokenOf(link) };
    expect((await getPage(resetPage, link.pathname, { params })).body).toMatchObject({
      problem: null,
      username: person.username,
    });
    const mismatch = await postForm(
      resetAction,
      link.pathname,
      { password: NEW_PASSWORD, passwordConfirm: "something else" },
      { params },
    );
    expect(mismatch).toMatchObject({
      status: 400,
      body: { fieldErrors: { passwordConfirm: ["errors.passwordsDiffer"] } },
    });
    const short = await postForm(
      resetAction,
      link.pathname,
      { password: "short", passwordConfirm: "short" },
      { params },
    );
    expect(short.body.fieldErrors.password).toEqual(["errors.passwordTooShort"]);

    const done = await postForm(
      resetAction,
      link.pathname,
      { password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { params },
    );
    expect(done.status).toBe(302);
    expect(await getUser(getRequest("/", { cookie: person.cookie }))).toBeNull();
    const freshCookie = done.headers.get("Set-Cookie")!.split(";")[0]!;
    expect((await getUser(getRequest("/", { cookie: freshCookie })))?.id).toBe(person.id);
    expect(await db.session.count({ where: { userId: person.id } })).toBe(1);
    expect(await verifySignIn({ login: person.username, password: TEST_PASSWORD, address })).toMatchObject({
      ok: false,
    });
    expect(await verifySignIn({ login: person.username, password: NEW_PASSWORD, address })).toMatchObject({ ok: true });

    const again = await postForm(
      resetAction,
      link.pathname,
      { password: "yet another password", passwordConfirm: "yet another password" },
      { params },
    );
    expect(again).toMatchObject({ status: 400, body: { formError: "reset.problem.used" } });
    expect((await getPage(resetPage, link.pathname, { params })).body.problem).toBe("used");
    expect(await db.auditLog.count({ where: { targetId: person.id, action: "person.reset" } })).toBe(1);
  });

  it("expire after 24 hours, are retired by a newer link, and do not work for unknown tokens", async () => {
    const admin = await personWithCookie("admin");
    const person = await createTestPerson();
    const old = await resetLinkFor(admin, person.id);
    const current = await resetLinkFor(admin, person.id);
    expect((await getPage(resetPage, "/", { params: { token: tokenOf(old) } })).body.problem).toBe("used");
    await db.passwordReset.updateMany({
      where: { userId: person.id, usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await getPage(resetPage, "/", { params: { token: tokenOf(current) } });
    expect(expired).toMatchObject({ status: 410, body: { problem: "expired" } });
    const posted = await postForm(
      resetAction,
      "/",
      { password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD },
      { params: { token: tokenOf(current) } },
    );
    expect(posted.body.formError).toBe("reset.problem.expired");
    expect((await getPage(resetPage, "/", { params: { token: "made-up" } })).body.problem).toBe("unknown");
    expect(await verifySignIn({ login: person.username, password: TEST_PASSWORD, address })).toMatchObject({
      ok: true,
    });
  });

  it("are not made for, and stop working for, a deactivated person", async () => {
    const admin = await personWithCookie("admin");
    const person = await createTestPerson();
    const link = await resetLinkFor(admin, person.id);
    await postForm(action, "/admin/people", { intent: "deactivate", personId: person.id }, { cookie: admin.cookie });
    expect((await getPage(resetPage, "/", { params: { token: tokenOf(link) } })).body.problem).toBe("unknown");
    expect(
      (await postForm(action, "/admin/people", { intent: "reset", personId: person.id }, { cookie: admin.cookie }))
        .status,
    ).toBe(404);
  });
});
