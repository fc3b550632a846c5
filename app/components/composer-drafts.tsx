import { Link, useNavigate } from "@remix-run/react";
import { History } from "lucide-react";
import type { RefObject } from "react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "~/utils/i18n";
import type { SubmittedValues } from "~/utils/forms";
import { submittedValues } from "~/utils/forms";
import { IN_PLACE_FIELD } from "~/utils/hydrated";
import { paths } from "~/utils/paths";
import { Button } from "./button";

/**
 * An unsent draft kept in the browser: what the form held, and when. `isSentOnLeave`: a new
 * story's copy that went to the server as the page closed, unanswered; it is a draft there now.
 */
export type LocalDraft = { savedAt: number; values: SubmittedValues; isSentOnLeave?: boolean };

// Not kept in the browser: the intent, the photos (their uploads are the server's; a draft saved
// on leaving keeps them) and the people search, which is not part of the story.
const NOT_KEPT = ["intent", IN_PLACE_FIELD, "photos", "photoIds", "photoDescriptions", "photoRemove", "peopleQuery"];
const EDIT_PATH = /\/stories\/([^/]+)\/edit$/;

/** Per person and per story (or "new"), so two people on one phone never see each other's drafts. */
const storageKey = (userId: string, storyId?: string) => `brandworthy:composer:${userId}:${storyId ?? "new"}`;

function readLocal(key: string): LocalDraft | null {
  try {
    const draft = JSON.parse(localStorage.getItem(key) ?? "null") as LocalDraft | null;
    return draft && typeof draft.savedAt === "number" && typeof draft.values === "object" ? draft : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the composer's draft as it is typed: in the browser (localStorage) a moment after each
 * change, and on the server when the person leaves (the page hidden, closed or left within the
 * app), sent to the composer's own "draft" intent with keepalive so it survives the page. A new
 * story's first save makes it a draft; the composer then goes on as that draft's edit page, so
 * later saves and Publish update it instead of adding another. Sending the form (Publish, Save,
 * Preview) clears the browser's copy: the server has it, or answers with it. Returns the copy
 * found on arrival, to be shown with a note and a way to discard it.
 */
export function useComposerDrafts({
  formRef,
  userId,
  storyId,
  canSaveOnServer,
  isEnabled,
}: {
  formRef: RefObject<HTMLFormElement>;
  userId: string;
  storyId?: string;
  /** A published story is never turned back into a draft: its unsent changes stay in the browser only. */
  canSaveOnServer: boolean;
  /** Off when the form shows an answer from the server (a refusal, a preview): that is newer. */
  isEnabled: boolean;
}) {
  const key = storageKey(userId, storyId);
  const navigate = useNavigate();
  const [restored, setRestored] = useState<LocalDraft | null>(null);
  const isMounted = useRef(true);

  useEffect(() => {
    if (!isEnabled) return;
    const found = readLocal(key);
    // Said once: the draft is on the server, under My stories.
    if (found?.isSentOnLeave) localStorage.removeItem(key);
    setRestored(found);
    // Only on arrival: later changes are the person's own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    isMounted.current = true;
    // What the server last got (or what the page started with): leaving sends only a change.
    // Compared by content, since a field losing focus as the page changes fires "change" again.
    const snapshot = () => {
      const values = submittedValues(new FormData(form));
      for (const name of NOT_KEPT) delete values[name];
      return values;
    };
    let sent = JSON.stringify(snapshot());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keepLocally = (isSentOnLeave?: true) => {
      clearTimeout(timer);
      localStorage.setItem(
        key,
        JSON.stringify({ savedAt: Date.now(), values: snapshot(), isSentOnLeave } satisfies LocalDraft),
      );
    };
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (JSON.stringify(snapshot()) !== sent) keepLocally();
      }, 400);
    };
    const sendToServer = () => {
      const now = JSON.stringify(snapshot());
      if (now === sent) return;
      const body = new FormData(form);
      // A draft needs a title; without one the browser's copy is all there is.
      const isSent = canSaveOnServer && Boolean(String(body.get("title") ?? "").trim());
      // Marked before sending: if the page is gone before the answer, the copy must not come
      // back as a second new story beside the draft the server now holds.
      keepLocally(isSent && !storyId ? true : undefined);
      if (!isSent) return;
      sent = now;
      body.delete("photos");
      body.set("intent", "draft");
      body.set(IN_PLACE_FIELD, "1");
      fetch(form.action, { method: "POST", body, keepalive: true, credentials: "same-origin" })
        .then((response) => {
          const savedId = response.ok ? EDIT_PATH.exec(new URL(response.url).pathname)?.[1] : undefined;
          if (!savedId) return;
          localStorage.removeItem(key);
          if (!storyId && isMounted.current) {
            navigate(paths.editStory(decodeURIComponent(savedId)), { replace: true, preventScrollReset: true });
          }
        })
        .catch(() => {
          sent = "";
        });
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") sendToServer();
    };
    const submitted = () => {
      sent = JSON.stringify(snapshot());
      clearTimeout(timer);
      localStorage.removeItem(key);
    };
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", submitted);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", sendToServer);
    return () => {
      form.removeEventListener("input", changed);
      form.removeEventListener("change", changed);
      form.removeEventListener("submit", submitted);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", sendToServer);
      // Leaving the composer for another page of the app.
      isMounted.current = false;
      sendToServer();
    };
  }, [formRef, key, storyId, canSaveOnServer, navigate]);

  const discard = () => {
    localStorage.removeItem(key);
    setRestored(null);
  };
  return { restored, discard };
}

const noteClassName =
  "flex flex-wrap items-center gap-x-3 gap-y-2 rounded-card border border-accent/40 bg-accent-soft px-4 py-3 text-accent-soft-ink";

/** Says that the form shows what the person had typed and not sent, with the way to start again. */
export function RestoredDraftNote({ draft, onDiscard }: { draft: LocalDraft; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(
    draft.savedAt,
  );
  if (draft.isSentOnLeave) {
    return (
      <div role="status" className={noteClassName}>
        <History aria-hidden="true" className="h-5 w-5 shrink-0" />
        <p className="min-w-0 flex-1 font-medium">
          {t("composer.savedOnLeave", { time })}{" "}
          <Link to={paths.myStories()} className="link">
            {t("myStories.drafts")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div role="status" className={noteClassName}>
      <History aria-hidden="true" className="h-5 w-5 shrink-0" />
      <p className="min-w-0 flex-1 font-medium">{t("composer.restored", { time })}</p>
      <Button label={t("composer.discardRestored")} variant="quiet" size="sm" onClick={onDiscard} />
    </div>
  );
}
