import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation, loadTranslationArea } from "~/utils/i18n";
import { z } from "zod";
import { ButtonLink } from "~/components/button";
import { ChoiceGroup } from "~/components/choice-group";
import { Page } from "~/components/page-header";
import { PasswordField } from "~/components/password-field";
import { PostForm } from "~/components/post-form";
import { deleteAccount } from "~/models/own-data.server";
import { handleForm } from "~/utils/actions.server";
import { lucia, requireUser } from "~/utils/auth.server";
import { redirectWithFlash } from "~/utils/flash.server";
import { formFields } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";
import { paths } from "~/utils/paths";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "ownData.deleteTitle");

// In the order the page offers them: keeping the stories first.
const storyChoices = ["keep", "delete"] as const;
const DeleteAccountSchema = z.object({
  stories: z.enum(storyChoices),
  password: z.string().min(1).max(200),
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleForm(request, DeleteAccountSchema, async (form) => {
    await deleteAccount(user.id, { password: form.password, keepStories: form.stories === "keep" });
    return redirectWithFlash(paths.login(), "ownData.deleted", {
      headers: { "Set-Cookie": lucia.createBlankSessionCookie().serialize() },
    });
  });
}

export default function DeleteAccountPage() {
  const { t } = useTranslation();
  const { field, list, refusal } = formFields(useActionData<typeof action>());
  return (
    <Page spacing="tight" title={t("ownData.deleteTitle")} lead={t("ownData.deleteIntro")}>
      <PostForm
        refusal={refusal}
        submit={{ label: t("ownData.deleteSubmit"), variant: "destructive" }}
        cancel={<ButtonLink to={paths.profile()} label={t("ownData.cancel")} />}
        layout="card"
        noValidate
      >
        <ChoiceGroup
          type="radio"
          legend={t("ownData.storiesChoice")}
          name="stories"
          choices={storyChoices.map((choice) => ({ value: choice, label: t(`ownData.stories.${choice}`) }))}
          selected={list("stories")}
          errors={refusal?.fieldErrors.stories}
          columns={1}
        />
        <PasswordField purpose="current" label={t("ownData.confirmPassword")} {...field("password")} />
      </PostForm>
    </Page>
  );
}

await loadTranslationArea("account");
