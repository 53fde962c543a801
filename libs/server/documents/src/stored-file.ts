import { StoredFile } from '@koers/server-db';
import { Files } from '@koers/server-files';
import type { EntityManager } from 'typeorm';

/**
 * The only place the documents library touches stored files: a document is a
 * stored file whose purpose is its kind and whose owner is the job's ownerId.
 */
export async function storedDocumentId(em: EntityManager, ownerId: string, kind: string): Promise<string | null> {
  return (await em.findOne(StoredFile, { where: { ownerId, purpose: kind }, select: { id: true } }))?.id ?? null;
}

export function storeDocument(em: EntityManager, doc: { partnerId: string; organisationId: string | null; kind: string; ownerId: string; filename: string; contentType: string; content: Buffer }, id: string): Promise<string> {
  const { kind, ...file } = doc;
  return Files.store(em, { ...file, purpose: kind, createdBy: null }, id);
}
