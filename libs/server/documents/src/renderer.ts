import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export const DOCUMENT_RENDERER = 'koers:document-renderer';

/** What a renderer gets: the job's payload and the worker's transaction (no tenant: it reads across partners). */
export interface DocumentRequest {
  kind: string;
  /** The object the document is about (a profile, an enrolment, a certificate, ...). */
  ownerId: string;
  partnerId: string;
  em: EntityManager;
}

/** What a renderer gives back; the documents library stores it as a stored file of purpose `kind`. */
export interface RenderedDocument {
  /** The owner's tenancy: the stored file gets the same partner and organisation. Must equal the job's partnerId. */
  partnerId: string;
  organisationId: string | null;
  filename: string;
  content: Buffer;
  /** Defaults to application/pdf. */
  contentType?: string;
  /** Runs in the same transaction once the file is stored, e.g. to point the owner at it. */
  stored?: (em: EntityManager, fileId: string) => Promise<void>;
}

export type RenderDocument = (request: DocumentRequest) => Promise<RenderedDocument>;

/**
 * Marks a provider method as the renderer of one declared document kind
 * (`(request: DocumentRequest) => Promise<RenderedDocument>`). The worker finds
 * it at start, like a @JobHandler, and the one `document.render` job calls it.
 */
export const DocumentRenderer = (kind: string) => SetMetadata(DOCUMENT_RENDERER, kind);

/**
 * The api enqueues inside its transaction; until that commits the owner is not
 * visible to the worker yet. Throwing lets BullMQ retry the job.
 */
export async function visibleOrRetry<T>(found: Promise<T | null>, what: string): Promise<T> {
  const value = await found;
  if (!value) throw new Error(`${what} not (yet) visible`);
  return value;
}

/** Why the worker must not start: every declared kind needs exactly one renderer, and every renderer a declared kind. */
export function rendererProblems(declared: readonly string[], found: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const kind of declared) {
    const where = found.get(kind) ?? [];
    if (where.length === 0) problems.push(`document kind ${kind} has no @DocumentRenderer`);
    if (where.length > 1) problems.push(`document kind ${kind} has ${where.length} renderers: ${[...where].sort().join(', ')}`);
  }
  for (const [kind, where] of found) {
    if (!declared.includes(kind)) problems.push(`@DocumentRenderer('${kind}') on ${where.join(', ')} renders a kind nobody declared (declareDocumentKind)`);
  }
  return problems;
}
