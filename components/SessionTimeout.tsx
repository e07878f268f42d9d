"use client";
import { useEffect, useRef, useState } from "react";
import { useClientStrings } from "@/components/ClientStrings";

function formatJst(d: Date, locale: string) {
  return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : locale, {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(d);
}

/**
 * §2.6: 10 minutes before the idle logout a modal dialog offers 3 more hours (OK) or not
 * (キャンセル, also Esc). The server enforces the limit; this only warns and then leaves.
 */
export function SessionTimeout({
  expiresInMs,
  warningMs,
  locale,
  loginPath,
  extendSession,
}: {
  expiresInMs: number;
  warningMs: number;
  locale: string;
  loginPath: string;
  extendSession: () => Promise<{ expiresInMs: number } | null>;
}) {
  const s = useClientStrings("timeout");
  const dialog = useRef<HTMLDialogElement>(null);
  const okButton = useRef<HTMLButtonElement>(null);
  const [deadline, setDeadline] = useState(() => Date.now() + expiresInMs);
  const [announce, setAnnounce] = useState("");
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const warnIn = Math.max(0, deadline - Date.now() - warningMs);
    dialog.current?.setAttribute("data-armed", String(deadline));
    const warn = setTimeout(() => {
      if (!dialog.current?.open) {
        returnFocus.current = document.activeElement;
        dialog.current?.showModal();
        okButton.current?.focus();
      }
    }, warnIn);
    const leave = setTimeout(
      () => {
        window.location.assign(
          new URL(
            `${loginPath}?reason=timeout&next=${encodeURIComponent(window.location.pathname + window.location.search)}`,
            window.location.href,
          ).href,
        );
      },
      Math.max(0, deadline - Date.now()) + 1000,
    );
    return () => {
      clearTimeout(warn);
      clearTimeout(leave);
    };
  }, [deadline, warningMs, loginPath]);

  const close = () => {
    dialog.current?.close();
    (returnFocus.current as HTMLElement | null)?.focus?.();
  };
  const extend = async () => {
    const r = await extendSession();
    close();
    if (r) {
      setDeadline(Date.now() + r.expiresInMs);
      setAnnounce(s.extended);
    } else {
      window.location.assign(new URL(`${loginPath}?reason=timeout`, window.location.href).href);
    }
  };

  return (
    <>
      <dialog
        ref={dialog}
        aria-labelledby="timeout-title"
        aria-describedby="timeout-body"
        onCancel={close}
        className="m-auto max-w-lg rounded-8 border-4 border-primary bg-canvas p-6 text-ink backdrop:bg-black/60"
      >
        <h2 id="timeout-title" className="text-lg font-bold">
          {s.title}
        </h2>
        <div id="timeout-body">
          <p className="mt-2">{s.question}</p>
          <p className="mt-2">
            {s.at}
            {/* Server and browser compute the deadline a moment apart: a minute may tick over between. */}
            <time dateTime={new Date(deadline).toISOString()} suppressHydrationWarning>
              {formatJst(new Date(deadline), locale)}
            </time>
          </p>
        </div>
        <div className="mt-6 flex flex-wrap gap-4">
          <button ref={okButton} type="button" className="btn btn-primary" onClick={extend}>
            {s.ok}
          </button>
          <button type="button" className="btn btn-secondary" onClick={close}>
            {s.cancel}
          </button>
        </div>
      </dialog>
      <p role="status" className="sr-only">
        {announce}
      </p>
    </>
  );
}
