import type { ComponentProps } from "react";

// Form controls styled from their own state: aria-invalid="true" gives the error border, data-width
// the measure. Colours come from the theme's tokens only (globals.css).
type Width = "short" | "medium" | "full";

export function Input({ width = "medium", className = "", ...props }: ComponentProps<"input"> & { width?: Width }) {
  return <input {...props} data-width={width} className={`field-control ${className}`} />;
}

export function Select({ width = "medium", className = "", ...props }: ComponentProps<"select"> & { width?: Width }) {
  return <select {...props} data-width={width} className={`field-control ${className}`} />;
}

export function Textarea({ className = "", ...props }: ComponentProps<"textarea">) {
  return <textarea {...props} data-width="full" className={`field-control ${className}`} />;
}

/** A file chooser whose button takes the theme's primary colours. */
export function FileInput(props: Omit<ComponentProps<"input">, "type" | "className">) {
  return (
    <input
      {...props}
      type="file"
      className="block max-w-full rounded-8 border-2 border-control-border bg-canvas p-2 text-ink file:mr-3 file:rounded-4 file:border-0 file:bg-primary file:px-3 file:py-2 file:font-bold file:text-on-primary"
    />
  );
}

/** Radio buttons and checkboxes, each with its label as a large target. */
export function Choice({ label, ...props }: ComponentProps<"input"> & { label: React.ReactNode }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3">
      <input {...props} className="size-6 shrink-0 accent-current" />
      {label}
    </label>
  );
}
