// Turns what happens to the database while the app runs into the storage state the screens show.
import { dropAllDrafts, onDatabaseEvent } from '../storage';
import { useStorageStore } from './storage-store';

export function followDatabaseEvents(): () => void {
  return onDatabaseEvent((event) => {
    switch (event) {
      case 'upgrade-blocked':
        useStorageStore.setState({ waiting: 'upgrade' });
        return;
      case 'deletion-blocked':
        useStorageStore.setState({ waiting: 'deletion' });
        return;
      case 'opened':
        if (useStorageStore.getState().waiting !== undefined) {
          useStorageStore.setState({ waiting: undefined });
        }
        return;
      default:
        // The first loss closed the connection; any later event adds nothing this tab can act on.
        if (useStorageStore.getState().loss !== undefined) return;
        // Text typed here before the data was deleted or replaced belongs to records that are gone
        // or changed: recovering it after the reload would write it over them.
        if (event === 'deleted' || event === 'replaced') dropAllDrafts();
        useStorageStore.setState({ loss: event });
    }
  });
}
