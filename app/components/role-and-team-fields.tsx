import type { ComponentProps } from "react";
import { useTranslation } from "~/utils/i18n";
import { roles } from "~/utils/roles";
import { SelectField } from "./select-field";

type ChoiceProps = Omit<ComponentProps<typeof SelectField>, "options">;

/** A role to give someone, from least to most allowed (invitations, people administration). */
export function RoleSelectField(props: ChoiceProps) {
  const { t } = useTranslation();
  return <SelectField options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} {...props} />;
}

/** A team to place someone in, or none (the empty value). */
export function TeamSelectField({ teams, ...props }: ChoiceProps & { teams: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const options = [
    { value: "", label: t("admin.people.noTeam") },
    ...teams.map((team) => ({ value: team.id, label: team.name })),
  ];
  return <SelectField options={options} {...props} />;
}
