// Builds the answer to store when one part of it changes, keeping the other parts (a note survives a
// change of value; a value replaces "don't know").
import type { Answer, AnswerValue } from '../../engine/answer';

export function withValue(
  current: Answer | undefined,
  value: AnswerValue | undefined,
): Answer | null {
  return compact({ value, note: current?.note });
}

export function withSpecial(
  current: Answer | undefined,
  special: Answer['special'],
): Answer | null {
  return compact({ special, note: current?.note });
}

export function withNote(current: Answer | undefined, note: string): Answer | null {
  return compact({
    value: current?.value,
    special: current?.special,
    note: note.trim() === '' ? undefined : note,
  });
}

function compact(parts: {
  value?: AnswerValue | undefined;
  special?: Answer['special'] | undefined;
  note?: string | undefined;
}): Answer | null {
  const answer: Answer = {};
  if (parts.special !== undefined) answer.special = parts.special;
  else if (parts.value !== undefined) answer.value = parts.value;
  if (parts.note !== undefined) answer.note = parts.note;
  return Object.keys(answer).length === 0 ? null : answer;
}
