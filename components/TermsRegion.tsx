type Terms = { heading?: string; paragraphs: string[] }[];

/** 利用規約 in a scrolling box: focusable so keyboard users can scroll it, and named for screen readers. */
export function TermsRegion({
  label,
  lang,
  terms,
  tall,
}: {
  label: string;
  lang: string;
  terms: Terms;
  tall?: boolean;
}) {
  return (
    <div
      role="region"
      tabIndex={0}
      aria-label={label}
      lang={lang}
      className={`panel mt-2 overflow-y-auto p-4 ${tall ? "max-h-96" : "max-h-72"}`}
    >
      {terms.map((s, i) => (
        <div key={i} className="mt-3 first:mt-0">
          {s.heading && <h3 className="font-bold">{s.heading}</h3>}
          {s.paragraphs.map((p, j) => (
            <p key={j} className="mt-1">
              {p}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
