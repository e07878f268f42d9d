"use client";
import { useEffect, useState } from "react";
import { useFieldArray, useWatch, type Control, type UseFormRegister } from "react-hook-form";
import { useClientStrings } from "@/components/ClientStrings";
import { ErrorIcon } from "@/components/form/ErrorSummary";
import { FieldErrors } from "@/components/form/FieldErrors";
import { DatePicker } from "@/components/form/DatePicker";
import type { Bilingual, FieldDef, LeafField, Option } from "@/lib/forms/types";
import { DATE_UNKNOWN, unknownName } from "@/lib/forms/types";
import { fill } from "@/components/form/format";

export type Lang = "ja" | "en";
type Ctx = { lang: Lang; register: UseFormRegister<Record<string, unknown>>; control: Control<Record<string, unknown>>; errorsFor: (path: string) => string[]; required: (f: FieldDef, path: string) => boolean };

const inputClass = (invalid: boolean) => `mt-1 block min-h-12 w-full rounded-8 border-2 bg-canvas px-3 py-2 text-ink ${invalid ? "border-error" : "border-control-border"}`;
const widthOf = (f: LeafField) => (f.type === "text" && (f.exactLength ?? f.maxLength ?? 100) <= 13) || f.type === "date" || f.type === "number" ? "max-w-60" : "max-w-2xl";

/** Options read 「新規利用申出 New asking of usage」 on the Japanese screen, as on the real one. */
function OptionText({ o, lang }: { o: Option; lang: Lang }) {
  return lang === "ja" && o.label.en !== o.label.ja ? (
    <span>
      {o.label.ja} <span lang="en">{o.label.en}</span>
    </span>
  ) : (
    <span>{o.label[lang]}</span>
  );
}

function Label({ f, lang, invalid, required, suffix }: { f: { number?: string; label: Bilingual }; lang: Lang; invalid: boolean; required: boolean; suffix?: string }) {
  const s = useClientStrings("apply");
  return (
    <span className={`inline-flex flex-wrap items-center gap-2 font-bold ${invalid ? "error-label rounded-4 bg-error-label-bg px-1 text-error-label-text" : ""}`}>
      {invalid && <ErrorIcon />}
      {f.number && <span>{f.number}</span>}
      {f.label[lang]}
      {suffix}
      {required && <span className="rounded-4 border border-current px-1 text-sm font-normal">{s.required}</span>}
    </span>
  );
}

function Hint({ id, f, lang, extra }: { id: string; f: LeafField | FieldDef; lang: Lang; extra?: string }) {
  const s = useClientStrings("apply");
  const parts = [f.help?.[lang], extra, f.example ? fill(s.example, { example: f.example }) : undefined].filter(Boolean);
  if (!parts.length) return null;
  return (
    <p id={id} className="mt-1 whitespace-pre-line text-muted">
      {parts.join("\n")}
    </p>
  );
}

/** Live 入力文字数 counter: visible at once, announced to screen readers after a pause in typing. */
function Counter({ id, control, path, max }: { id: string; control: Control<Record<string, unknown>>; path: string; max: number }) {
  const s = useClientStrings("apply");
  const value = String(useWatch({ control, name: path }) ?? "");
  const count = [...value].length;
  const text = count > max ? fill(s.counterOver, { count, max, over: count - max }) : fill(s.counter, { count, max });
  const [announced, setAnnounced] = useState(text);
  useEffect(() => {
    const t = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <>
      <p id={id} className={`mt-1 ${count > max ? "font-bold text-error" : "text-muted"}`} aria-hidden="true">
        {text}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced}
      </p>
    </>
  );
}

