"use client";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useClientStrings } from "@/components/ClientStrings";
import type { Option } from "@/lib/forms/types";
import type { Resolve } from "@/lib/forms/engine";
import { exactOption, findOptions } from "@/lib/forms/option-search";
import { fill, plural } from "./format";

type Props = {
  id: string;
  options: Option[];
  tx: Resolve;
  lang: string;
  /** The chosen option's value now (from the form library). */
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  required: boolean;
  describedBy?: string;
  /** The field's name, for the list's accessible name. */
  label: string;
};

/**
 * A long list (国籍・地域 197 names …) as an editable combobox with list autocomplete (WAI-ARIA APG):
 * typing filters by either language in any width or kana, ↓/↑ move through the list, Enter chooses,
 * Esc closes the list (or clears the text when it is closed), Tab leaves. Only a listed option is
 * ever the value; the form's field keeps it. Without JavaScript the page shows a plain <select>.
 */
export function Combobox({ id, options, tx, lang, value, onChange, invalid, required, describedBy, label }: Props) {
  const s = useClientStrings("form");
  const listId = useId();
  const shown = (o: Option) => ("msg" in o.label || lang !== "ja" ? tx(o.label) : `${o.label.ja} ${o.label.en}`);
  const chosen = options.find((o) => o.value === value);
  const [text, setText] = useState(chosen ? shown(chosen) : "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announced, setAnnounced] = useState("");
  const list = useRef<HTMLUListElement>(null);
  const found = findOptions(options, chosen && text === shown(chosen) ? "" : text);

  // The count is spoken after a pause in typing, not on every key.
  const count = fill(plural(s, "comboboxCount", found.length, lang), { count: found.length });
  useEffect(() => {
    if (!open) return;
    const t = setTimeout(() => setAnnounced(count), 700);
    return () => clearTimeout(t);
  }, [count, open]);
  useEffect(() => {
    if (open && active >= 0) list.current?.children[active]?.scrollIntoView({ block: "nearest" });
  }, [open, active]);

  const choose = (o: Option) => {
    setText(shown(o));
    onChange(o.value);
    setOpen(false);
    setActive(-1);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      if (!e.altKey) setActive((i) => Math.min(i + 1, found.length - 1));
    } else if (e.key === "ArrowUp" && open) {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Enter" && open && found[active]) {
      e.preventDefault();
      choose(found[active]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (open) setOpen(false);
      else {
        setText("");
        onChange("");
      }
      setActive(-1);
    } else if (e.key === "Tab") {
      setOpen(false);
    }
  };

  return (
    <div className="relative max-w-md">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && found[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        value={text}
        data-width="medium"
        className="field-control"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          // Typed out in full, a name counts as chosen; anything else leaves no value.
          onChange(exactOption(options, e.target.value)?.value ?? "");
        }}
        onKeyDown={onKey}
        onBlur={() => setOpen(false)}
        onClick={() => setOpen(true)}
      />
      <ul
        ref={list}
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || found.length === 0}
        className="panel absolute z-20 mt-1 max-h-72 w-full overflow-y-auto py-1"
      >
        {found.map((o, i) => (
          <li
            key={o.value}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={o.value === value}
            data-active={i === active || undefined}
            className="combobox-option"
            // Chosen with the pointer without taking focus from the text box.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(o);
            }}
          >
            {o.value === value && <span aria-hidden="true">✓ </span>}
            {shown(o)}
          </li>
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open ? announced : ""}
      </p>
    </div>
  );
}
