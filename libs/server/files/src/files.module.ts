import { Module } from '@nestjs/common';
import { Files, FilesController } from './files';

/** Stored files of every step: kept in PostgreSQL under the same tenancy rules, downloaded at /api/files/:id. */
@Module({ controllers: [FilesController], providers: [Files], exports: [Files] })
export class FilesModule {}
