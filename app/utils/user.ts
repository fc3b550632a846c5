import { useRouteLoaderData } from "@remix-run/react";
import type { RootLoaderData } from "~/root";

export function useRootData() {
  return useRouteLoaderData<RootLoaderData>("root");
}

export function useOptionalUser() {
  return useRootData()?.user ?? null;
}

/** The signed-in person, for components under routes that already required one. */
export function useUser() {
  const user = useOptionalUser();
  if (!user) throw new Error("useUser is for pages that require a signed-in person");
  return user;
}
