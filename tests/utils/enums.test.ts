// Lists in TypeScript that mirror a Prisma enum keep their own order (the order pages show them
// in) and are tuples for z.enum; this keeps each one equal to its enum when the schema changes.
import { describe, expect, it } from "vitest";
import { Dimension, ReactionKind, Role } from "~/generated/prisma/enums";
import { dimensions, reactionKinds } from "~/utils/dimensions";
import { roles } from "~/utils/roles";

const sorted = (items: readonly string[]) => [...items].sort();

describe("lists that mirror Prisma enums", () => {
  it.each([
    ["dimensions", dimensions, Dimension],
    ["reactionKinds", reactionKinds, ReactionKind],
    ["roles", roles, Role],
  ] as const)("%s holds each of its enum's values exactly once", (_name, list, prismaEnum) => {
    expect(list).toHaveLength(new Set(list).size);
    expect(sorted(list)).toEqual(sorted(Object.values(prismaEnum)));
  });
});
