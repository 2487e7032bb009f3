// Shows an answer the moment it is given, while its write to IndexedDB completes. A pending answer is
// shown only while the stored answer is still the one it replaced: once the database reports a change
// (ours, or another tab's), the stored answer shows through.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answer, Answers } from '../../engine/answer';
import { canonicalJson } from '../../engine/content-hash';

interface PendingAnswer {
  answer: Answer | null;
  replaces: string;
  token: number;
}

const fingerprint = (answer: Answer | null | undefined) => canonicalJson(answer ?? null);
let nextToken = 1;

export function useOptimisticAnswers(stored: Answers) {
  const [pending, setPending] = useState<Record<string, PendingAnswer>>({});
  // A save can settle after the screen is gone (the person moved on); forgetting then has nothing to do.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const answers = useMemo(() => {
    const merged: Record<string, Answer | undefined> = { ...stored };
    for (const [id, entry] of Object.entries(pending)) {
      if (fingerprint(stored[id]) === entry.replaces) merged[id] = entry.answer ?? undefined;
    }
    return merged;
  }, [stored, pending]);

  /** Shows `answer` at once; returns a function that forgets it once the write has settled. */
  const give = useCallback(
    (questionId: string, answer: Answer | null) => {
      const token = nextToken++;
      setPending((current) => ({
        ...current,
        [questionId]: { answer, replaces: fingerprint(stored[questionId]), token },
      }));
      return () => {
        if (!mounted.current) return;
        setPending((current) => {
          if (current[questionId]?.token !== token) return current;
          const { [questionId]: _done, ...rest } = current;
          return rest;
        });
      };
    },
    [stored],
  );

  return { answers, give };
}
