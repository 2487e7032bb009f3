// @vitest-environment jsdom
// Another site must not be able to show Boussole in a frame and trick people into clicking in it.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FramedNotice } from '../../src/app/FramedNotice';
import { framedByAnotherOrigin, type View } from '../../src/app/framing';

const app = { origin: 'https://boussole.example.org' };

/** A page and the window at the top of its frames, as the browser exposes them. */
function framedIn(top: View['top']): View {
  return { self: {}, top, location: app };
}

/** A parent from another origin: reading its location throws, as browsers do. */
const crossOriginTop: View['top'] = {
  get location(): { origin: string } {
    throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
  },
};

describe('framing by another origin', () => {
  it('is not detected in a page opened on its own', () => {
    const self = { location: app };
    expect(framedByAnotherOrigin({ self, top: self, location: app })).toBe(false);
    expect(framedByAnotherOrigin(window)).toBe(false);
  });

  it('is detected when the parent page belongs to another origin (reading it throws)', () => {
    expect(framedByAnotherOrigin(framedIn(crossOriginTop))).toBe(true);
  });

  it('is detected when a readable parent reports another origin', () => {
    const top = { location: { origin: 'https://evil.example' } };
    expect(framedByAnotherOrigin(framedIn(top))).toBe(true);
  });

  it('is detected when even reading the parent throws (a sandboxed frame)', () => {
    const view: View = {
      self: {},
      get top(): View['top'] {
        throw new DOMException('Blocked', 'SecurityError');
      },
      location: app,
    };
    expect(framedByAnotherOrigin(view)).toBe(true);
  });

  it('is not detected in a frame of the app’s own origin', () => {
    const top = { location: { origin: app.origin } };
    expect(framedByAnotherOrigin(framedIn(top))).toBe(false);
  });
});

describe('the notice shown instead of the app', () => {
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('says why Boussole does not run and offers to open it in its own tab', async () => {
    render(<FramedNotice />);
    expect(
      await screen.findByRole('heading', { name: 'Boussole cannot run inside another website' }),
    ).toBeInTheDocument();
    const open = screen.getByRole('link', { name: 'Open Boussole in a new tab' });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
    expect(open).toHaveAttribute('href', location.href);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('speaks French to a French-speaking person', async () => {
    localStorage.setItem('boussole.language', 'fr');
    render(<FramedNotice />);
    expect(
      await screen.findByRole('heading', {
        name: 'Boussole ne peut pas fonctionner dans un autre site Web',
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr-CA');
  });
});
