// Checks a question's picture: a small inline SVG made only of drawing elements and presentation
// attributes. No script, no link, no style, no embedded image or foreign content, no text (a picture
// must not need reading), so the same drawing is safe to put in the page and works in every language.
// The app renders pictures through the same allow-list (features/client-check/SafeSvg.tsx).

/** Largest picture, in characters: the drawings are simple line art of a few hundred bytes. */
export const MAX_PICTURE_LENGTH = 1536;

export const pictureElements: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
]);

export const pictureAttributes: ReadonlySet<string> = new Set([
  'xmlns',
  'viewBox',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'transform',
  'd',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'points',
]);

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** A colour is a hex colour, `currentColor` (follows the text colour, light or dark) or `none`. */
const COLOUR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|currentColor|none)$/;
/** Anything else is numbers, letters of path commands, spaces, commas, dots, minus signs, parentheses. */
const GEOMETRY = /^[-0-9a-zA-Z.,\s()]*$/;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"<>]*")*)\s*(\/?)>/y;
const ATTRIBUTE = /([a-zA-Z][a-zA-Z0-9:-]*)="([^"<>]*)"/g;

/** What is wrong with a picture, in plain words; an empty list when it is fine. */
export function pictureProblems(svg: string): string[] {
  const problems: string[] = [];
  if (svg.length > MAX_PICTURE_LENGTH)
    problems.push(`is ${svg.length} characters long; a picture may have ${MAX_PICTURE_LENGTH}`);
  const open: string[] = [];
  let position = 0;
  let roots = 0;
  while (position < svg.length) {
    const space = /\s*/y;
    space.lastIndex = position;
    space.exec(svg);
    position = space.lastIndex;
    if (position >= svg.length) break;
    TAG.lastIndex = position;
    const tag = TAG.exec(svg);
    if (tag === null) {
      problems.push(`has text or markup that is not an element at character ${position}`);
      break;
    }
    position = TAG.lastIndex;
    const [, closing = '', name = '', attributes = '', selfClosing = ''] = tag;
    if (!pictureElements.has(name)) {
      problems.push(`uses the element <${name}>, which pictures may not use`);
      continue;
    }
    if (closing === '/') {
      if (open.pop() !== name) problems.push(`closes <${name}>, which is not the open element`);
      continue;
    }
    if (open.length === 0) roots += 1;
    if ((open.length === 0) !== (name === 'svg'))
      problems.push(name === 'svg' ? 'nests an <svg> inside another' : 'must start with <svg>');
    for (const [, attribute = '', value = ''] of attributes.matchAll(ATTRIBUTE)) {
      const problem = attributeProblem(attribute, value);
      if (problem !== null) problems.push(problem);
    }
    if (selfClosing === '') open.push(name);
  }
  if (open.length > 0) problems.push(`leaves <${open.join('>, <')}> open`);
  if (roots !== 1) problems.push('must be exactly one <svg> element');
  return problems;
}

function attributeProblem(name: string, value: string): string | null {
  if (!pictureAttributes.has(name)) return `uses the attribute ${name}, which pictures may not use`;
  if (name === 'xmlns')
    return value === SVG_NAMESPACE ? null : `declares the namespace "${value}" instead of SVG's`;
  if (name === 'fill' || name === 'stroke')
    return COLOUR.test(value) ? null : `sets ${name} to "${value}", not a colour`;
  return GEOMETRY.test(value) ? null : `sets ${name} to "${value}", which is not a plain value`;
}
