// The parts of a story beside its title and body, in the order the composer asks for them and the
// story page shows them. Their labels are translations named after them.

/** The guided prompts: each becomes a headed section of the body (see composeBody). */
export const storyPrompts = ["situation", "whatWasDone", "result"] as const;

/** What helped and what got in the way, kept beside the story (the insights page lists the barriers). */
export const storyReflections = ["whatHelped", "gotInTheWay"] as const;
