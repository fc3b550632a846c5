import type { FormProps } from "@remix-run/react";
import { Form } from "@remix-run/react";
import { forwardRef } from "react";
import { useAnchoredAction } from "~/utils/anchors";

/**
 * A Remix Form on a long page that comes back to itself: to `anchor`, else to its own `id`, else
 * to the Section it sits in (see useAnchoredAction).
 */
export const AnchoredForm = forwardRef<HTMLFormElement, FormProps & { anchor?: string }>(function AnchoredForm(
  { anchor, action, ...props },
  ref,
) {
  return <Form ref={ref} {...props} action={useAnchoredAction(action, anchor ?? props.id)} />;
});