export function LeafInput({ f, path, ctx }: { f: LeafField; path: string; ctx: Ctx }) {
  const s = useClientStrings("apply");
  const { lang, register, errorsFor } = ctx;
  const id = `field-${path}`;
  const errors = errorsFor(path);
  const invalid = errors.length > 0;
  const required = ctx.required(f, path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(" ") || undefined;
  const hasHint = !!(f.help || f.example || f.type === "date");

  if (f.type === "radio" || f.type === "checkbox") {
    return (
      <fieldset className="mt-6" id={id} tabIndex={-1} aria-describedby={describedBy(hasHint && hintId, invalid && errorId)}>
        <legend>
          <Label f={f} lang={lang} invalid={invalid} required={required} />
        </legend>
        <Hint id={hintId} f={f} lang={lang} />
        <FieldErrors id={errorId} errors={errors} />
        <div className="mt-2 space-y-2">
          {f.options.map((o) => (
            <label key={o.value} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input type={f.type} value={o.value} {...register(path)} aria-invalid={invalid || undefined} className="size-6 shrink-0 accent-current" />
              <OptionText o={o} lang={lang} />
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  const label = (
    <label htmlFor={id}>
      <Label f={f} lang={lang} invalid={invalid} required={required} />
    </label>
  );
  const common = { id, "aria-invalid": invalid || undefined, "aria-required": required || undefined };

  if (f.type === "select") {
    return (
      <div className="mt-6">
        {label}
        <Hint id={hintId} f={f} lang={lang} />
        <FieldErrors id={errorId} errors={errors} />
        <select {...common} {...register(path)} aria-describedby={describedBy(hasHint && hintId, invalid && errorId)} className={`${inputClass(invalid)} max-w-md`}>
          <option value="">{s.selectPlaceholder}</option>
          {f.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label[lang]}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (f.type === "textarea") {
    return (
      <div className="mt-6">
        {label}
        <Hint id={hintId} f={f} lang={lang} />
        <FieldErrors id={errorId} errors={errors} />
        <textarea {...common} {...register(path)} rows={f.rows ?? 4} aria-describedby={describedBy(hasHint && hintId, invalid && errorId, counterId)} className={`${inputClass(invalid)} max-w-2xl`} />
        <Counter id={counterId} control={ctx.control} path={path} max={f.maxLength} />
      </div>
    );
  }
  const unknown = f.type === "date" && f.unknownParts;
  return (
    <div className="mt-6">
      {unknown ? (
        <fieldset id={`${id}-unknown`}>
          <legend>
            <Label f={f} lang={lang} invalid={invalid} required={required} />
          </legend>
          <p className="sr-only">{s.dateUnknownLegend}</p>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {DATE_UNKNOWN.map((v) => (
              <label key={v} className="flex min-h-11 cursor-pointer items-center gap-2">
                <input type="radio" value={v} {...register(unknownName(path))} className="size-6 accent-current" />
                {s[`dateUnknown_${v}`]}
              </label>
            ))}
          </div>
          <label htmlFor={id} className="sr-only">{f.label[lang]}</label>
        </fieldset>
      ) : (
        label
      )}
      <Hint id={hintId} f={f} lang={lang} extra={f.type === "date" ? s.dateHint : undefined} />
      <FieldErrors id={errorId} errors={errors} />
      <div className="flex flex-wrap items-end gap-2">
        <input
          {...common}
          {...register(path)}
          type="text"
          inputMode={f.type === "number" || f.type === "date" ? "numeric" : f.type === "text" ? f.inputMode : undefined}
          autoComplete={f.type === "text" ? (f.autoComplete ?? "off") : "off"}
          aria-describedby={describedBy(hasHint && hintId, invalid && errorId)}
          className={`${inputClass(invalid)} ${widthOf(f)}`}
        />
        {f.type === "date" && <DatePicker inputId={id} label={f.label[lang]} maxYear={f.past ? new Date().getFullYear() : undefined} />}
      </div>
    </div>
  );
}

/** Repeatable group (+追加する, up to its maximum); each row is its own fieldset. */
export function GroupInput({ f, ctx }: { f: Extract<FieldDef, { type: "group" }>; ctx: Ctx }) {
  const s = useClientStrings("apply");
  const { fields, append, remove } = useFieldArray({ control: ctx.control as never, name: f.name as never });
  const errors = ctx.errorsFor(f.name);
  const invalid = errors.length > 0;
  return (
    <fieldset className="mt-6" id={`field-${f.name}`} tabIndex={-1} aria-describedby={invalid ? `field-${f.name}-error` : undefined}>
      <legend>
        <Label f={f} lang={ctx.lang} invalid={invalid} required={ctx.required(f, f.name)} />
      </legend>
      <Hint id={`field-${f.name}-hint`} f={f} lang={ctx.lang} extra={fill(s.rowsMax, { max: f.max })} />
      <FieldErrors id={`field-${f.name}-error`} errors={errors} />
      {fields.map((row, i) => (
        <fieldset key={row.id} className="panel mt-4 p-4">
          <legend className="px-1 font-bold">{fill(s.rowLabel, { label: f.label[ctx.lang], n: i + 1 })}</legend>
          {f.fields.map((c) => (
            <LeafInput key={c.name} f={c} path={`${f.name}.${i}.${c.name}`} ctx={ctx} />
          ))}
          <button type="button" className="btn btn-secondary mt-4" onClick={() => remove(i)}>
            {fill(s.removeRow, { label: f.label[ctx.lang], n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className="btn btn-secondary mt-4" disabled={fields.length >= f.max} onClick={() => append(Object.fromEntries(f.fields.map((c) => [c.name, ""])) as never)}>
        + {s.addRow}
      </button>
    </fieldset>
  );
}

export type { Ctx as FieldContext };
