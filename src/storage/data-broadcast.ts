// Tells Boussole's other tabs on this device that this tab replaced or deleted all data. A restore in
// "replace" mode changes no schema version, so IndexedDB itself tells the other tabs nothing: they
// would go on showing (and saving edits to) records that are no longer there.
export type DataChange = 'replaced' | 'deleted';

// One channel object per tab, used to send and to listen: a channel never receives its own messages,
// so a tab is not told about its own restore.
let tuned: { databaseName: string; channel: BroadcastChannel } | undefined;

function channelFor(databaseName: string): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (tuned?.databaseName !== databaseName) {
    tuned?.channel.close();
    const channel = new BroadcastChannel(`boussole-data:${databaseName}`);
    // Node (unit tests) would otherwise keep running for an open channel; browsers have no unref.
    (channel as { unref?: () => void }).unref?.();
    tuned = { databaseName, channel };
  }
  return tuned.channel;
}

export function announceDataChange(databaseName: string, change: DataChange): void {
  channelFor(databaseName)?.postMessage({ change });
}

export function onDataChangeElsewhere(
  databaseName: string,
  listener: (change: DataChange) => void,
): () => void {
  const channel = channelFor(databaseName);
  if (!channel) return () => undefined;
  const receive = (event: MessageEvent) => {
    const change = (event.data as { change?: unknown } | null)?.change;
    if (change === 'replaced' || change === 'deleted') listener(change);
  };
  channel.addEventListener('message', receive);
  return () => {
    channel.removeEventListener('message', receive);
  };
}
