import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PICTURE_LENGTH,
  pictureAttributes,
  pictureElements,
  pictureProblems,
} from '../../../src/engine/client-check/svg-picture';

const svg = (inner: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" fill="none" stroke="currentColor">${inner}</svg>`;

describe('checking a question picture', () => {
  it('accepts a line drawing in outline and fill colours', () => {
    expect(
      pictureProblems(
        svg(
          '<rect x="8" y="32" width="62" height="42" rx="4" fill="currentColor" fill-opacity=".12"/><path d="M2 82h74l-6 8H8z" stroke="#1f6fb2"/>',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a script', svg('<script>alert(1)</script>'), 'uses the element <script>'],
    [
      'foreign content',
      svg('<foreignObject width="10" height="10"/>'),
      'uses the element <foreignObject>',
    ],
    ['an image', svg('<image width="10" height="10"/>'), 'uses the element <image>'],
    [
      'text, which a picture must not need',
      svg('<text x="1" y="2">Hi</text>'),
      'uses the element <text>',
    ],
    ['a link', svg('<path d="M0 0" href="https://example.org"/>'), 'uses the attribute href'],
    ['an event handler', svg('<path d="M0 0" onclick="x()"/>'), 'uses the attribute onclick'],
    ['a style', svg('<path d="M0 0" style="fill:red"/>'), 'uses the attribute style'],
    [
      'a URL in a colour',
      svg('<path d="M0 0" fill="url(#g)"/>'),
      'sets fill to "url(#g)", not a colour',
    ],
    ['text between elements', svg('<g>hello</g>'), 'has text or markup that is not an element'],
    [
      'another namespace',
      '<svg xmlns="http://www.w3.org/1999/xhtml"></svg>',
      'declares the namespace',
    ],
  ])('refuses %s', (_what, picture, problem) => {
    expect(pictureProblems(picture).join('\n')).toContain(problem);
  });

  it('refuses a picture over the size limit', () => {
    const long = svg(`<path d="M${'1 '.repeat(MAX_PICTURE_LENGTH)}"/>`);
    expect(pictureProblems(long)[0]).toContain(`a picture may have ${MAX_PICTURE_LENGTH}`);
  });

  it('refuses a picture that is not one <svg> element, or leaves one open', () => {
    expect(pictureProblems('<path d="M0 0"/>').join('\n')).toContain('must start with <svg>');
    expect(pictureProblems(`${svg('')}${svg('')}`)).toContain('must be exactly one <svg> element');
    expect(pictureProblems('<svg xmlns="http://www.w3.org/2000/svg"><g>')).toContain(
      'leaves <svg>, <g> open',
    );
  });

  it('accepts any drawing built from the allowed elements and plain values', () => {
    const element = fc.record({
      name: fc.constantFrom(...[...pictureElements].filter((name) => name !== 'svg')),
      attributes: fc.uniqueArray(
        fc.constantFrom(
          ...[...pictureAttributes].filter((a) => !['xmlns', 'fill', 'stroke'].includes(a)),
        ),
        { maxLength: 4 },
      ),
      value: fc.stringMatching(/^[-0-9 .,]{0,8}$/),
    });
    fc.assert(
      fc.property(fc.array(element, { maxLength: 6 }), (elements) => {
        const inner = elements
          .map((e) => `<${e.name}${e.attributes.map((a) => ` ${a}="${e.value}"`).join('')}/>`)
          .join('');
        fc.pre(inner.length < MAX_PICTURE_LENGTH - 200);
        expect(pictureProblems(svg(inner))).toEqual([]);
      }),
    );
  });

  it('refuses anything that holds a script tag or an event handler, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (before, after) => {
        expect(pictureProblems(svg(`${before}<script>${after}`))).not.toEqual([]);
        expect(
          pictureProblems(svg(`<path d="M0 0" onload="${after.replace(/"/g, '')}"/>`)),
        ).not.toEqual([]);
      }),
    );
  });
});
