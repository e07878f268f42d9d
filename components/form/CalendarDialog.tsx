"use client";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useParams } from "next/navigation";
import { useClientStrings } from "@/components/ClientStrings";
import { fill } from "./format";

type Props = {
  inputId: string;
  label: string;
  minYear?: number;
  maxYear?: number;
  initial: Date | null;
  onClose: () => void;
};

const ymd = (d: Date) =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, "0")}${String(d.getDate()).padStart(2, "0")}`;
const sameDay = (a: Date, b: Date) => ymd(a) === ymd(b);
const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
/** Same day in another month, clamped to that month's last day. */
function addMonths(d: Date, n: number) {
  const last = new Date(d.getFullYear(), d.getMonth() + n + 1, 0).getDate();
  return new Date(d.getFullYear(), d.getMonth() + n, Math.min(d.getDate(), last));
}

const clampYearOf = (d: Date, min: number, max: number) =>
  d.getFullYear() < min ? new Date(min, 0, 1) : d.getFullYear() > max ? new Date(max, 11, 31) : d;

/** Writes into the text input as typing would, so the form library sees an ordinary change. */
function fillInput(id: string, value: string) {
  const el = document.getElementById(id) as HTMLInputElement | null;
  if (!el) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

/**
 * カレンダー: a modal date picker for a YYYYMMDD text field (typing stays the main way). Year and
 * month are native selects; days are a grid of buttons with one tab stop (arrows move a day or a
 * week, PageUp/PageDown a month, Home/End the week); Esc closes and focus returns to the button.
 * Loaded only when first opened (CalendarButton).
 */
export default function CalendarDialog({
  inputId,
  label,
  minYear = 1900,
  maxYear = new Date().getFullYear() + 5,
  initial,
  onClose,
}: Props) {
  const s = useClientStrings("form");
  const locale = String(useParams().locale ?? "ja");
  const dialog = useRef<HTMLDialogElement>(null);
  const grid = useRef<HTMLTableElement>(null);
  // Mounted afresh on each opening (keyed by the button), on the typed date or today.
  const [active, setActive] = useState(() => clampYearOf(initial ?? new Date(), minYear, maxYear));
  const selected = initial;
  const today = new Date();
  const fmt = useMemo(
    () => ({
      weekday: new Intl.DateTimeFormat(locale, { weekday: "short" }),
      full: new Intl.DateTimeFormat(locale, { dateStyle: "full" }),
      month: new Intl.DateTimeFormat(locale, { month: "long" }),
    }),
    [locale],
  );
  const clampYear = (d: Date) => clampYearOf(d, minYear, maxYear);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  // Focus follows the active day once the grid shows it (after a month change it is re-rendered).
  const wantFocus = useRef(true);
  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-date="${ymd(active)}"]`)?.focus();
  }, [active]);
  const focusDay = (d: Date) => {
    wantFocus.current = true;
    setActive(clampYear(d));
  };
  const pick = (d: Date) => {
    fillInput(inputId, ymd(d));
    dialog.current?.close();
  };
  const onKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, () => Date> = {
      ArrowLeft: () => addDays(active, -1),
      ArrowRight: () => addDays(active, 1),
      ArrowUp: () => addDays(active, -7),
      ArrowDown: () => addDays(active, 7),
      PageUp: () => addMonths(active, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(active, e.shiftKey ? 12 : 1),
      Home: () => addDays(active, -active.getDay()),
      End: () => addDays(active, 6 - active.getDay()),
    };
    if (!moves[e.key]) return;
    e.preventDefault();
    focusDay(moves[e.key]());
  };

  const first = new Date(active.getFullYear(), active.getMonth(), 1);
  const start = addDays(first, -first.getDay());
  const weeks = Array.from({ length: 6 }, (_, w) => Array.from({ length: 7 }, (_, d) => addDays(start, w * 7 + d)));
  const titleId = `${inputId}-calendar-title`;
  return (
    <>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="panel m-auto w-[22rem] max-w-[calc(100vw-1rem)] p-4 backdrop:bg-black/60"
        onClose={onClose}
      >
        <h2 id={titleId} className="text-lg font-bold">
          {fill(s.calendarTitle, { label })}
        </h2>
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <button
            type="button"
            className="btn btn-secondary min-h-11 px-3 py-1"
            onClick={() => focusDay(addMonths(active, -1))}
          >
            <span aria-hidden="true">‹</span>
            <span className="sr-only">{s.prevMonth}</span>
          </button>
          <div className="flex flex-col text-sm">
            <label htmlFor={`${inputId}-cal-year`}>{s.year}</label>
            <select
              id={`${inputId}-cal-year`}
              className="min-h-11 rounded-8 border-2 border-control-border bg-canvas px-2 text-ink"
              value={active.getFullYear()}
              onChange={(e) =>
                setActive(
                  clampYear(
                    new Date(
                      +e.target.value,
                      active.getMonth(),
                      Math.min(active.getDate(), new Date(+e.target.value, active.getMonth() + 1, 0).getDate()),
                    ),
                  ),
                )
              }
            >
              {Array.from({ length: maxYear - minYear + 1 }, (_, i) => maxYear - i).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col text-sm">
            <label htmlFor={`${inputId}-cal-month`}>{s.month}</label>
            <select
              id={`${inputId}-cal-month`}
              className="min-h-11 rounded-8 border-2 border-control-border bg-canvas px-2 text-ink"
              value={active.getMonth()}
              onChange={(e) => setActive(addMonths(active, +e.target.value - active.getMonth()))}
            >
              {Array.from({ length: 12 }, (_, m) => (
                <option key={m} value={m}>
                  {fmt.month.format(new Date(2000, m, 1))}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="btn btn-secondary min-h-11 px-3 py-1"
            onClick={() => focusDay(addMonths(active, 1))}
          >
            <span aria-hidden="true">›</span>
            <span className="sr-only">{s.nextMonth}</span>
          </button>
        </div>
        <table
          ref={grid}
          role="grid"
          aria-labelledby={titleId}
          className="mt-3 w-full table-fixed border-collapse text-center"
          onKeyDown={onKey}
        >
          <thead>
            <tr>
              {weeks[0].map((d) => (
                <th key={d.getDay()} scope="col" className="py-1 text-sm font-bold">
                  <abbr title={new Intl.DateTimeFormat(locale, { weekday: "long" }).format(d)} className="no-underline">
                    {fmt.weekday.format(d)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={ymd(week[0])}>
                {week.map((d) => {
                  const inMonth = d.getMonth() === active.getMonth();
                  const isActive = sameDay(d, active);
                  const isSelected = !!selected && sameDay(d, selected);
                  return (
                    <td key={ymd(d)} role="gridcell" aria-selected={isSelected}>
                      <button
                        type="button"
                        data-date={ymd(d)}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={fmt.full.format(d)}
                        aria-current={sameDay(d, today) ? "date" : undefined}
                        onClick={() => pick(d)}
                        className={`min-h-10 w-full rounded-4 ${inMonth ? "" : "text-muted"} ${isSelected ? "bg-primary font-bold text-on-primary" : ""} ${sameDay(d, today) ? "underline decoration-2 underline-offset-4" : ""}`}
                      >
                        {d.getDate()}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-4 flex justify-end">
          <button type="button" className="btn btn-secondary" onClick={() => dialog.current?.close()}>
            {s.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
