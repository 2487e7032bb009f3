// The organization's own actions on a cycle's roadmap: adding, changing and deleting one. Each resolves
// to whether it was saved (`attemptSave` says truly what happened when a write fails).
import { ownActionFieldKey } from '../../domain/drafts';
import type { OwnActionChange, OwnActionFields } from '../../domain/own-action';
import { loadRoadmapActions } from '../../storage';
import { attemptSave } from '../save';

export function addOwn(cycleId: string, fields: OwnActionFields): Promise<boolean> {
  return attemptSave(async () => {
    await (await loadRoadmapActions()).addOwnAction(cycleId, fields);
  });
}

export function changeOwn(cycleId: string, id: string, change: OwnActionChange): Promise<boolean> {
  return attemptSave(
    async () => (await loadRoadmapActions()).updateOwnAction(cycleId, id, change),
    ownActionFieldKey(cycleId, id, Object.keys(change).join()),
  );
}

export function deleteOwn(cycleId: string, id: string): Promise<boolean> {
  return attemptSave(async () => (await loadRoadmapActions()).deleteOwnAction(cycleId, id));
}
