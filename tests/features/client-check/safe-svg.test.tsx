// @vitest-environment jsdom
// A question's picture reaches the page only through the allow-list: a tampered definition copy
// cannot put a script, a link or a style on the page.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SafeSvg } from '../../../src/features/client-check/SafeSvg';
import { clientCheck } from '../../support/client-check';

afterEach(cleanup);

describe('drawing a question picture', () => {
  it('draws the shipped pictures with their alternative text', () => {
    const picture = clientCheck.definition.questions[0]?.picture;
    render(<SafeSvg svg={picture?.svg ?? ''} label="A laptop and a phone." />);
    const image = screen.getByRole('img', { name: 'A laptop and a phone.' });
    expect(image.querySelectorAll('rect, path').length).toBeGreaterThan(2);
    expect(image).toHaveAttribute('stroke', 'currentColor');
  });

  it('drops scripts, foreign content, links, styles and event handlers', () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)">' +
      '<script>alert(2)</script><foreignObject><p>hi</p></foreignObject>' +
      '<a href="https://example.org"><path d="M0 0"/></a>' +
      '<path d="M1 1" style="fill:red" onclick="alert(3)" fill="#1f6fb2"/><image href="x.png"/></svg>';
    const { container } = render(<SafeSvg svg={hostile} label="Test" />);
    const html = container.innerHTML;
    for (const word of [
      'script',
      'foreignObject',
      'href',
      'style',
      'onload',
      'onclick',
      'image',
      'alert',
    ])
      expect(html).not.toContain(word);
    expect(container.querySelector('path[d="M1 1"]')).toHaveAttribute('fill', '#1f6fb2');
  });

  it('draws nothing from text that is not SVG', () => {
    const { container } = render(<SafeSvg svg="<html><body>no</body></html>" label="Test" />);
    expect(container).toBeEmptyDOMElement();
  });
});
