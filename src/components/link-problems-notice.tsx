import type { ParamProblem } from '../contract/filter-params';
import { Notice } from './notice';

/**
 * The one notice for the parts of a page's link that were not understood, each with what the page
 * shows instead: one problem in a sentence, several in a list. A new set of problems shows it again
 * after a dismissal; `onDismiss` lets the page write the values it shows back into the URL.
 */
export function LinkProblemsNotice({
  problems,
  onDismiss,
}: {
  problems: readonly ParamProblem[];
  onDismiss?: () => void;
}) {
  if (problems.length === 0) return null;
  return (
    <Notice key={problems.map((p) => `${p.param}=${p.value}`).join('&')} onDismiss={onDismiss}>
      {problems.length === 1 ? (
        <p>{problems[0]?.message}</p>
      ) : (
        <>
          <p className="font-medium">Some parts of this link were not understood:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p.param}>{p.message}</li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}
