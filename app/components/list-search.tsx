import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { SubmitButton } from "./button";
import { TextField } from "./text-field";

/** The search box of a long admin list: a GET form, so the list is a URL and works without JavaScript. */
export function ListSearchForm({ label, query }: { label: string; query: string }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="flex flex-wrap items-end gap-2" role="search">
      <TextField label={label} name="q" type="search" maxLength={80} defaultValue={query} />
      <SubmitButton label={t("admin.people.searchSubmit")} variant="secondary" />
    </Form>
  );
}

/** Previous and next page of a long admin list, as links that keep the search. */
export function ListPager({
  page,
  pageCount,
  pageLink,
}: {
  page: number;
  pageCount: number;
  pageLink: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("admin.people.pages")} className="flex items-center gap-4">
      {page > 1 ? (
        <Link to={pageLink(page - 1)} className="link">
          {t("admin.people.previous")}
        </Link>
      ) : null}
      <span>{t("admin.people.pageOf", { page, total: pageCount })}</span>
      {page < pageCount ? (
        <Link to={pageLink(page + 1)} className="link">
          {t("admin.people.next")}
        </Link>
      ) : null}
    </nav>
  );
}
