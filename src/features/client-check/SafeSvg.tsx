// Draws a question's picture from its SVG text through the same allow-list the content check uses
// (engine/client-check/svg-picture.ts): elements and attributes outside it are dropped, so even a
// tampered copy of the definition can put no script, link or style on the page.
import { createElement, useMemo, type ReactNode } from 'react';
import { pictureAttributes, pictureElements } from '../../engine/client-check/svg-picture';

const reactName = (attribute: string) =>
  attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

function allowedProps(element: Element): Record<string, string> {
  const props: Record<string, string> = {};
  for (const { name, value } of Array.from(element.attributes)) {
    if (pictureAttributes.has(name) && name !== 'xmlns') props[reactName(name)] = value;
  }
  return props;
}

function toReact(element: Element, key: number): ReactNode {
  const name = element.localName;
  if (!pictureElements.has(name) || name === 'svg') return null;
  return createElement(
    name,
    { key, ...allowedProps(element) },
    ...Array.from(element.children, toReact),
  );
}

interface Props {
  svg: string;
  /** What the picture shows, for people who cannot see it. */
  label: string;
  className?: string;
}

export function SafeSvg({ svg, label, className }: Props) {
  const parsed = useMemo(() => {
    const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
    if (root.localName !== 'svg' || root.getElementsByTagName('parsererror').length > 0)
      return null;
    return { props: allowedProps(root), children: Array.from(root.children, toReact) };
  }, [svg]);
  if (parsed === null) return null;
  return (
    <svg
      {...parsed.props}
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-label={label}
      focusable="false"
      className={className}
    >
      {parsed.children}
    </svg>
  );
}
