import { isRouteErrorResponse } from "@remix-run/react";
import { useTranslation } from "~/utils/i18n";
import { paths } from "~/utils/paths";
import { ButtonLink } from "./button";

/** Which of the translated error texts (`errors.page.<kind>`) fits a status. */
export function errorKind(status: number) {
  return status === 403
    ? "forbidden"
    : status === 404
      ? "notFound"
      : status === 410
        ? "gone"
        : status < 500
          ? "badRequest"
          : "serverError";
}

export function describeError(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return { status, kind: errorKind(status) };
}

/** The one error page: 403, 404 and everything else, translated, with a way back. */
export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { status, kind } = describeError(error);
  if (status >= 500) console.error(error);
  return (
    <section className="card mx-auto max-w-xl text-center" aria-labelledby="error-title">
      <p className="text-sm font-semibold text-ink-muted">{t("errors.page.status", { status })}</p>
      <h1 id="error-title" className="mt-2 text-2xl font-bold">
        {t(`errors.page.${kind}.title`)}
      </h1>
      <p className="mt-3 text-ink-muted">{t(`errors.page.${kind}.body`)}</p>
      <div className="mt-6">
        <ButtonLink to={paths.home()} variant="primary" label={t("errors.page.home")} />
      </div>
    </section>
  );
}
