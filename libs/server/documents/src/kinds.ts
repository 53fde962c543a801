/**
 * The catalogue of document kinds. Each step declares its own kinds where its
 * renderers live (`declareDocumentKind('profile_pdf', ...)`); nothing shared
 * lists them. At start the worker checks that every declared kind has exactly
 * one `@DocumentRenderer` (see DocumentRenderers).
 */
export interface DocumentKindInfo {
  kind: string;
  /** What the job's `ownerId` names, e.g. 'sustainability_profile (published)'. */
  owner: string;
}

/** A kind is also the stored file's `purpose`: the database allows `^[a-z_]{1,32}$`. */
export const DOCUMENT_KIND_PATTERN = /^[a-z_]{1,32}$/;

const declared = new Map<string, DocumentKindInfo>();

/** Declares a kind of document and returns it, to use as the renderer's and the producer's constant. */
export function declareDocumentKind<K extends string>(kind: K, about: { owner: string }): K {
  if (!DOCUMENT_KIND_PATTERN.test(kind)) throw new Error(`document kind ${JSON.stringify(kind)} must match ${DOCUMENT_KIND_PATTERN} (it is the stored file's purpose)`);
  const known = declared.get(kind);
  if (known && known.owner !== about.owner) throw new Error(`document kind ${kind} is declared twice: for ${known.owner} and for ${about.owner}`);
  declared.set(kind, { kind, owner: about.owner });
  return kind;
}

/** Every kind declared by the code loaded so far, in declaration order. */
export function declaredDocumentKinds(): DocumentKindInfo[] {
  return [...declared.values()];
}
