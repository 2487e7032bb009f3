// A stand-in for the browser's speech synthesis with the voices a test names (jsdom has none).
import { vi } from 'vitest';

export interface SpokenText {
  text: string;
  lang: string;
}

/** Installs voices for these language tags; returns what was spoken and a function that removes it. */
export function withVoices(tags: readonly string[]): (() => void) & { spoken: SpokenText[] } {
  const spoken: SpokenText[] = [];
  const voices = tags.map((lang) => ({ lang, name: `Voice ${lang}`, default: false }));
  const synthesis = {
    getVoices: () => voices,
    speak: vi.fn((utterance: { text: string; lang: string }) => {
      spoken.push({ text: utterance.text, lang: utterance.lang });
    }),
    cancel: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  class Utterance {
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    value: Utterance,
    configurable: true,
  });
  const restore = () => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  };
  return Object.assign(restore, { spoken });
}
