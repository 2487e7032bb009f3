// Deleting everything this device holds (the database and the typed drafts).
import { loadDeviceData } from '../../storage';
import { attemptSave } from '../save';

export function deleteAllData(): Promise<boolean> {
  return attemptSave(async () => {
    await (await loadDeviceData()).deleteAllData();
  });
}
