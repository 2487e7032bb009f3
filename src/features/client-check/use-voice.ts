// Read-aloud with the browser's own speech synthesis, only where it has a voice for the language: no
// voice, no button (a voice of another language would read the text wrongly).
import { useCallback, useEffect, useState } from 'react';
import type { ClientLanguage } from '../../engine/client-check/schema';
import { languageTags } from './client-text';

const synthesis = (): SpeechSynthesis | undefined =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

/** The best voice for a language: the Canadian one for English and French, then any of the language. */
function voiceFor(language: ClientLanguage): SpeechSynthesisVoice | null {
  const voices = synthesis()?.getVoices() ?? [];
  const tag = languageTags[language].toLowerCase();
  const base = language.toLowerCase();
  const of = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((voice) => of(voice) === tag) ??
    voices.find((voice) => of(voice) === base || of(voice).startsWith(`${base}-`)) ??
    null
  );
}

export interface ReadAloud {
  /** False when this browser has no voice for the language: nothing to offer. */
  available: boolean;
  speaking: boolean;
  speak(text: string): void;
  stop(): void;
}

export function useReadAloud(language: ClientLanguage): ReadAloud {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => voiceFor(language));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const speech = synthesis();
    if (!speech) return;
    // Voices often arrive after the page loads.
    const update = () => {
      setVoice(voiceFor(language));
    };
    update();
    speech.addEventListener('voiceschanged', update);
    return () => {
      speech.removeEventListener('voiceschanged', update);
      speech.cancel();
    };
  }, [language]);

  const stop = useCallback(() => {
    synthesis()?.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      const speech = synthesis();
      if (!speech || voice === null) return;
      speech.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.85; // slower than usual: listeners at CLB 4 follow speech "at a slow rate"
      utterance.onend = () => {
        setSpeaking(false);
      };
      utterance.onerror = () => {
        setSpeaking(false);
      };
      setSpeaking(true);
      speech.speak(utterance);
    },
    [voice],
  );

  return { available: voice !== null, speaking, speak, stop };
}
