import type { Role } from "~/generated/prisma/enums";

// Shared by the server's gate and the pages, which hide controls a role cannot use. From least to
// most allowed, as the pages list them; tests/utils/enums.test.ts checks it against Prisma's enum.
export const roles = ["employee", "manager", "admin"] as const satisfies readonly Role[];
export type RoleName = (typeof roles)[number];

const roleRank: Record<RoleName, number> = { employee: 0, manager: 1, admin: 2 };

/** Whether someone with this role has at least the given one (an admin is also a manager). */
export function hasRole(user: { role: RoleName }, role: RoleName) {
  return roleRank[user.role] >= roleRank[role];
}
