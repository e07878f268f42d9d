"use client";
import { useEffect, useRef } from "react";
import { useClientStrings } from "@/components/ClientStrings";
import { ErrorIcon } from "@/components/ui/ErrorIcon";

export type SummaryItem = { field: string; label: string; message: string };

/** GOV.UK-style error summary: focused when it appears, one link per error that focuses the field. */
export function ErrorSummary({
  items,
  formError,
  version,
}: {
  items: SummaryItem[];
  formError?: string;
  version: number;
}) {
  const s = useClientStrings("form");
  const ref = useRef<HTMLDivElement>(null);
  const visible = items.length > 0 || !!formError;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, version]);
  useEffect(() => {
    const base = document.title.replace(/^(エラー|Error): /, "");
    document.title = visible ? `${s.titlePrefix}${base}` : base;
  }, [visible, s.titlePrefix, version]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="error-summary mb-6 rounded-8 border-4 border-error p-4"
    >
      <h2 id="error-summary-title" className="flex items-center gap-2 text-lg font-bold">
        <ErrorIcon />
        {s.summaryTitle}
      </h2>
      {formError && <p className="mt-2 font-bold">{formError}</p>}
      {items.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {items.map((i) => (
            <li key={`${i.field}-${i.message}`}>
              <a
                href={`#field-${i.field}`}
                className="text-error visited:text-error"
                onClick={(e) => {
                  e.preventDefault();
                  const el =
                    document.getElementById(`field-${i.field}`) ??
                    document.querySelector<HTMLElement>(`[name="${i.field}"]`);
                  el?.focus();
                  el?.scrollIntoView({ block: "center" });
                }}
              >
                {i.label}: {i.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
