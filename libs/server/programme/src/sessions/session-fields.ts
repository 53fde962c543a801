import type { ProgrammeSession } from '@koers/server-db';

/** A session's own fields as every view shows them, with the participant it belongs to (null: the whole group) by name. */
export function sessionFields(s: ProgrammeSession, names: ReadonlyMap<string, string>) {
  const { enrolmentId, ...rest } = s;
  return { ...rest, participantId: enrolmentId, organisationName: enrolmentId ? (names.get(enrolmentId) ?? null) : null };
}
