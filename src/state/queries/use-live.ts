// A live view of stored data for a screen: `undefined` while it loads, then the latest value. It
// re-renders when the data changes, in this tab or another.
import { useObservable } from 'dexie-react-hooks';
import { live } from '../../storage';

export function useLive<T>(read: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  return useObservable(() => live(read), [...deps]);
}
