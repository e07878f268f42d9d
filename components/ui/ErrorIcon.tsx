/** The error mark beside invalid labels and in the error summary (decorative: the text says it). */
export function ErrorIcon() {
  return (
    <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className="shrink-0 text-error">
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      <path d="M10 5v6M10 13.5v1.5" stroke="var(--bg)" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
