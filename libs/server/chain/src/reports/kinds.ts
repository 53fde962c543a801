import { declareDocumentKind } from '@koers/server-documents';

/** Step 3's documents: each is rendered by one @DocumentRenderer in ChainDocuments (the worker side). */
export const CHAIN_RESULTS = declareDocumentKind('chain_results', { owner: 'programme_group (a chain project)' });
export const SECTOR_RESULTS = declareDocumentKind('sector_results', { owner: 'sector_programme' });
