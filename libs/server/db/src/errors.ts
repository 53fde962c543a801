/** Thrown by scoped data access when an object does not exist for this tenant; the API answers 404. */
export class NotFoundError extends Error {
  constructor(public readonly entity: string, public readonly id: string) {
    super(`${entity} ${id} niet gevonden / not found`);
  }
}

/** A write that breaks a business rule the client could have known about; the API answers 409. */
export class ConflictError extends Error {
  constructor(message: string, public readonly field?: string) {
    super(message);
  }
}

/** A dependency (Redis, the queue backend) is unavailable; the API answers 503. */
export class ServiceUnavailableError extends Error {}

/** Input that passed shape validation but names something that does not fit (unknown reference); the API answers 400 naming the field. */
export class BadInputError extends Error {
  constructor(
    public readonly field: string,
    message: string,
    /** Every offending field, when there are several. */
    public readonly fields: { field: string; message: string }[] = [{ field, message }],
  ) {
    super(`${field}: ${message}`);
  }
}
