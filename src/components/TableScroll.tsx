// A table wider than a narrow screen scrolls sideways inside this region. The region can take the focus,
// so a keyboard user can scroll it with the arrow keys, and it is named by the table's caption.
import type { ReactNode } from 'react';

export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-labelledby={captionId}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable
      tabIndex={0}
    >
      {children}
    </div>
  );
}
