/** The same answer whether or not anything matched, so the screen reveals no account. */
export function SentNotice({
  title,
  body,
  backHref,
  backLabel,
}: {
  title: string;
  body: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div role="status" className="mt-6">
      <h2 className="text-xl font-bold">{title}</h2>
      <p className="mt-2">{body}</p>
      <p className="mt-6">
        <a href={backHref} className="btn btn-secondary">
          {backLabel}
        </a>
      </p>
    </div>
  );
}
