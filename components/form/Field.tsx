"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useClientStrings } from "@/components/ClientStrings";
import type { FieldSpec } from "@/lib/accounts/forms";
import { ErrorIcon } from "./ErrorSummary";
import { FieldErrors } from "./FieldErrors";
import { DatePicker } from "./DatePicker";

const widths = { short: "max-w-60", medium: "max-w-md", full: "max-w-2xl" };

/** Label above the control, 必須 as text, hint and error linked by aria-describedby (UI.md Field). */
export function Field({ spec, errors, registration }: { spec: FieldSpec; errors: string[]; registration: UseFormRegisterReturn }) {
  const s = useClientStrings("form");
  const id = `field-${spec.name}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = errors.length > 0;

  const label = (
    <span className={`inline-flex flex-wrap items-center gap-2 font-bold ${invalid ? "error-label rounded-4 bg-error-label-bg px-1 text-error-label-text" : ""}`}>
      {invalid && <ErrorIcon />}
      {spec.label}
      {spec.required && <span className="rounded-4 border border-current px-1 text-sm font-normal">{s.required}</span>}
    </span>
  );
  const messages = <FieldErrors id={errorId} errors={errors} />;
  const hint = spec.hint && (
    <p id={hintId} className="mt-1 whitespace-pre-line text-muted">
      {spec.hint}
    </p>
  );

  if (spec.type === "radio") {
    return (
      <fieldset className="mt-6" aria-describedby={describedBy} id={id} tabIndex={-1}>
        <legend>{label}</legend>
        {hint}
        {messages}
        <div className="mt-2 space-y-2">
          {spec.options!.map((o) => (
            <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input type="radio" value={o.value} {...registration} aria-invalid={invalid || undefined} className="size-6 shrink-0 accent-current" />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <div className="mt-6">
      <label htmlFor={id}>{label}</label>
      {hint}
      {messages}
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={id}
          type={spec.type ?? "text"}
          autoComplete={spec.autoComplete}
          inputMode={spec.inputMode}
          maxLength={spec.maxLength}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-required={spec.required || undefined}
          {...registration}
          className={`block min-h-12 w-full ${widths[spec.width ?? "medium"]} rounded-8 border-2 bg-canvas px-3 py-2 text-ink ${invalid ? "border-error" : "border-control-border"}`}
        />
        {spec.calendar && <DatePicker inputId={id} label={spec.label} maxYear={spec.calendar === "past" ? new Date().getFullYear() : undefined} />}
      </div>
    </div>
  );
}
