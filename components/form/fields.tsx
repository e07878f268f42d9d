"use client";
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { useFieldArray, useWatch, type Control, type UseFormRegister } from "react-hook-form";
import { useClientStrings } from "@/components/ClientStrings";
import type { ChoiceField, Condition, FieldDef, GroupField, LeafField, Option, Text } from "@/lib/forms/types";
import { DATE_UNKNOWN, unknownName } from "@/lib/forms/types";
import type { Resolve } from "@/lib/forms/engine";
import { FieldLabel as LabelText } from "@/components/ui/FieldLabel";
import { Hint as HintText } from "@/components/ui/Hint";
import { Choice, Input, Select, Textarea } from "@/components/ui/controls";
import { Button } from "@/components/ui/Button";
import { FieldErrors } from "./FieldErrors";
import { CalendarButton } from "./CalendarButton";
import { Combobox } from "./Combobox";
import { fill } from "./format";

/** What every field needs from its form: texts, the form library, current messages and defaults. */
export type FieldContext = {
  tx: Resolve;
  lang: string;
  register: UseFormRegister<Record<string, unknown>>;
  control: Control<Record<string, unknown>>;
  errorsFor: (path: string) => string[];
  required: (f: FieldDef, path: string) => boolean;
  /** Whether a condition holds for the answers (inside a group row, for that row). */
  holds: (c: Condition, path: string) => boolean;
  setValue: (path: string, value: string) => void;
  /** The field the answer asks to focus (変更, a new row): autofocus works without JavaScript too. */
  focus?: string;
  /** The value to render before JavaScript runs (and without it). */
  initial: (path: string) => unknown;
};

function widthOf(f: LeafField): "short" | "medium" | "full" {
  if (f.type === "text" && f.width) return f.width;
  return (f.type === "text" && (f.exactLength ?? f.maxLength ?? 100) <= 13) || f.type === "date" || f.type === "number"
    ? "short"
    : "full";
}
const ids = (path: string) => ({
  id: `field-${path}`,
  hint: `field-${path}-hint`,
  error: `field-${path}-error`,
  counter: `field-${path}-counter`,
});
const describedBy = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(" ") || undefined;

/** On the Japanese procedure screens options read 「新規利用申出 New asking of usage」, as on the real ones. */
function OptionText({ label, ctx }: { label: Text; ctx: FieldContext }) {
  if (ctx.lang === "ja" && "en" in label && label.en !== label.ja) {
    return (
      <span>
        {label.ja} <span lang="en">{label.en}</span>
      </span>
    );
  }
  return <span>{ctx.tx(label)}</span>;
}

/** The label text in the page's language (必須 from the form's strings). */
export function FieldLabel(props: { number?: string; text: string; invalid: boolean; required: boolean }) {
  const s = useClientStrings("form");
  return <LabelText {...props} requiredText={s.required} />;
}

function Hint({ id, f, ctx }: { id: string; f: LeafField | GroupField; ctx: FieldContext }) {
  const s = useClientStrings("form");
  return (
    <HintText
      id={id}
      lines={[
        ctx.tx(f.help),
        f.helpWhen && ctx.holds(f.helpWhen.when, f.name) && ctx.tx(f.helpWhen.text),
        f.type === "date" && !f.help && s.dateHint,
        !!f.example && fill(s.example, { example: f.example }),
      ]}
    />
  );
}
const hasHint = (f: LeafField, ctx: FieldContext) =>
  !!(ctx.tx(f.help) || f.example || f.type === "date" || (f.helpWhen && ctx.holds(f.helpWhen.when, f.name)));

