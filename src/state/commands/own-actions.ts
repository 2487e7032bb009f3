// The organization's own actions on a cycle's roadmap: adding, changing and deleting one. Each resolves
// to whether it was saved (`attemptSave` says truly what happened when a write fails).
import type { OwnActionChange, OwnActionFields } from '../../domain/own-action';
import { loadOwnActions } from '../../storage';
import { attemptSave } from '../save';
import { changeName } from './change-name';

export function addOwn(cycleId: string, fields: OwnActionFields): Promise<boolean> {
  return attemptSave(async () => {
    await (await loadOwnActions()).addOwnAction(cycleId, fields);
  });
}

export function changeOwn(cycleId: string, id: string, change: OwnActionChange): Promise<boolean> {
  return attemptSave(
    async () => (await loadOwnActions()).updateOwnAction(cycleId, id, change),
    changeName(`own:${cycleId}:${id}`, change),
  );
}

export function deleteOwn(cycleId: string, id: string): Promise<boolean> {
  return attemptSave(async () => (await loadOwnActions()).deleteOwnAction(cycleId, id));
}
