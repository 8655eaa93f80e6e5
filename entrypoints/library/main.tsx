/**
 * Library entry: opens the extension's database in this page (an extension page may; `liveQuery` keeps the list
 * live), asks the background to open notes' pages (it needs the tabs), and downloads exports through a Blob link
 * (no `downloads` permission needed).
 */
import { render } from 'preact';
import { db } from '@/lib/db/instance';
import { requestPersistentStorage } from '@/lib/db/persist';
import { backgroundMessenger } from '@/lib/messaging/messengers';
import App from './App';
import { createWorkerImportSession } from './import-client';
import { createLibrarySource, type ExportFile } from './library-source';
import '@/components/theme.css';

performance.mark('crux:library-start');

/** Saves a file through a temporary object URL and an `<a download>` click. */
function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// Files over 1 MB are read, checked and merged in a worker; it starts on the first such file.
const workerSession = createWorkerImportSession();
const source = createLibrarySource(db, {
  openNoteInPage: (request) => backgroundMessenger.sendMessage('openNoteInPage', request),
  mark: (name) => performance.mark(name),
  workerImport: () => workerSession,
});
// Reviewing notes is the moment the reader cares most that they survive storage pressure.
void requestPersistentStorage(navigator.storage).catch(() => {});

const root = document.getElementById('app');
if (root) render(<App source={source} download={download} mark={(name) => performance.mark(name)} />, root);
