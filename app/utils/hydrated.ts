import { useEffect, useState } from "react";

/** False on the server and in the first client render; true once React runs in the browser. */
export function useIsHydrated() {
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);
  return isHydrated;
}

/**
 * Forms that JavaScript submits in place send this field; the action then answers with data
 * instead of a redirect, so the page does not jump. Without JavaScript it is never sent.
 */
export const IN_PLACE_FIELD = "inPlace";
