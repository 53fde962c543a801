import { Module } from '@nestjs/common';
import { KoploperDocuments } from './documents/koploper-documents';

/**
 * Worker side of the track: the renderers of its PDFs (the documents library's
 * `document.render` job calls them). A separate entry point
 * (`@koers/server-koploper/worker`) so the API never loads them.
 */
@Module({ providers: [KoploperDocuments] })
export class KoploperWorkerModule {}
