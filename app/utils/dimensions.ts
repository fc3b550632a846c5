import type { Dimension, ReactionKind } from "~/generated/prisma/enums";

// Lists of Prisma enums' values in the order the pages show them, and tuples Zod's z.enum takes;
// tests/utils/enums.test.ts checks that each holds exactly its enum's values.

// The six Organization Experience dimensions are fixed; names and explanations live in the translations.
export const dimensions = [
  "latitude",
  "competence",
  "equipment",
  "values",
  "brand",
  "feedback",
] as const satisfies readonly Dimension[];
export type DimensionKey = (typeof dimensions)[number];

export const reactionKinds = ["applause", "inspiring", "learned"] as const satisfies readonly ReactionKind[];
export type ReactionKindKey = (typeof reactionKinds)[number];
