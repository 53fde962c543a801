import { Controller, Get, Injectable, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { Db, NotFoundError, StoredFile, type StoredFilePurpose } from '@koers/server-db';
import type { EntityManager } from 'typeorm';

export interface NewFile {
  partnerId: string;
  organisationId: string | null;
  purpose: StoredFilePurpose;
  ownerId: string;
  filename: string;
  contentType: string;
  content: Buffer;
  createdBy: string | null;
}

/** Files kept in PostgreSQL (stored_file); reads go through the tenant's RLS. */
@Injectable()
export class Files {
  constructor(private readonly db: Db) {}

  /** Stores a file with `em` (the request's or the worker's transaction); returns its id. */
  static async store(em: EntityManager, file: NewFile, id: string): Promise<string> {
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    await em.insert(StoredFile, { id, ...file, sizeBytes: file.content.length, sha256 });
    return id;
  }

  store(file: Omit<NewFile, 'partnerId' | 'createdBy'>): Promise<string> {
    return Files.store(this.db.em, { ...file, partnerId: this.db.tenant.partnerId, createdBy: this.db.tenant.userId }, this.db.newId());
  }

  /** Metadata of the files of one owner, oldest first. */
  list(ownerId: string, purpose: StoredFilePurpose) {
    return this.db.em.find(StoredFile, { where: { ownerId, purpose }, order: { createdAt: 'ASC' } });
  }

  async read(id: string): Promise<StoredFile> {
    const file = await this.db.em
      .createQueryBuilder(StoredFile, 'f')
      .addSelect('f.content')
      .where('f.id = :id', { id })
      .getOne()
      .catch(() => null);
    if (!file) throw new NotFoundError('StoredFile', id);
    return file;
  }

  static send(reply: FastifyReply, file: StoredFile, disposition: 'attachment' | 'inline' = 'attachment') {
    const ascii = file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  }
}

@ApiTags('files')
@Controller('files')
export class FilesController {
  constructor(private readonly files: Files) {}

  /** A stored file the current user may see (participants: their own organisation's). */
  @Get(':id')
  @ApiOperation({ summary: 'Download a stored file the reader may see' })
  @ApiProduces('application/octet-stream')
  async download(@Param('id') id: string, @Res() reply: FastifyReply) {
    return Files.send(reply, await this.files.read(id));
  }
}
