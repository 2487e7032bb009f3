// How many records of each kind this device holds, live, for the data and settings screen.
import { loadDeviceData } from '../../storage';
import { useLive } from './use-live';

export const useStoredCounts = () =>
  useLive(async () => (await loadDeviceData()).countStored(), []);
