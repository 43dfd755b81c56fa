/** Text with the include terms in green and the exclude terms in red. */
import { highlight } from './highlight.js';
import type { TermLists } from './terms.js';

export function Highlighted({ text, terms }: { readonly text: string; readonly terms: TermLists }) {
  return (
    <>
      {highlight(text, terms.include, terms.exclude).map((r, i) =>
        r.mark === null ? (
          <span key={i}>{r.text}</span>
        ) : (
          <mark key={i} className={`term-${r.mark}`}>
            {r.text}
          </mark>
        ),
      )}
    </>
  );
}
