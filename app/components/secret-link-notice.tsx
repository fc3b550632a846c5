import { Copy, Share2 } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import { useIsHydrated } from "~/utils/hydrated";
import { Button } from "./button";

type Status = "copied" | "selected" | null;

/**
 * Copy and Share for a link, once JavaScript runs (without it the link is there to select).
 * Share uses the phone's own share sheet (WhatsApp, Signal, …), where the people it is for live;
 * where there is none it copies instead. When the clipboard is refused, the link is selected.
 */
function LinkActions({
  link,
  shareTitle,
  linkElement,
}: {
  link: string;
  shareTitle: string;
  linkElement: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const isHydrated = useIsHydrated();
  const [status, setStatus] = useState<Status>(null);
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === "function"), []);
  if (!isHydrated) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus("copied");
    } catch {
      const element = linkElement();
      if (element) window.getSelection()?.selectAllChildren(element);
      setStatus("selected");
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title: shareTitle, url: link });
    } catch (error) {
      // The person closing the share sheet is not a failure; a refused share falls back to copying.
      if (!(error instanceof DOMException && error.name === "AbortError")) await copy();
    }
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canShare ? <Button label={t("admin.secretLink.share")} icon={Share2} onClick={share} /> : null}
        <Button
          label={t("admin.secretLink.copy")}
          icon={Copy}
          variant={canShare ? "secondary" : "primary"}
          onClick={copy}
        />
      </div>
      {/* Inside the notice's own status region, which announces it. */}
      <p className="text-sm text-ink-muted">{status ? t(`admin.secretLink.${status}`) : ""}</p>
    </div>
  );
}

/**
 * A link with a secret in it, shown once right after it was made (invitations, reset links), and
 * nothing before, with Copy and Share, and a QR code to scan from the admin's screen when one is
 * given (`qrSvg`, made on the server by qrCodeSvg). A page shows one at the most: the end-to-end
 * journeys read it by its test id.
 */
export function SecretLinkNotice({
  title,
  hint,
  link,
  qr,
}: {
  title: string;
  hint: string;
  link: string | null;
  qr?: { svg: string; label: string } | null;
}) {
  const headingId = `${useId()}-heading`;
  const linkElement = useRef<HTMLElement>(null);
  if (!link) return null;
  return (
    <section role="status" className="card space-y-3 border-success" aria-labelledby={headingId}>
      <h2 id={headingId} className="font-semibold">
        {title}
      </h2>
      <p className="text-ink-muted">{hint}</p>
      <p>
        <code
          ref={linkElement}
          className="block rounded bg-surface-muted p-2 text-sm break-all"
          data-testid="secret-link"
        >
          {link}
        </code>
      </p>
      <LinkActions link={link} shareTitle={title} linkElement={() => linkElement.current} />
      {qr ? (
        <div
          role="img"
          aria-label={qr.label}
          className="w-48 rounded bg-white p-1 [&>svg]:h-auto [&>svg]:w-full"
          // The SVG comes from the qrcode library for a link we built; nothing a person typed goes in unescaped.
          dangerouslySetInnerHTML={{ __html: qr.svg }}
        />
      ) : null}
    </section>
  );
}