/** Live 入力文字数 counter: visible at once, announced to screen readers after a pause in typing. */
function Counter({
  id,
  control,
  path,
  max,
}: {
  id: string;
  control: Control<Record<string, unknown>>;
  path: string;
  max: number;
}) {
  const s = useClientStrings("form");
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

export function LeafInput({ f, path, ctx }: { f: LeafField; path: string; ctx: FieldContext }) {
  const s = useClientStrings("form");
  const id = ids(path);
  const errors = ctx.errorsFor(path);
  const invalid = errors.length > 0;
  const required = ctx.required(f, path);
  const label = <FieldLabel number={f.number} text={ctx.tx(f.label)} invalid={invalid} required={required} />;
  const hint = <Hint id={id.hint} f={f} ctx={ctx} />;
  const messages = <FieldErrors id={id.error} errors={errors} />;
  const described = describedBy(hasHint(f, ctx) && id.hint, invalid && id.error);
  const initial = ctx.initial(path);

  if (f.type === "radio" || f.type === "checkbox") {
    const chosen = Array.isArray(initial) ? initial : [String(initial ?? "")];
    return (
      <fieldset
        className="mt-6"
        id={id.id}
        tabIndex={-1}
        aria-describedby={described}
        data-invalid={invalid || undefined}
      >
        <legend>{label}</legend>
        {hint}
        {messages}
        <div className="mt-2 space-y-2">
          {f.options.map((o: Option) => (
            <Choice
              key={o.value}
              type={f.type}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
              {...ctx.register(path)}
              aria-invalid={invalid || undefined}
              label={<OptionText label={o.label} ctx={ctx} />}
            />
          ))}
        </div>
      </fieldset>
    );
  }

  const common = {
    id: id.id,
    autoFocus: ctx.focus === path || undefined,
    "aria-invalid": invalid || undefined,
    "aria-required": required || undefined,
    defaultValue: String(initial ?? ""),
  };
  if (f.type === "select") {
    const plain = (
      <Select {...common} {...ctx.register(path)} aria-describedby={described}>
        <option value="">{s.selectPlaceholder}</option>
        {f.options.map((o) => (
          <option key={o.value} value={o.value}>
            {ctx.tx(o.label)}
          </option>
        ))}
      </Select>
    );
    return (
      <div className="mt-6">
        <label htmlFor={id.id}>{label}</label>
        {hint}
        {messages}
        {f.options.length > LONG_LIST ? (
          <SearchableSelect
            f={f}
            path={path}
            ctx={ctx}
            invalid={invalid}
            required={required}
            describedBy={described}
            plain={plain}
          />
        ) : (
          plain
        )}
      </div>
    );
  }
  if (f.type === "textarea") {
    return (
      <div className="mt-6">
        <label htmlFor={id.id}>{label}</label>
        {hint}
        {messages}
        <Textarea
          {...common}
          {...ctx.register(path)}
          rows={f.rows ?? 4}
          aria-describedby={describedBy(described, id.counter)}
        />
        <Counter id={id.counter} control={ctx.control} path={path} max={f.maxLength} />
      </div>
    );
  }

  const unknown = f.type === "date" && f.unknownParts;
  const mode = String(ctx.initial(unknownName(path)) ?? "none");
  const type = f.type === "text" ? (f.input ?? "text") : "text";
  return (
    <div className="mt-6">
      {unknown ? (
        <fieldset id={`${id.id}-unknown`}>
          <legend>{label}</legend>
          <p className="sr-only">{s.dateUnknownLegend}</p>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {DATE_UNKNOWN.map((v) => (
              <Choice
                key={v}
                type="radio"
                value={v}
                defaultChecked={mode === v}
                {...ctx.register(unknownName(path))}
                label={s[`dateUnknown_${v}`]}
              />
            ))}
          </div>
          <label htmlFor={id.id} className="sr-only">
            {ctx.tx(f.label)}
          </label>
        </fieldset>
      ) : (
        <label htmlFor={id.id}>{label}</label>
      )}
      {hint}
      {messages}
      <div className="flex flex-wrap items-end gap-2">
        <Input
          {...common}
          {...ctx.register(path)}
          type={type}
          // Passwords are never sent back from the server into the page.
          defaultValue={type === "password" ? undefined : common.defaultValue}
          inputMode={f.type === "number" || f.type === "date" ? "numeric" : f.type === "text" ? f.inputMode : undefined}
          autoComplete={("autoComplete" in f ? f.autoComplete : undefined) ?? "off"}
          maxLength={f.type === "text" && f.input === "password" ? f.maxLength : undefined}
          spellCheck={
            f.type === "text" && (f.input === "email" || f.input === "password" || !!f.charClass) ? false : undefined
          }
          aria-describedby={described}
          width={widthOf(f)}
        />
        {f.type === "date" && (
          <CalendarButton
            inputId={id.id}
            label={ctx.tx(f.label)}
            maxYear={f.past ? new Date().getFullYear() : undefined}
          />
        )}
      </div>
    </div>
  );
}

/** Lists longer than this are searched by typing (with JavaScript). */
const LONG_LIST = 20;
const noSubscription = () => () => {};

/** A plain <select> until JavaScript runs, then the combobox; the form's field holds the value either way. */
function SearchableSelect({
  f,
  path,
  ctx,
  invalid,
  required,
  describedBy,
  plain,
}: {
  f: ChoiceField;
  path: string;
  ctx: FieldContext;
  invalid: boolean;
  required: boolean;
  describedBy?: string;
  /** The list as a plain <select>, for the page before (and without) JavaScript. */
  plain: ReactNode;
}) {
  const s = useClientStrings("form");
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const value = String(useWatch({ control: ctx.control, name: path }) ?? "");
  if (!ready) return plain;
  return (
    <>
      <input type="hidden" {...ctx.register(path)} />
      <Combobox
        id={`field-${path}`}
        options={f.options}
        tx={ctx.tx}
        lang={ctx.lang}
        value={value}
        onChange={(v) => ctx.setValue(path, v)}
        invalid={invalid}
        required={required}
        describedBy={[describedBy, `field-${path}-combo-hint`].filter(Boolean).join(" ")}
        label={ctx.tx(f.label)}
      />
      <p id={`field-${path}-combo-hint`} className="sr-only">
        {s.comboboxHint}
      </p>
    </>
  );
}

/**
 * Repeatable group (+追加する up to its maximum, 削除 per row); each row is its own fieldset. The
 * buttons are buttons of the form (intent add:/remove:), so rows change without JavaScript too;
 * with it, the change happens here, focus goes to the new row's first field (or, after 削除, to
 * +追加する) and the change is announced.
 */
export function GroupInput({ f, ctx }: { f: GroupField; ctx: FieldContext }) {
  const s = useClientStrings("form");
  const { fields, append, remove } = useFieldArray({ control: ctx.control as never, name: f.name as never });
  const [said, setSaid] = useState("");
  const adder = useRef<HTMLButtonElement>(null);
  const errors = ctx.errorsFor(f.name);
  const invalid = errors.length > 0;
  const label = ctx.tx(f.label);
  const full = fields.length >= f.max;
  return (
    <fieldset
      className="mt-6"
      id={`field-${f.name}`}
      tabIndex={-1}
      aria-describedby={invalid ? `field-${f.name}-error` : undefined}
    >
      <legend>
        <FieldLabel number={f.number} text={label} invalid={invalid} required={ctx.required(f, f.name)} />
      </legend>
      <p id={`field-${f.name}-hint`} className="mt-1 whitespace-pre-line text-muted">
        {[ctx.tx(f.help), fill(s.rowsMax, { max: f.max })].filter(Boolean).join("\n")}
      </p>
      <FieldErrors id={`field-${f.name}-error`} errors={errors} />
      {fields.map((row, i) => (
        <fieldset key={row.id} className="panel mt-4 p-4">
          <legend className="px-1 font-bold">{fill(s.rowLabel, { label, n: i + 1 })}</legend>
          {f.fields.map((c) => (
            <LeafInput key={c.name} f={c} path={`${f.name}.${i}.${c.name}`} ctx={ctx} />
          ))}
          <Button
            type="submit"
            name="intent"
            value={`remove:${f.name}.${i}`}
            className="mt-4"
            onClick={(e) => {
              e.preventDefault();
              remove(i);
              setSaid(fill(s.rowRemoved, { label, n: i + 1 }));
              adder.current?.focus();
            }}
          >
            {fill(s.removeRow, { label, n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        ref={adder}
        type="submit"
        name="intent"
        value={`add:${f.name}`}
        className="mt-4"
        busy={full}
        onClick={(e) => {
          e.preventDefault();
          if (full) return;
          const n = fields.length;
          append(Object.fromEntries(f.fields.map((c) => [c.name, c.type === "checkbox" ? [] : ""])) as never, {
            focusName: `${f.name}.${n}.${f.fields[0].name}`,
          });
          setSaid(fill(s.rowAdded, { label, n: n + 1 }));
        }}
      >
        + {s.addRow}
      </Button>
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </fieldset>
  );
}
