import { hasRole } from "./roles";
import { redirect } from "@remix-run/node";
import { parse as parseCookies } from "cookie";
import type { Adapter, DatabaseSession, DatabaseUser, Session, User } from "lucia";
import { Lucia, TimeSpan } from "lucia";
import type { PhotoPurpose, Role } from "~/generated/prisma/enums";
import { db } from "./db.server";
import { forbidden } from "./domain-error.server";
import { redirectWithFlash } from "./flash.server";
import { env, isProduction } from "./env.server";
import { paths } from "./paths";
import { singleFlight } from "./single-flight.server";

/** A face as the session lookup reads it: the columns `toPhotoView` (photos.server.ts) needs. */
export type FaceRow = {
  id: string;
  purpose: PhotoPurpose;
  description: string;
  width: number;
  height: number;
  sizes: string;
  fingerprint: string;
  placeholder: string;
  hiddenAt: Date | null;
};

/** The person's own columns that the session carries. */
type AccountColumns = {
  username: string;
  name: string;
  role: Role;
  language: string | null;
  teamId: string | null;
  joinedAt: Date;
  deactivatedAt: Date | null;
};

type SessionRow = AccountColumns & { sessionId: string; userId: string; expiresAt: Date; unreadCount: bigint } & {
  [Column in keyof FaceRow as `avatar${Capitalize<Column>}`]: FaceRow[Column] | null;
};

/**
 * Every request reads its session, so this is the app's most frequent query, and every page's
 * header shows the person's face and unread count: one statement for all of it. Through Prisma's
 * query builder the session with its user alone cost about ten times as much (each relation is a
 * query of its own, each compiled anew): docs/decisions/0021-per-request-cost.md.
 */
function readSession(sessionId: string) {
  return db.$queryRaw<SessionRow[]>`
    SELECT s.id AS sessionId, s.userId, s.expiresAt,
      u.username, u.name, u.role, u.language, u.teamId, u.joinedAt, u.deactivatedAt,
      (SELECT count(*) FROM Notification n WHERE n.userId = u.id AND n.readAt IS NULL) AS unreadCount,
      p.id AS avatarId, p.purpose AS avatarPurpose, p.description AS avatarDescription, p.width AS avatarWidth,
      p.height AS avatarHeight, p.sizes AS avatarSizes, p.fingerprint AS avatarFingerprint,
      p.placeholder AS avatarPlaceholder, p.hiddenAt AS avatarHiddenAt
    FROM Session s JOIN User u ON u.id = s.userId LEFT JOIN Photo p ON p.id = u.avatarId
    WHERE s.id = ${sessionId}`;
}

function faceOf(row: SessionRow): FaceRow | null {
  if (row.avatarId === null) return null;
  return {
    id: row.avatarId,
    purpose: row.avatarPurpose!,
    description: row.avatarDescription!,
    width: row.avatarWidth!,
    height: row.avatarHeight!,
    sizes: row.avatarSizes!,
    fingerprint: row.avatarFingerprint!,
    placeholder: row.avatarPlaceholder!,
    hiddenAt: row.avatarHiddenAt,
  };
}

// lucia 3 needs an adapter; @lucia-auth/adapter-prisma refuses Prisma 6, so this is ours.
const adapter: Adapter = {
  async getSessionAndUser(sessionId) {
    const [row] = await readSession(sessionId);
    if (!row) return [null, null];
    const session: DatabaseSession = {
      id: row.sessionId,
      userId: row.userId,
      expiresAt: row.expiresAt,
      attributes: {},
    };
    const user: DatabaseUser = {
      id: row.userId,
      attributes: {
        id: row.userId,
        username: row.username,
        name: row.name,
        role: row.role,
        language: row.language,
        teamId: row.teamId,
        joinedAt: row.joinedAt,
        deactivatedAt: row.deactivatedAt,
        avatar: faceOf(row),
        unreadCount: Number(row.unreadCount),
      },
    };
    return [session, user];
  },
  async getUserSessions(userId) {
    const rows = await db.session.findMany({ where: { userId } });
    return rows.map((row) => ({ id: row.id, userId: row.userId, expiresAt: row.expiresAt, attributes: {} }));
  },
  async setSession(session) {
    await db.session.create({ data: { id: session.id, userId: session.userId, expiresAt: session.expiresAt } });
  },
  async updateSessionExpiration(sessionId, expiresAt) {
    await db.session.updateMany({ where: { id: sessionId }, data: { expiresAt } });
  },
  async deleteSession(sessionId) {
    await db.session.deleteMany({ where: { id: sessionId } });
  },
  async deleteUserSessions(userId) {
    await db.session.deleteMany({ where: { userId } });
  },
  async deleteExpiredSessions() {
    await db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
  },
};

