import { isAtlasError } from '../../shared/errors.ts';

/** The sentence to show for an error: the AtlasError's own message, else a generic one. */
export function errorSentence(error: unknown): string {
  if (isAtlasError(error)) return error.message;
  return 'Something went wrong; please try again.';
}

/** A clear error box with an optional action. */
export function ErrorMessage({ message, action }: { message: string; action?: { label: string; onClick(): void } }) {
  return (
    <div className="atlas-error-box" role="alert">
      <span>{message}</span>
      {action ? (
        <button type="button" className="atlas-button atlas-button--small" onClick={action.onClick}>
          {action.label}
        </button>
      ) : null}
    </div>
  );
}
