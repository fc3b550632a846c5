import type { KeyboardEvent } from "react";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useIsHydrated } from "~/utils/hydrated";

export type PersonOption = { id: string; name: string; team: string };

/**
 * "People in this story". Without JavaScript: a plain multiple-choice list grouped by team. With it:
 * a type-ahead (ARIA combobox) that adds chips, each with its own remove button.
 */
export function PeoplePicker({ people, selected, errors }: { people: PersonOption[]; selected: string[]; errors?: string[] }) {
  const { t } = useTranslation();
  const id = useId();
  const isEnhanced = useIsHydrated();
  const [chosen, setChosen] = useState(selected);
  const [query, setQuery] = useState("");
  const [activeIndex, setActiveIndex] = useState(0);

  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  const matches = useMemo(() => {
    const needle = normalise(query);
    if (!needle) return [];
    return people.filter((person) => !chosen.includes(person.id) && normalise(person.name).includes(needle)).slice(0, 8);
  }, [people, chosen, query]);
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [`${id}-hint`, errorId].filter(Boolean).join(" ");

  const choose = (personId: string) => {
    setChosen((current) => [...current, personId]);
    setQuery("");
    setActiveIndex(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") setActiveIndex((index) => Math.min(index + 1, matches.length - 1));
    else if (event.key === "ArrowUp") setActiveIndex((index) => Math.max(index - 1, 0));
    else if (event.key === "Enter" && matches[activeIndex]) choose(matches[activeIndex].id);
    else if (event.key === "Escape") setQuery("");
    else return;
    event.preventDefault();
  };

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-input`} className="block font-medium">
        {t("composer.people")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {isEnhanced ? t("composer.peopleHintTypeahead") : t("composer.peopleHintList")}
      </p>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.map((error) => t(error)).join(" ")}
        </p>
      ) : null}
      {isEnhanced ? (
        <>
          {chosen.length ? (
            <ul className="flex flex-wrap gap-2" aria-label={t("composer.peopleChosen")}>
              {chosen.map((personId) => (
                <li key={personId} className="flex items-center gap-1 rounded-full border border-slate-300 bg-white py-1 pl-3 pr-1">
                  <input type="hidden" name="people" value={personId} />
                  <span>{byId.get(personId)?.name}</span>
                  <button
                    type="button"
                    className="min-h-9 min-w-9 rounded-full text-slate-700 hover:bg-slate-100"
                    aria-label={t("composer.peopleRemove", { name: byId.get(personId)?.name })}
                    onClick={() => setChosen((current) => current.filter((other) => other !== personId))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="relative">
            <input
              id={`${id}-input`}
              type="text"
              role="combobox"
              autoComplete="off"
              className="input"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActiveIndex(0);
              }}
              onKeyDown={onKeyDown}
              aria-expanded={matches.length > 0}
              aria-controls={`${id}-listbox`}
              aria-autocomplete="list"
              aria-activedescendant={matches[activeIndex] ? `${id}-option-${matches[activeIndex].id}` : undefined}
              aria-describedby={describedBy}
              aria-invalid={errorId ? true : undefined}
            />
            <ul id={`${id}-listbox`} role="listbox" aria-label={t("composer.people")} hidden={matches.length === 0} className="absolute z-10 mt-1 w-full rounded-lg border border-slate-300 bg-white shadow-lg">
              {matches.map((person, index) => (
                // Mouse and touch pick here; the keyboard picks through the input (aria-activedescendant).
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                <li
                  key={person.id}
                  id={`${id}-option-${person.id}`}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={`min-h-11 cursor-pointer px-3 py-2 ${index === activeIndex ? "bg-brand-50" : ""}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(person.id)}
                >
                  {person.name} <span className="text-sm text-slate-600">· {person.team}</span>
                </li>
              ))}
            </ul>
          </div>
        </>
      ) : (
        <select id={`${id}-input`} name="people" multiple size={8} className="input" defaultValue={selected} aria-describedby={describedBy} aria-invalid={errorId ? true : undefined}>
          <PeopleOptions people={people} />
        </select>
      )}
    </div>
  );
}

/** Everyone as options of a plain <select>, grouped by team: the list without JavaScript. */
export function PeopleOptions({ people }: { people: PersonOption[] }) {
  const { t } = useTranslation();
  return (
    <>
      {[...new Set(people.map((person) => person.team))].map((team) => (
        <optgroup key={team} label={team || t("composer.noTeam")}>
          {people
            .filter((person) => person.team === team)
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

/** Case and accents do not matter when looking for "Zoë" or "Yılmaz". */
function normalise(text: string) {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/ı/g, "i")
    .toLowerCase()
    .trim();
}