export const lucia = new Lucia(adapter, {
  // lucia extends a session that is used in its second half, so active people stay signed in.
  sessionExpiresIn: new TimeSpan(env.SESSION_DAYS, "d"),
  sessionCookie: { name: "bw_session", attributes: { secure: isProduction, sameSite: "lax" } },
  getUserAttributes: (attributes) => attributes,
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseUserAttributes: AccountColumns & { id: string; avatar: FaceRow | null; unreadCount: number };
  }
}

export type SessionUser = Omit<User, "deactivatedAt" | "avatar" | "unreadCount">;

/** The person, their session, and what every page's header shows of them. */
type SessionContext = {
  user: SessionUser;
  session: Session;
  refreshedCookie: string | null;
  avatar: FaceRow | null;
  unreadCount: number;
};
const contexts = new WeakMap<Request, Promise<SessionContext | null>>();

/**
 * Our session cookie's value. Other apps on the same host or a sibling subdomain can set cookies
 * that are not valid percent-encoding (`x=100%`); lucia's own reader throws on any of them, which
 * made every page fail and sign-in impossible. This parser skips what it cannot decode.
 */
function readSessionId(request: Request) {
  return parseCookies(request.headers.get("Cookie") ?? "")[lucia.sessionCookieName] || null;
}

async function loadSessionContext(sessionId: string): Promise<SessionContext | null> {
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) return null;
  if (user.deactivatedAt) {
    await lucia.invalidateUserSessions(user.id);
    return null;
  }
  const { deactivatedAt: _deactivatedAt, avatar, unreadCount, ...sessionUser } = user;
  const refreshedCookie = session.fresh ? lucia.createSessionCookie(session.id).serialize() : null;
  return { user: sessionUser, session, refreshedCookie, avatar, unreadCount };
}

/**
 * The signed-in person and their session, or null; validated once per request (the loaders of
 * one page, each with its own copy of the request, share the lookup while it runs).
 */
export function getSessionContext(request: Request) {
  let context = contexts.get(request);
  if (!context) {
    const sessionId = readSessionId(request);
    context = sessionId
      ? singleFlight(`session:${sessionId}`, () => loadSessionContext(sessionId))
      : Promise.resolve(null);
    contexts.set(request, context);
  }
  return context;
}

export async function getUser(request: Request) {
  return (await getSessionContext(request))?.user ?? null;
}

/**
 * The one gate for protected loaders and actions: anonymous visitors go to sign-in (and come
 * back afterwards), a signed-in person without the role gets 403.
 */
export async function requireUser(request: Request, { role = "employee" }: { role?: Role } = {}) {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = request.method === "GET" ? url.pathname + url.search : url.pathname;
    throw redirect(`/login?${new URLSearchParams({ redirectTo: back })}`);
  }
  if (!hasRole(user, role)) throw forbidden();
  return user;
}

/** Only paths on this site: no scheme, no protocol-relative or backslash tricks, no control characters. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/") {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  // A Location header takes no characters beyond Latin-1 (a Japanese or Greek path would crash the
  // response): the URL parser percent-encodes them, and dot segments cannot climb out of the site.
  const url = new URL(to, "http://brandworthy.invalid");
  const path = url.pathname + url.search + url.hash;
  return url.host === "brandworthy.invalid" && !path.startsWith("//") ? path : fallback;
}

/**
 * Starts a fresh session (a new id, so a planted cookie is never adopted) and redirects, with a
 * message for the next page when one is given.
 */
export async function startSession(
  request: Request,
  userId: string,
  redirectTo: string,
  { flash, flashValues }: { flash?: string; flashValues?: Record<string, string> } = {},
) {
  const previous = readSessionId(request);
  if (previous) await lucia.invalidateSession(previous);
  const session = await lucia.createSession(userId, {});
  const headers = { "Set-Cookie": lucia.createSessionCookie(session.id).serialize() };
  return flash
    ? redirectWithFlash(redirectTo, flash, { headers, values: flashValues })
    : redirect(redirectTo, { headers });
}

/** A person who just joined starts on /welcome, greeted by their team and told their username. */
export function startJoinedSession(
  request: Request,
  person: { id: string; username: string; teamName: string | null },
) {
  return startSession(request, person.id, paths.welcome(), {
    flash: person.teamName ? "account.welcomeToTeam" : "account.welcomeAboard",
    flashValues: { team: person.teamName ?? "", username: person.username },
  });
}

export async function endSession(request: Request, { everywhere = false } = {}) {
  const context = await getSessionContext(request);
  if (context) {
    if (everywhere) await lucia.invalidateUserSessions(context.user.id);
    else await lucia.invalidateSession(context.session.id);
  }
  return redirect("/login", { headers: { "Set-Cookie": lucia.createBlankSessionCookie().serialize() } });
}
