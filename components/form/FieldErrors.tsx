"use client";
import { useClientStrings } from "@/components/ClientStrings";

/** A field's messages, right by it; `id` is what the control's aria-describedby names. */
export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  const s = useClientStrings("form");
  if (!errors.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 font-bold text-error">
      {errors.map((m) => (
        <li key={m}>
          <span className="sr-only">{s.errorPrefix}</span>
          {m}
        </li>
      ))}
    </ul>
  );
}
