// Links that leave the app (handed over, printed, put in a feed reader) carry APP_ORIGIN: behind a
// proxy the request's own host is an internal one. env.server.ts reads the environment once, at
// import, so the variable is set before any app module loads.
import { afterAll, describe, expect, it, vi } from "vitest";
import { action as invitationsAction } from "~/routes/admin.invitations";
import { action as peopleAction } from "~/routes/admin.people";
import { loader as posterLoader } from "~/routes/admin.teams_.$slug.poster";
import { action as profileAction } from "~/routes/profile";
import { publicUrl } from "~/utils/public-url.server";
import { personWithCookie } from "../admin-factories";
import { BASE_URL, createTestPerson, createTestTeam, getPage, getRequest, postForm } from "../factories";

const PUBLIC_ORIGIN = "https://stories.example.com";
vi.hoisted(() => vi.stubEnv("APP_ORIGIN", "https://stories.example.com"));
afterAll(() => vi.unstubAllEnvs());

describe("links that leave the app", () => {
  it("are built on APP_ORIGIN, not on the host the request came to", async () => {
    expect(BASE_URL).not.toBe(PUBLIC_ORIGIN);
    expect(publicUrl(getRequest("/anything"), "/join?code=X")).toBe(`${PUBLIC_ORIGIN}/join?code=X`);
  });

  it("hold for the invitation link, the reset link, the poster's join link and the feed link", async () => {
    const admin = await personWithCookie("admin");
    const team = await createTestTeam();
    const person = await createTestPerson();

    const invitation = await postForm(
      invitationsAction,
      "/admin/invitations",
      { intent: "create", role: "employee", expiresInDays: "7" },
      { cookie: admin.cookie },
    );
    expect(invitation.body.link).toMatch(new RegExp(`^${PUBLIC_ORIGIN}/join/[\\w-]{40,}$`));

    const reset = await postForm(
      peopleAction,
      "/admin/people",
      { intent: "reset", personId: person.id },
      { cookie: admin.cookie },
    );
    expect(reset.body.resetLink).toMatch(new RegExp(`^${PUBLIC_ORIGIN}/reset/[\\w-]{40,}$`));

    const poster = await getPage(posterLoader, `/admin/teams/${team.slug}/poster`, {
      cookie: admin.cookie,
      params: { slug: team.slug },
    });
    expect(poster.body.joinLink).toBe(`${PUBLIC_ORIGIN}/join?code=${team.joinCode}`);

    const feed = await postForm(profileAction, "/profile", { intent: "feedLink" }, { cookie: admin.cookie });
    expect(feed.body.feedUrl).toMatch(new RegExp(`^${PUBLIC_ORIGIN}/highlights\\.atom\\?token=[\\w-]+$`));
  });
});
