import { ApiError, describeApiError } from '../api/api-error';

/** role="alert" in plain words, with Retry and the request id for support. */
export function ErrorAlert({
  error,
  onRetry,
  className,
}: {
  error: unknown;
  onRetry?: () => void;
  className?: string;
}) {
  const { title, detail } = describeApiError(error);
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div role="alert" className={`rounded-lg border border-down bg-surface p-4 ${className ?? ''}`}>
      <p className="font-semibold text-down">{title}</p>
      <p className="mt-1 text-sm">{detail}</p>
      {requestId && (
        <p className="mt-1 text-xs text-ink-muted">
          Request id: <code>{requestId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" className="btn mt-3" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
