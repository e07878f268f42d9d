/** Help under a label, named by the control's aria-describedby. */
export function Hint({ id, lines }: { id: string; lines: (string | undefined | false)[] }) {
  const shown = lines.filter(Boolean);
  if (!shown.length) return null;
  return (
    <p id={id} className="mt-1 whitespace-pre-line text-muted">
      {shown.join("\n")}
    </p>
  );
}
