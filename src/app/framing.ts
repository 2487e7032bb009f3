// Clickjacking guard for hosts that cannot send frame-ancestors / X-Frame-Options (GitHub Pages): a page
// of another site could show Boussole in an invisible frame and trick a person into clicking in it.

/** What the check reads of a window (`window` itself in the app). */
export interface View {
  readonly top: { readonly location: { readonly origin: string } } | null;
  readonly self: unknown;
  readonly location: { readonly origin: string };
}

/** Whether the page is shown inside a frame of another origin. Reading a cross-origin parent's
 * location throws, and that is the answer; a frame of the app's own origin is allowed. */
export function framedByAnotherOrigin(view: View): boolean {
  try {
    const top = view.top;
    if (top === null || top === view.self) return false;
    return top.location.origin !== view.location.origin;
  } catch {
    return true;
  }
}
