import { readOnlySentence, useLibraryStatus } from '../api/LibraryStatus.tsx';

/** Says, on every screen, that the library is read-only and why. */
export function ReadOnlyBanner() {
  const sentence = readOnlySentence(useLibraryStatus());
  if (sentence === null) return null;
  return (
    <div className="atlas-read-only" role="status" aria-label="Read-only library">
      <strong>Read-only.</strong> {sentence} To edit, make the library file and its folder writable, then open it again.
    </div>
  );
}
