// The transfer worker: reads, checks, compares and writes backups and response files off the page,
// so a large file never freezes it (transfer-host.ts does the work; transfer-session.ts starts it).
import { keepDefinitionCopiesIn } from '../../content/catalog';
import { getDefinitionCopy, keepDefinitionCopy } from '../definition-copies';
import { serveTransfers } from './transfer-host';

// As on the page (main.tsx): published definitions are read from the copies kept on the device.
if (import.meta.env.PROD) {
  keepDefinitionCopiesIn({ get: getDefinitionCopy, keep: keepDefinitionCopy });
}

// A dedicated worker's global scope: messages from the page arrive here, and go back from here.
serveTransfers(self);
