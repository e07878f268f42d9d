"use client";
import { lazy, Suspense, useRef, useState, useSyncExternalStore } from "react";
import { useClientStrings } from "@/components/ClientStrings";
import { realDate } from "@/lib/forms/engine";

const CalendarDialog = lazy(() => import("./CalendarDialog"));
const noSubscription = () => () => {};

/** The date typed in the field (full-width digits too), if it is a real one. */
function typedDate(inputId: string): Date | null {
  const v = ((document.getElementById(inputId) as HTMLInputElement | null)?.value ?? "").normalize("NFKC").trim();
  return realDate(v) ? new Date(+v.slice(0, 4), +v.slice(4, 6) - 1, +v.slice(6, 8)) : null;
}

/**
 * The カレンダー button beside a YYYYMMDD field. It appears only once JavaScript runs (without it the
 * field is typed, and a button that does nothing would mislead), and the calendar itself is loaded
 * on the first press, so form pages do not carry it.
 */
export function CalendarButton({ inputId, label, maxYear }: { inputId: string; label: string; maxYear?: number }) {
  const s = useClientStrings("form");
  const opener = useRef<HTMLButtonElement>(null);
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [opening, setOpening] = useState<{ count: number; initial: Date | null }>({ count: 0, initial: null });
  if (!ready) return null;
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="btn btn-secondary min-h-12"
        aria-haspopup="dialog"
        onClick={() => setOpening((o) => ({ count: o.count + 1, initial: typedDate(inputId) }))}
      >
        {s.calendar}
        <span className="sr-only">（{label}）</span>
      </button>
      {opening.count > 0 && (
        <Suspense fallback={null}>
          <CalendarDialog
            key={opening.count}
            inputId={inputId}
            label={label}
            maxYear={maxYear}
            initial={opening.initial}
            onClose={() => opener.current?.focus()}
          />
        </Suspense>
      )}
    </>
  );
}
