// "Listen" / "Stop": reads the screen's text aloud, shown only where a voice for the language exists.
import type { ReadAloud } from './use-voice';

interface Props {
  readAloud: ReadAloud;
  text: string;
  listen: string;
  stop: string;
}

export function ReadAloudButton({ readAloud, text, listen, stop }: Props) {
  if (!readAloud.available) return null;
  return (
    <button
      type="button"
      className="read-aloud"
      onClick={() => {
        if (readAloud.speaking) readAloud.stop();
        else readAloud.speak(text);
      }}
    >
      <span aria-hidden="true">🔊</span> {readAloud.speaking ? stop : listen}
    </button>
  );
}
