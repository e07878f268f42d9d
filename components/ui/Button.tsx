import type { ComponentProps } from "react";

/**
 * Buttons of the service: primary (the step forward), secondary (back, other actions) or link (an
 * action that reads as a link, e.g. 変更). A busy button says so with aria-disabled and keeps focus.
 */
export function Button({
  variant = "secondary",
  busy,
  className = "",
  children,
  ...props
}: ComponentProps<"button"> & { variant?: "primary" | "secondary" | "link"; busy?: boolean }) {
  const look = variant === "link" ? "link-button" : `btn btn-${variant}`;
  return (
    <button {...props} aria-disabled={busy || props["aria-disabled"] || undefined} className={`${look} ${className}`}>
      {children}
    </button>
  );
}
