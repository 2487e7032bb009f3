// Small device settings kept with the data (last place in the app), each read back through its schema.
import { settingSchemas, type SettingKey, type SettingValue } from '../domain/settings';
import { database } from './database';

export async function getSetting<K extends SettingKey>(
  key: K,
): Promise<SettingValue<K> | undefined> {
  const parsed = settingSchemas[key].safeParse((await database().settings.get(key))?.value);
  // Each key's schema gives its own value type; TypeScript cannot follow a generic key through the map.
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await database().settings.put({ key, value });
}
