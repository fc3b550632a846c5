import { Info } from "lucide-react";
import type { ChoiceFieldProps } from "./choice-group";
import { ChoiceFieldset, ChoiceName } from "./choice-group";
import { ToggleChip } from "./chip";
import { Sheet } from "./sheet";

/**
 * A choice of several tags (the story's values, its dimensions) as a row of chips, so the whole
 * choice fits a phone screen. What each tag means is one tap away, in a sheet beside the legend
 * (below it without JavaScript). The chips are real checkboxes: the form works without JavaScript.
 */
export function TagChooser({
  explain,
  choices,
  selected,
  ...field
}: ChoiceFieldProps & {
  /** The button that opens the explanations, and the sheet's heading. */
  explain: { label: string; title: string };
}) {
  return (
    <div className="space-y-2">
      <ChoiceFieldset legend={field.legend} hint={field.hint} errors={field.errors}>
        <div className="flex flex-wrap gap-2">
          {choices.map((choice) => (
            <ToggleChip
              key={choice.value}
              name={field.name}
              value={choice.value}
              label={choice.label}
              colour={choice.colour}
              defaultChecked={selected.includes(choice.value)}
              isDisabled={choice.isDisabled}
            />
          ))}
        </div>
      </ChoiceFieldset>
      <Sheet title={explain.title} label={explain.label} icon={Info} variant="quiet">
        <dl className="space-y-3">
          {choices.map((choice) => (
            <div key={choice.value}>
              <dt className="flex items-center gap-2 font-semibold">
                <ChoiceName choice={choice} />
              </dt>
              <dd className="text-sm text-ink-muted">{choice.description}</dd>
            </div>
          ))}
        </dl>
      </Sheet>
    </div>
  );
}
