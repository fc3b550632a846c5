// Forms on long pages return to their own part of the page. See docs/decisions/0019-forms-return-to-their-anchor.md.
import { useFormAction } from "@remix-run/react";
import { createContext, useContext } from "react";

/** The id of the part of the page a form sits in: a Section with an `id` provides it. */
export const FormAnchorContext = createContext<string | undefined>(undefined);

/**
 * Where a form posts: its action (the page's own by default) with the fragment of its anchor,
 * the one named or else the Section it sits in. Without JavaScript the browser keeps that
 * fragment, so the result or the error is in view: a refusal is rendered at the action's URL, and
 * a redirect without a fragment of its own inherits it (the Fetch standard). No anchor: the action
 * as given.
 */
export function useAnchoredAction(action?: string, anchor?: string) {
  const nearest = useContext(FormAnchorContext);
  const resolved = useFormAction(action);
  const target = anchor ?? nearest;
  return target ? `${resolved}#${target}` : action;
}
