import { Module } from '@nestjs/common';
import { DocumentHandlers } from './documents/document.handlers';

/**
 * Worker side of the track: rendering its PDFs. A separate entry point
 * (`@koers/server-koploper/worker`) so the API never loads the PDF renderer.
 */
@Module({ providers: [DocumentHandlers] })
export class KoploperWorkerModule {}
