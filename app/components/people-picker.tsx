import { useFetcher, useFormAction } from "@remix-run/react";
import type { KeyboardEvent } from "react";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import type { PersonOption } from "~/models/people.server";
import type { loader as findPeopleLoader } from "~/routes/people";
import { useIsHydrated } from "~/utils/hydrated";
import { paths } from "~/utils/paths";
import { Avatar } from "./avatar";
import { ChoiceGroup } from "./choice-group";
import { SubmitButton } from "./button";
import { FieldFrame } from "./field-frame";
import { TextField } from "./text-field";

/** People already in (assigned, say): listed with a note, never offered to choose a second time. */
type Taken = { ids: readonly string[]; note: string };

/**
 * Choosing colleagues ("People in this story", "Assign to"), never from the whole organisation.
 * Without JavaScript: a checkbox for each person offered (the asker's team, whoever is chosen),
 * with "Find" (intent `findPeople`, field `peopleQuery`) to add others by name. With it: a
 * type-ahead (ARIA combobox) that asks /people for names and adds chips, each with its own remove
 * button. Either way the chosen ids are sent as `name`; new hires are marked in both.
 */
export function PeoplePicker({
  label,
  hints,
  name,
  people,
  selected,
  found,
  query: searched,
  errors,
  findErrors,
  taken = { ids: [], note: "" },
}: {
  label: string;
  hints: { typeahead: string; list: string };
  name: string;
  people: PersonOption[];
  selected: string[];
  /** What "Find" answered, when it was just used. */
  found?: PersonOption[];
  query: string;
  errors?: string[];
  /** A message for the "Find" field (without JavaScript). */
  findErrors?: string[];
  taken?: Taken;
}) {
  const { t } = useTranslation();
  const id = useId();
  const isEnhanced = useIsHydrated();
  const pageAction = useFormAction();
  const [chosen, setChosen] = useState(selected);
  // Everyone the picker has met (offered or found), so a chosen person keeps their name and face.
  const [known, setKnown] = useState(() => new Map(people.map((person) => [person.id, person])));
  const [query, setQuery] = useState("");
  const [activeIndex, setActiveIndex] = useState(0);
  const { load, data } = useFetcher<typeof findPeopleLoader>();

  useEffect(() => {
    const needle = query.trim();
    if (!needle) return;
    // A short pause, so a name typed quickly asks the server once rather than per letter.
    const timer = setTimeout(() => load(`${paths.people()}?${new URLSearchParams({ q: needle })}`), 150);
    return () => clearTimeout(timer);
  }, [query, load]);

  // Only the answer to what is typed now: Enter must not pick from the previous query's names.
  const answered = Boolean(query.trim()) && data?.query === query.trim().slice(0, 80);
  const matches = answered ? data!.people.filter((person) => !chosen.includes(person.id)) : [];

  const isTaken = (person: PersonOption) => taken.ids.includes(person.id);
  const choose = (person: PersonOption) => {
    if (isTaken(person)) return;
    setKnown((current) => new Map(current).set(person.id, person));
    setChosen((current) => [...current, person.id]);
    setQuery("");
    setActiveIndex(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") setActiveIndex((index) => Math.min(index + 1, matches.length - 1));
    else if (event.key === "ArrowUp") setActiveIndex((index) => Math.max(index - 1, 0));
    else if (event.key === "Enter" && matches[activeIndex]) choose(matches[activeIndex]);
    else if (event.key === "Escape") setQuery("");
    else return;
    event.preventDefault();
  };

  return (
    <div className="space-y-2">
      {isEnhanced ? (
        <FieldFrame label={label} hint={hints.typeahead} errors={errors}>
          {(control) => (
            <>
              {chosen.length ? (
                <ul className="flex flex-wrap gap-2" aria-label={t("composer.peopleChosen")}>
                  {chosen.map((personId) => {
                    const person = known.get(personId);
                    return (
                      <li
                        key={personId}
                        className="flex items-center gap-2 rounded-full border border-line bg-surface py-1 pr-1 pl-1"
                      >
                        <input type="hidden" name={name} value={personId} />
                        {person ? <Avatar person={person} size="sm" /> : null}
                        <span>{person?.name}</span>
                        {person?.isNewHire ? <NewHireBadge /> : null}
                        <button
                          type="button"
                          className="min-h-9 min-w-9 rounded-full text-ink-muted hover:bg-surface-muted"
                          aria-label={t("composer.peopleRemove", { name: person?.name })}
                          onClick={() => setChosen((current) => current.filter((other) => other !== personId))}
                        >
                          ×
                        </button>
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              <div className="relative">
                <input
                  {...control}
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
                />
                <ul
                  id={`${id}-listbox`}
                  role="listbox"
                  aria-label={label}
                  hidden={matches.length === 0}
                  className="absolute z-10 mt-1 w-full rounded-lg border border-line bg-surface shadow-lg"
                >
                  {matches.map((person, index) => (
                    // Mouse and touch pick here; the keyboard picks through the input (aria-activedescendant).
                    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                    <li
                      key={person.id}
                      id={`${id}-option-${person.id}`}
                      role="option"
                      aria-selected={index === activeIndex}
                      aria-disabled={isTaken(person) || undefined}
                      className={`flex min-h-11 items-center gap-2 px-3 py-2 ${isTaken(person) ? "text-ink-muted" : "cursor-pointer"} ${index === activeIndex ? "bg-accent-soft" : ""}`}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => choose(person)}
                    >
                      <PersonLabel person={person} takenNote={isTaken(person) ? taken.note : undefined} />
                    </li>
                  ))}
                </ul>
              </div>
              <p role="status" className="sr-only">
                {answered
                  ? matches.length
                    ? t("composer.peopleMatches", { count: matches.length })
                    : t("composer.peopleNoneFound")
                  : ""}
              </p>
            </>
          )}
        </FieldFrame>
      ) : (
        // Without JavaScript: a checkbox per person offered, no "hold Ctrl" list box.
        <ChoiceGroup
          legend={label}
          hint={hints.list}
          name={name}
          selected={selected}
          errors={errors}
          // After "Find" the page is new: the focus goes to the first person found.
          focusValue={found?.[0]?.id}
          choices={people.map((person) => ({
            value: person.id,
            label: <PersonLabel person={person} takenNote={isTaken(person) ? taken.note : undefined} />,
            isDisabled: isTaken(person),
          }))}
        />
      )}
      {found ? (
        <p role="status" className="text-sm">
          {found.length ? t("composer.peopleFound", { count: found.length }) : t("composer.peopleNoneFound")}
        </p>
      ) : null}
      {isEnhanced ? null : (
        <div className="flex items-end gap-2">
          <div className="grow">
            <TextField
              label={t("composer.peopleFind")}
              name="peopleQuery"
              type="search"
              maxLength={80}
              defaultValue={searched}
              errors={findErrors}
            />
          </div>
          <SubmitButton
            name="intent"
            value="findPeople"
            // The page's action without a fragment, even in a form that returns to one: browsers
            // skip autofocus on a page opened at a fragment, and the first person found takes it.
            formAction={pageAction}
            variant="secondary"
            label={t("composer.peopleFindButton")}
          />
        </div>
      )}
    </div>
  );
}

/** A person as the picker shows them: face, name, team, and whether they are new or already chosen. */
function PersonLabel({ person, takenNote }: { person: PersonOption; takenNote?: string }) {
  const { t } = useTranslation();
  return (
    <span className="flex flex-wrap items-center gap-x-2 gap-y-1 font-normal">
      <Avatar person={person} size="sm" />
      <span className="font-semibold">{person.name}</span>
      <span className="text-sm text-ink-muted">{person.team || t("composer.noTeam")}</span>
      {person.isNewHire ? <NewHireBadge /> : null}
      {takenNote ? <span className="text-sm text-ink-muted">· {takenNote}</span> : null}
    </span>
  );
}

/** "New hire": who a welcome collection is usually for, in the results and on the chips. */
function NewHireBadge() {
  const { t } = useTranslation();
  return (
    <span className="rounded-chip bg-accent-soft px-2 py-0.5 text-caption font-semibold text-accent-soft-ink">
      {t("composer.peopleNewHire")}
    </span>
  );
}
