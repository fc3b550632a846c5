import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

export const meta: MetaFunction = () => [{ title: "Floor" }];

// A loader, as every app page has one, but it reads nothing.
export function loader() {
  return { tips: ["Say what happened", "Name the people", "Say why it mattered", "Leave out what is private"] };
}

/** The least a Remix page costs: a loader, a render and the hydration scripts. */
export default function FloorPage() {
  const { tips } = useLoaderData<typeof loader>();
  return (
    <main>
      <h1>Floor</h1>
      <ul>
        {tips.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </main>
  );
}
