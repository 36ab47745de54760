/**
 * The closed set of reasons the estimation engine refuses an input or a model.
 * Callers branch on `code`; `message` is written for an analyst and says which and why.
 */
export type EstimationErrorCode =
  | 'CSV_FORMAT'
  | 'INVALID_TABLE'
  | 'TOO_FEW_LISTS'
  | 'TOO_MANY_LISTS'
  | 'INVALID_LIST_NAME'
  | 'DUPLICATE_LIST_NAME'
  | 'INVALID_PATTERN'
  | 'ALL_ABSENT_PATTERN'
  | 'DUPLICATE_PATTERN'
  | 'INVALID_COUNT'
  | 'EMPTY_TABLE'
  | 'EMPTY_LIST'
  | 'NO_OVERLAPS'
  | 'INVALID_MODEL'
  | 'MODEL_DOES_NOT_EXIST'
  | 'MODEL_NOT_IDENTIFIABLE'
  | 'NO_VALID_MODEL'
  | 'TOO_MANY_MODELS'
  | 'INVALID_OPTION'
  | 'WORKER_FAILED';

/**
 * The only error the engine throws on purpose. `details` carries machine-readable context
 * (the offending line, list or model) so that a caller can point at it.
 */
export class EstimationError extends Error {
  override name = 'EstimationError';

  constructor(
    readonly code: EstimationErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** True when `error` is an {@link EstimationError}, optionally with the given code. */
export function isEstimationError(error: unknown, code?: EstimationErrorCode): error is EstimationError {
  return error instanceof EstimationError && (code === undefined || error.code === code);
}
