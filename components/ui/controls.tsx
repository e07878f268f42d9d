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

/** Radio buttons and checkboxes, each with its label as a large target. */
export function Choice({ label, ...props }: ComponentProps<"input"> & { label: React.ReactNode }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3">
      <input {...props} className="size-6 shrink-0 accent-current" />
      {label}
    </label>
  );
}
