import { Injectable } from '@nestjs/common';
import { ConflictError, Db, isUuid, NotFoundError, StoredFile } from '@koers/server-db';
import { allowedTypes, checkContent, Files, readUpload, shortenFilename } from '@koers/server-files';
import type { FastifyRequest } from 'fastify';
import { Groups } from '../groups/groups.service';
import type { GroupMaterialView } from '../views';

const MB = 1024 * 1024;
export const MAX_MATERIAL_BYTES = 20 * MB;
export const MAX_MATERIALS = 50;
/** Slides, handouts, worksheets and recordings of a session. */
const ALLOWED = allowedTypes(['pdf', 'pptx', 'docx', 'xlsx', 'png', 'jpg', 'jpeg', 'mp4']);
export const MATERIAL_PURPOSE = 'group_material';

/** A group's materials: stored files owned by the group; its participants read them, staff add and remove them. */
@Injectable()
export class Materials {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
    private readonly files: Files,
  ) {}

  async list(groupId: string): Promise<GroupMaterialView[]> {
    await this.groups.load(groupId);
    const files = await this.db.em.find(StoredFile, { where: { ownerId: groupId, purpose: MATERIAL_PURPOSE }, order: { createdAt: 'ASC', id: 'ASC' } });
    return files.map(view);
  }

  async add(groupId: string, req: FastifyRequest): Promise<GroupMaterialView[]> {
    const { group, step } = await this.groups.load(groupId);
    Groups.assertOpen(group, step);
    const count = await this.db.em.count(StoredFile, { where: { ownerId: groupId, purpose: MATERIAL_PURPOSE } });
    if (count >= MAX_MATERIALS) {
      throw new ConflictError({ nl: `Er zijn al ${count} materialen; meer dan ${MAX_MATERIALS} kan niet`, en: `There are ${count} materials already; no more than ${MAX_MATERIALS} are allowed` }, { code: 'material.too_many', field: 'file', params: { max: MAX_MATERIALS } });
    }
    const file = await readUpload(req, { maxBytes: MAX_MATERIAL_BYTES, allowed: ALLOWED });
    checkContent(file);
    await this.files.store({ organisationId: null, purpose: MATERIAL_PURPOSE, ownerId: groupId, filename: shortenFilename(file.filename), contentType: file.contentType, content: file.content });
    return this.list(groupId);
  }

  async remove(groupId: string, fileId: string): Promise<void> {
    await this.groups.load(groupId);
    const found = isUuid(fileId) ? await this.db.em.findOne(StoredFile, { where: { id: fileId, ownerId: groupId, purpose: MATERIAL_PURPOSE } }) : null;
    if (!found) throw new NotFoundError('StoredFile', fileId);
    await this.db.em.delete(StoredFile, { id: fileId });
  }
}

function view(f: StoredFile): GroupMaterialView {
  return { id: f.id, filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes, createdAt: f.createdAt };
}
