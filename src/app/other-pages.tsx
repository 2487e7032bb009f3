// The two pages shown instead of the app, each loaded only when needed so a normal start carries
// neither: the notice when another site frames Boussole, and client mode when a client holds the device.
import { createRoot } from 'react-dom/client';

export type OtherPage = 'framed' | 'client-mode';

export async function startOtherPage(root: HTMLElement, page: OtherPage): Promise<void> {
  if (page === 'framed') {
    const { FramedNotice } = await import('./FramedNotice');
    createRoot(root).render(<FramedNotice />);
  } else {
    const { startClientMode } = await import('./ClientModeShell');
    await startClientMode(root);
  }
}
