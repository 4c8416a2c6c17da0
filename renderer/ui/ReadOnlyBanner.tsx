import { readOnlySentence, useLibraryStatus } from '../api/LibraryStatus.tsx';

/** Says, on every screen, that editing is off and why: a read-only library, or a workshop role that only views. */
export function ReadOnlyBanner() {
  const status = useLibraryStatus();
  const sentence = readOnlySentence(status);
  if (sentence === null) return null;
  if (status.workshopViewer) {
    return (
      <div className="atlas-read-only" role="status" aria-label="View only">
        <strong>View only.</strong> {sentence}
      </div>
    );
  }
  return (
    <div className="atlas-read-only" role="status" aria-label="Read-only library">
      <strong>Read-only.</strong> {sentence} To edit, make the library file and its folder writable, then open it again.
    </div>
  );
}
