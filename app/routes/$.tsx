// Any URL no other route matches: a translated 404 inside the app's shell.
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
