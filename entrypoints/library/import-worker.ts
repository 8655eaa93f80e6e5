/**
 * The library's import worker: files over `WORKER_IMPORT_BYTES` are read, parsed, checked and merged here, off the
 * library page's thread (100,000 annotations, 63 MB, take seconds to parse), and only progress, counts and error
 * codes go back — never the parsed notes. The worker opens the extension's database itself (a worker of an
 * extension page shares its origin); the page's live list hears the writes through Dexie's cross-context change
 * events.
 *
 * Protocol (`ImportWorkerRequest` → `ImportWorkerReply`): `preview` with the file → `progress` now and then, then
 * `previewed`; `commit` → `committed`.
 */
import { createCruxDb } from '@/lib/db/schema';
import { createImportSession } from './import-session';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-client';

const scope = self as unknown as {
  postMessage(message: ImportWorkerReply): void;
  onmessage: ((event: MessageEvent<ImportWorkerRequest>) => void) | null;
};

const session = createImportSession(createCruxDb(), Date.now);

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === 'preview') {
    void session
      .preview(request.file, (progress) => scope.postMessage({ kind: 'progress', progress }))
      .then((result) => scope.postMessage({ kind: 'previewed', result }));
  } else {
    void session.commit().then((result) => scope.postMessage({ kind: 'committed', result }));
  }
};
