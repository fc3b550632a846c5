import { notFound } from "~/utils/domain-error.server";

// Any URL no other route matches: a translated 404 inside the app's shell.
export async function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
