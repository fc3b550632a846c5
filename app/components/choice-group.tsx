import { useId } from "react";
import { useTranslation } from "react-i18next";

export type Choice = { value: string; label: string; description: string; colour?: string };

/** Checkboxes with a one-line explanation each, grouped under a legend, with the group's errors. */
export function ChoiceGroup({
  legend,
  hint,
  name,
  choices,
  selected,
  errors,
}: {
  legend: string;
  hint: string;
  name: string;
  choices: Choice[];
  selected: string[];
  errors?: string[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset
      className="space-y-2"
      aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
      aria-invalid={errorId ? true : undefined}
    >
      <legend className="font-medium">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.map((error) => t(error)).join(" ")}
        </p>
      ) : null}
      <ul className="grid gap-2 sm:grid-cols-2">
        {choices.map((choice) => (
          <li key={choice.value}>
            <label className="grid min-h-11 cursor-pointer grid-cols-[auto_1fr] gap-x-3 rounded-lg border border-slate-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input
                type="checkbox"
                name={name}
                value={choice.value}
                defaultChecked={selected.includes(choice.value)}
                aria-describedby={`${id}-${choice.value}`}
                className="row-span-2 mt-1 h-5 w-5 accent-brand-700"
              />
              <span className="flex items-center gap-2 font-semibold">
                {choice.colour ? (
                  <span
                    aria-hidden="true"
                    className="h-3 w-3 shrink-0 rounded-full"
                    style={{ backgroundColor: choice.colour }}
                  />
                ) : null}
                {choice.label}
              </span>
              {/* Read as the checkbox's description (aria-describedby), not as part of its name. */}
              <span id={`${id}-${choice.value}`} aria-hidden="true" className="text-sm text-slate-700">
                {choice.description}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
