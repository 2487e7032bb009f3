// Small device settings kept with the data (last place in the app).
import { database } from './database';

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await database().settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await database().settings.put({ key, value });
}
