import { LoadProblems } from "./LoadProblems";

type Loaded = {
  title: string;
  body: string;
  problems?: {
    summary: string;
    caption: string;
    headers: [string, string];
    rows: { item: string; column: string; problem: string }[];
  };
};
type Reused = {
  title: string;
  body: string;
  filledTitle: string;
  filled: string[];
  notFilledTitle: string;
  notFilled: string[];
};

/** After 読込む or 選択: what came into the form, and what did not, at the top of the 申込 screen. */
export function ApplyNotices({ loaded, reused }: { loaded?: Loaded | null; reused?: Reused | null }) {
  return (
    <>
      {loaded && (
        <section role="status" aria-labelledby="loaded-title" className="panel mt-6 p-4">
          <h2 id="loaded-title" className="text-lg font-bold">
            {loaded.title}
          </h2>
          <p className="mt-1">{loaded.body}</p>
          {loaded.problems && (
            <details className="mt-3">
              <summary className="cursor-pointer font-bold">{loaded.problems.summary}</summary>
              <LoadProblems
                id="loaded-problems"
                caption={loaded.problems.caption}
                headers={loaded.problems.headers}
                rows={loaded.problems.rows}
              />
            </details>
          )}
        </section>
      )}
      {reused && (
        <section role="status" aria-labelledby="reused-title" className="panel mt-6 p-4">
          <h2 id="reused-title" className="text-lg font-bold">
            {reused.title}
          </h2>
          <p className="mt-1">{reused.body}</p>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <div>
              <h3 className="font-bold">{reused.filledTitle}</h3>
              <ul className="mt-1 list-disc pl-6">
                {reused.filled.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </div>
            {reused.notFilled.length > 0 && (
              <div>
                <h3 className="font-bold">{reused.notFilledTitle}</h3>
                <ul className="mt-1 list-disc pl-6">
                  {reused.notFilled.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </section>
      )}
    </>
  );
}
