// JSON allows an object to name the same member twice ({"a": 1, "a": 2}); JSON.parse silently keeps
// the last. A file read one way in a text editor and another way on import cannot be trusted, so
// Boussole refuses it. One pass over text already known to be valid JSON, in linear time.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** True when some object in `json` (valid JSON text) has two members with the same name. */
export function hasDuplicateMemberName(json: string): boolean {
  // One entry per open object (the names seen so far) or array (null).
  const open: (Set<string> | null)[] = [];
  let nameNext = false;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code === QUOTE) {
      let end = i + 1;
      let escaped = false;
      for (; end < json.length; end++) {
        const inside = json.charCodeAt(end);
        if (inside === BACKSLASH) {
          escaped = true;
          end++;
        } else if (inside === QUOTE) break;
      }
      const names = open[open.length - 1];
      if (nameNext && names) {
        // "\u0061" and "a" name the same member: compare decoded names.
        const name = escaped
          ? (JSON.parse(json.slice(i, end + 1)) as string)
          : json.slice(i + 1, end);
        if (names.has(name)) return true;
        names.add(name);
        nameNext = false;
      }
      i = end;
    } else if (code === OPEN_OBJECT) {
      open.push(new Set());
      nameNext = true;
    } else if (code === OPEN_ARRAY) {
      open.push(null);
      nameNext = false;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      open.pop();
      nameNext = false;
    } else if (code === COMMA) {
      nameNext = (open[open.length - 1] ?? null) !== null;
    }
  }
  return false;
}
