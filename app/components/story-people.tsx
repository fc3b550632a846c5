import { useTranslation } from "~/utils/i18n";
import { ActionButton } from "./action-button";
import type { FacePerson } from "./person-link";
import { PersonLink } from "./person-link";
import { Section } from "./section";

type Credited = FacePerson & { username: string; hasPage: boolean; team: { name: string } | null };

/**
 * "People in this story": each with their face, linking to their page. A person named here can
 * say thank you to the author (once: then it reads "Thanked") and remove their name.
 */
export function StoryPeople({
  people,
  viewerId,
  hasThanked,
  canThank,
}: {
  people: Credited[];
  viewerId: string;
  hasThanked: boolean;
  /** Only a published story, with an author still here, can be thanked for. */
  canThank: boolean;
}) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  const isNamed = people.some((person) => person.id === viewerId);
  return (
    <Section plain id="people" title={t("story.people")}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {people.map((person) => (
          <li key={person.id}>
            <PersonLink person={person} detail={person.team?.name} />
          </li>
        ))}
      </ul>
      {isNamed ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-ink-muted">{t("story.namedYou")}</p>
          {canThank ? (
            <ActionButton
              intent="thank"
              label={hasThanked ? t("story.thanked") : t("story.thank")}
              variant={hasThanked ? "secondary" : "primary"}
              isDisabled={hasThanked}
            />
          ) : null}
          <ActionButton intent="removeMyName" label={t("story.removeMyName")} />
        </div>
      ) : null}
    </Section>
  );
}
