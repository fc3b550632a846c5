import { describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/enums";
import { findUsableInvitation } from "~/models/invitations.server";
import { action, loader } from "~/routes/admin.invitations";
import { db } from "~/utils/db.server";
import {
  call,
  createTestPerson,
  createTestTeam,
  formRequest,
  getRequest,
  signedInCookie,
  testContext,
} from "../factories";

describe("/admin/invitations", () => {
  it.each<Role>(["employee", "manager"])("answers 403 to a %s, for the page and the action", async (role) => {
    const person = await createTestPerson({ role });
    const cookie = await signedInCookie(person.id);
    const before = await db.invitation.count();
    expect(
      (
        await call(() =>
          loader({ request: getRequest("/admin/invitations", { cookie }), params: {}, context: testContext }),
        )
      ).status,
    ).toBe(403);
    const posted = await call(() =>
      action({
        request: formRequest(
          "/admin/invitations",
          { intent: "create", role: "admin", expiresInDays: "14" },
          { cookie },
        ),
        params: {},
        context: testContext,
      }),
    );
    expect(posted.status).toBe(403);
    expect(await db.invitation.count()).toBe(before);
  });

  it("lets an admin create a working link for a role and team, shown once", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const team = await createTestTeam("Store Oost");
    const cookie = await signedInCookie(admin.id);
    const result = await call(() =>
      action({
        request: formRequest(
          "/admin/invitations",
          { intent: "create", role: "manager", teamId: team.id, expiresInDays: "7", note: "for Kim" },
          { cookie },
        ),
        params: {},
        context: testContext,
      }),
    );
    const token = /\/join\/([\w-]+)$/.exec(result.body.link)?.[1];
    // A QR code of the same link, to scan from the admin's screen.
    expect(result.body.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const found = await findUsableInvitation(token!);
    expect(found.invitation).toMatchObject({ role: "manager", team: { id: team.id } });

    const listed = await call(() =>
      loader({ request: getRequest("/admin/invitations", { cookie }), params: {}, context: testContext }),
    );
    expect(
      listed.body.invitations.filter((listedOne: { id: string }) => listedOne.id === found.invitation?.id),
    ).toHaveLength(1);
    expect(JSON.stringify(listed.body)).not.toContain(token);
  });

  it("keeps the form when the expiry is out of range or the team is forged", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const cookie = await signedInCookie(admin.id);
    const outOfRange = await call(() =>
      action({
        request: formRequest(
          "/admin/invitations",
          { intent: "create", role: "employee", expiresInDays: "365", note: "kept" },
          { cookie },
        ),
        params: {},
        context: testContext,
      }),
    );
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body).toMatchObject({
      fieldErrors: { expiresInDays: ["invitations.expiryRange"] },
      values: { note: "kept" },
    });
    const forged = await call(() =>
      action({
        request: formRequest(
          "/admin/invitations",
          { intent: "create", role: "employee", teamId: "not-a-team", expiresInDays: "7" },
          { cookie },
        ),
        params: {},
        context: testContext,
      }),
    );
    expect(forged.body.fieldErrors).toEqual({ teamId: ["errors.invalid"] });
    expect(await db.invitation.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("withdraws an open invitation", async () => {
    const admin = await createTestPerson({ role: "admin" });
    const cookie = await signedInCookie(admin.id);
    const created = await call(() =>
      action({
        request: formRequest(
          "/admin/invitations",
          { intent: "create", role: "employee", expiresInDays: "7" },
          { cookie },
        ),
        params: {},
        context: testContext,
      }),
    );
    const invitation = await db.invitation.findFirstOrThrow({ where: { createdById: admin.id } });
    await call(() =>
      action({
        request: formRequest("/admin/invitations", { intent: "revoke", invitationId: invitation.id }, { cookie }),
        params: {},
        context: testContext,
      }),
    );
    const token = /\/join\/([\w-]+)$/.exec(created.body.link)![1]!;
    expect(await findUsableInvitation(token)).toEqual({ problem: "revoked", invitation: null });
    const listed = await call(() =>
      loader({ request: getRequest("/admin/invitations", { cookie }), params: {}, context: testContext }),
    );
    expect(listed.body.invitations.find((listedOne: { id: string }) => listedOne.id === invitation.id)).toMatchObject({
      status: "revoked",
    });
    const unknown = await call(() =>
      action({
        request: formRequest("/admin/invitations", { intent: "revoke", invitationId: "no-such-one" }, { cookie }),
        params: {},
        context: testContext,
      }),
    );
    expect(unknown.status).toBe(404);
  });
});
