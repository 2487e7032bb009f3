// Shows an answer the moment it is given, while its write to IndexedDB completes. A given answer is
// shown over the stored one it replaced; it ends with its save: once the save has succeeded and the
// database reports the answer, or as soon as the database reports a different answer (another tab's),
// the stored answer shows. An answer whose save failed stays on screen, unsaved (the save status says
// so), until the person changes it or the database reports another answer.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answer, Answers } from '../../engine/answer';
import { canonicalJson } from '../../engine/content-hash';

interface GivenAnswer {
  answer: Answer | null;
  /** The stored answers it is shown over: the one stored when it was given, and the answers given
   * before it to the same question whose saves may still land. */
  over: ReadonlySet<string>;
  token: number;
  /** Its save succeeded: it ends when the database reports it. */
  saved: boolean;
}

type Given = Readonly<Record<string, GivenAnswer>>;

const fingerprint = (answer: Answer | null | undefined) => canonicalJson(answer ?? null);
let nextToken = 1;

/** Whether a given answer has ended, now that the database holds `storedNow` for its question. */
function hasEnded(given: GivenAnswer, storedNow: string): boolean {
  const landed = storedNow === fingerprint(given.answer);
  return (given.saved && landed) || (!landed && !given.over.has(storedNow));
}

function withoutEnded(given: Given, stored: Answers): Given {
  const kept = Object.entries(given).filter(
    ([questionId, entry]) => !hasEnded(entry, fingerprint(stored[questionId])),
  );
  return kept.length === Object.keys(given).length ? given : Object.fromEntries(kept);
}

export function useOptimisticAnswers(stored: Answers) {
  const [given, setGiven] = useState<Given>({});
  // When the database reports a change, the answers it settles end (React's way of adjusting state
  // to a new prop during render, without a second pass through an effect).
  const [storedSeen, setStoredSeen] = useState(stored);
  if (storedSeen !== stored) {
    setStoredSeen(stored);
    setGiven((current) => withoutEnded(current, stored));
  }
  // The latest stored answers, for a save that settles after the database reported it.
  const latestStored = useRef(stored);
  useEffect(() => {
    latestStored.current = stored;
  }, [stored]);

  const answers = useMemo(() => {
    const merged: Record<string, Answer | undefined> = { ...stored };
    for (const [id, entry] of Object.entries(given)) {
      if (entry.over.has(fingerprint(stored[id]))) merged[id] = entry.answer ?? undefined;
    }
    return merged;
  }, [stored, given]);

  /** Shows `answer` at once; call the function returned with whether its save succeeded. */
  const give = useCallback(
    (questionId: string, answer: Answer | null) => {
      const token = nextToken++;
      setGiven((current) => {
        const earlier = current[questionId];
        const over = new Set(earlier?.over ?? []);
        over.add(fingerprint(stored[questionId]));
        if (earlier !== undefined) over.add(fingerprint(earlier.answer));
        return { ...current, [questionId]: { answer, over, token, saved: false } };
      });
      return (saved: boolean) => {
        if (!saved) return;
        setGiven((current) => {
          const entry = current[questionId];
          if (entry?.token !== token) return current;
          return withoutEnded(
            { ...current, [questionId]: { ...entry, saved: true } },
            latestStored.current,
          );
        });
      };
    },
    [stored],
  );

  return { answers, give };
}
