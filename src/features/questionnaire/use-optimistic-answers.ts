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
  over: readonly string[];
  /** Its save succeeded: it ends when the database reports it. */
  saved: boolean;
}

type Given = Readonly<Record<string, GivenAnswer>>;

const fingerprint = (answer: Answer | null | undefined) => canonicalJson(answer ?? null);

/**
 * The given answers still to show once the database reports `stored` (it reported `before` last).
 * One ends when its save succeeded and the database reports it (now, or in the report before), or
 * when the database reports an answer it was not given over (another tab's).
 */
function stillShown(given: Given, stored: Answers, before: Answers): Given {
  return Object.fromEntries(
    Object.entries(given).filter(([questionId, entry]) => {
      const answer = fingerprint(entry.answer);
      const now = fingerprint(stored[questionId]);
      if (entry.saved && (now === answer || fingerprint(before[questionId]) === answer)) {
        return false;
      }
      return now === answer || entry.over.includes(now);
    }),
  );
}

export function useOptimisticAnswers(stored: Answers) {
  const [given, setGiven] = useState<Given>({});
  // When the database reports a change, the answers it settles end (React's way of adjusting state
  // to a new prop during render, without a second pass through an effect).
  const [storedSeen, setStoredSeen] = useState(stored);
  if (storedSeen !== stored) {
    setStoredSeen(stored);
    setGiven((current) => stillShown(current, stored, storedSeen));
  }
  // A save can settle after the screen is gone (the person moved on); ending it then has nothing to do.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const answers = useMemo(() => {
    const merged: Record<string, Answer | undefined> = { ...stored };
    for (const [id, entry] of Object.entries(given)) {
      if (entry.over.includes(fingerprint(stored[id]))) merged[id] = entry.answer ?? undefined;
    }
    return merged;
  }, [stored, given]);

  /** Shows `answer` at once; call the function returned with whether its save succeeded. */
  const give = useCallback(
    (questionId: string, answer: Answer | null) => {
      setGiven((current) => {
        const earlier = current[questionId];
        const over = [fingerprint(stored[questionId]), ...(earlier?.over ?? [])];
        if (earlier) over.push(fingerprint(earlier.answer));
        return { ...current, [questionId]: { answer, over, saved: false } };
      });
      return (saved: boolean) => {
        if (!mounted.current) return;
        // The entry of this very answer (each change gives a new one), not of a later answer.
        setGiven((current) => {
          const entry = current[questionId];
          return saved && entry?.answer === answer
            ? { ...current, [questionId]: { ...entry, saved: true } }
            : current;
        });
      };
    },
    [stored],
  );

  return { answers, give };
}
