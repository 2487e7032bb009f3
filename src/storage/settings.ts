// Small device settings kept with the data (last place in the app), each read back through its schema.
import { settingSchemas, type SettingKey, type SettingValue } from '../domain/settings';
import { database } from './database';

export async function getSetting<K extends SettingKey>(
  key: K,
): Promise<SettingValue<K> | undefined> {
  const parsed = settingSchemas[key].safeParse((await database().settings.get(key))?.value);
  return parsed.success ? parsed.data : undefined;
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await database().settings.put({ key, value });
}
