import type { ReactNode } from "react";

/**
 * One item of a list, as a card: what it is, a line about it, and the one thing to do with it
 * (beside it when there is room).
 */
export function ItemRow({ title, detail, action }: { title: ReactNode; detail: ReactNode; action: ReactNode }) {
  return (
    <li className="card flex flex-wrap items-center justify-between gap-2">
      <div>
        {title}
        <p className="text-sm text-slate-700">{detail}</p>
      </div>
      {action}
    </li>
  );
}
