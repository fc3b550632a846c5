import type { LucideIcon } from "lucide-react";
import { X } from "lucide-react";
import type { ReactNode } from "react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import { useIsHydrated } from "~/utils/hydrated";
import type { ButtonLook } from "./button";
import { Button, buttonClassName } from "./button";

/**
 * A panel over the page: a sheet from the bottom on a phone, a centred dialog on a wider screen.
 * With JavaScript it is the native <dialog> opened with showModal(), which keeps focus inside,
 * closes on Escape and gives focus back to the button that opened it. Before (or without)
 * JavaScript the same content sits in a <details> below its button, so nothing is out of reach.
 */
export function Sheet({
  title,
  label,
  icon,
  variant = "secondary",
  children,
}: {
  /** The sheet's heading, which names the dialog. */
  title: ReactNode;
  /** The button that opens it. */
  label: ReactNode;
  icon?: LucideIcon;
  variant?: ButtonLook["variant"];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const isHydrated = useIsHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = `${useId()}-title`;
  // The panel's content is made when it is first opened, not with the page: a filter sheet holds
  // dozens of chips that would otherwise cost every page load its hydration time. Once made it
  // stays, so what was chosen in it survives closing and opening again.
  const [hasOpened, setHasOpened] = useState(false);
  useEffect(() => {
    if (hasOpened) dialog.current?.showModal();
  }, [hasOpened]);

  // A tap on the dimmed page around the panel closes it, as on every phone (the keyboard's way
  // out is Escape, which <dialog> gives itself).
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const closeOnBackdrop = (event: MouseEvent) => {
      if (event.target === element) element.close();
    };
    element.addEventListener("click", closeOnBackdrop);
    return () => element.removeEventListener("click", closeOnBackdrop);
  }, [isHydrated]);

  if (!isHydrated) {
    return (
      <details className="group">
        <summary
          className={`${buttonClassName({ variant })} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
        >
          {label}
        </summary>
        <div role="group" aria-labelledby={titleId} className="card mt-3 space-y-4">
          <h2 id={titleId} className="text-heading font-semibold">
            {title}
          </h2>
          {children}
        </div>
      </details>
    );
  }

  return (
    <>
      <Button
        ref={opener}
        label={label}
        icon={icon}
        variant={variant}
        onClick={() => (hasOpened ? dialog.current?.showModal() : setHasOpened(true))}
      />
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        // Returns focus itself too: not every browser gives it back to the opener.
        onClose={() => opener.current?.focus()}
        className="m-0 mt-auto max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-sheet bg-surface p-0 text-ink shadow-overlay ring-1 ring-line backdrop:bg-scrim backdrop:backdrop-blur-[2px] open:animate-sheet-up sm:m-auto sm:max-w-lg sm:rounded-sheet"
      >
        <div className="space-y-4 p-inset pb-[max(1.25rem,env(safe-area-inset-bottom))] sm:p-6">
          <div aria-hidden="true" className="mx-auto -mt-2 h-1.5 w-10 rounded-full bg-line sm:hidden" />
          <div className="flex items-start justify-between gap-3">
            <h2 id={titleId} className="text-heading font-semibold">
              {title}
            </h2>
            {/* A plain button, not a <form method="dialog">: a sheet can sit inside a form (the
                composer's), and a nested form's submit would reach the outer one's handler. */}
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="-m-2 inline-flex h-11 w-11 items-center justify-center rounded-full text-ink-muted hover:bg-surface-muted hover:text-ink"
            >
              <X aria-hidden="true" className="h-5 w-5" />
              <span className="sr-only">{t("sheet.close")}</span>
            </button>
          </div>
          {hasOpened ? children : null}
        </div>
      </dialog>
    </>
  );
}
