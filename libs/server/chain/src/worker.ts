import { Module } from '@nestjs/common';
import { ChainDocuments } from './reports/chain-documents';

/** Worker side of step 3: the renderers of its results reports. A separate entry point (`@koers/server-chain/worker`) so the API never loads them. */
@Module({ providers: [ChainDocuments] })
export class ChainWorkerModule {}
