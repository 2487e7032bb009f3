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
      <svg
        className="read-aloud-icon"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M4 9v6h4l5 4V5L8 9z" fill="currentColor" />
        {!readAloud.speaking && <path d="M16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11" />}
      </svg>
      {readAloud.speaking ? stop : listen}
    </button>
  );
}
