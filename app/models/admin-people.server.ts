import type { Prisma } from "~/generated/prisma/client";
import type { Role } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { writeAudit } from "./audit.server";

export const PEOPLE_PAGE_SIZE = 50;

/** People whose name or username contains the query, a page of 50 at a time. */
export async function searchPeople({ query, page }: { query: string; page: number }) {
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ name: { contains: query } }, { username: { contains: query.toLowerCase() } }] }
    : {};
  const [people, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PEOPLE_PAGE_SIZE,
      take: PEOPLE_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        username: true,
        role: true,
        deactivatedAt: true,
        team: { select: { id: true, name: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return { people, total, pageCount: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)) };
}

export type PersonChangeResult = { ok: true } | { ok: false; problem: "notFound" | "self" | "teamNotFound" };

type Actor = { id: string };

/** An admin cannot demote themselves: the last admin could otherwise lock everyone out. */
export async function changeRole(actor: Actor, personId: string, role: Role): Promise<PersonChangeResult> {
  if (actor.id === personId) return { ok: false, problem: "self" };
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: personId }, select: { role: true } });
    if (!person) return { ok: false, problem: "notFound" } as const;
    if (person.role === role) return { ok: true } as const;
    await tx.user.update({ where: { id: personId }, data: { role } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "person.role",
      targetType: "person",
      targetId: personId,
      details: `${person.role}→${role}`,
    });
    return { ok: true } as const;
  });
}

export async function changeTeam(actor: Actor, personId: string, teamId: string | null): Promise<PersonChangeResult> {
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({
      where: { id: personId },
      select: { team: { select: { id: true, name: true } } },
    });
    if (!person) return { ok: false, problem: "notFound" } as const;
    const team = teamId
      ? await tx.team.findFirst({ where: { id: teamId, archivedAt: null }, select: { id: true, name: true } })
      : null;
    if (teamId && !team) return { ok: false, problem: "teamNotFound" } as const;
    if ((person.team?.id ?? null) === (team?.id ?? null)) return { ok: true } as const;
    await tx.user.update({ where: { id: personId }, data: { teamId: team?.id ?? null } });
    await writeAudit(tx, {
      actorId: actor.id,
      action: "person.team",
      targetType: "person",
      targetId: personId,
      details: `${person.team?.name ?? "—"}→${team?.name ?? "—"}`,
    });
    return { ok: true } as const;
  });
}

/**
 * Deactivating signs the person out everywhere at once (their sessions are deleted in the same
 * transaction); sign-in refuses them from then on. Their stories stay.
 */
export async function deactivatePerson(actor: Actor, personId: string, now = new Date()): Promise<PersonChangeResult> {
  if (actor.id === personId) return { ok: false, problem: "self" };
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: personId }, select: { deactivatedAt: true } });
    if (!person) return { ok: false, problem: "notFound" } as const;
    await tx.session.deleteMany({ where: { userId: personId } });
    if (person.deactivatedAt) return { ok: true } as const;
    await tx.user.update({ where: { id: personId }, data: { deactivatedAt: now, feedToken: null } });
    await writeAudit(tx, { actorId: actor.id, action: "person.deactivate", targetType: "person", targetId: personId });
    return { ok: true } as const;
  });
}

export async function reactivatePerson(actor: Actor, personId: string): Promise<PersonChangeResult> {
  return db.$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id: personId }, select: { deactivatedAt: true } });
    if (!person) return { ok: false, problem: "notFound" } as const;
    if (!person.deactivatedAt) return { ok: true } as const;
    await tx.user.update({ where: { id: personId }, data: { deactivatedAt: null } });
    await writeAudit(tx, { actorId: actor.id, action: "person.reactivate", targetType: "person", targetId: personId });
    return { ok: true } as const;
  });
}
