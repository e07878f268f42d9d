/** The procedure's name above the screen title, as on every 申込 screen. */
export function ApplyHeading({ procedure, title }: { procedure: string; title: string }) {
  return (
    <>
      <p className="text-muted">{procedure}</p>
      <h1 className="text-2xl font-bold">{title}</h1>
    </>
  );
}
