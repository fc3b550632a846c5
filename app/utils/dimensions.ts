// The six Organization Experience dimensions are fixed; names and explanations live in the translations.
export const dimensions = ["latitude", "competence", "equipment", "values", "brand", "feedback"] as const;
export type DimensionKey = (typeof dimensions)[number];

export const reactionKinds = ["applause", "inspiring", "learned"] as const;
export type ReactionKindKey = (typeof reactionKinds)[number];
