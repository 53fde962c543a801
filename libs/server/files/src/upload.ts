import type { FastifyRequest } from 'fastify';
import '@fastify/multipart';
import { BadInputError } from '@koers/server-db';

export interface Upload {
  filename: string;
  contentType: string;
  content: Buffer;
  /** The form's other fields (year, ...), as text. */
  fields: Record<string, string>;
}

const MB = 1024 * 1024;

/**
 * Reads a multipart request with one file in the field `file`. Refuses (400,
 * naming the field) a request that is not multipart, has no file, or whose file
 * is larger than `maxBytes` or of a type not in `allowed` (by extension).
 */
export async function readUpload(req: FastifyRequest, opts: { maxBytes: number; allowed: Record<string, string[]> }): Promise<Upload> {
  if (!req.isMultipart()) throw new BadInputError('file', { nl: 'Stuur het bestand als multipart/form-data in het veld "file"', en: 'Send the file as multipart/form-data in the field "file"' }, { code: 'upload.not_multipart' });
  let file: Upload | null = null;
  const fields: Record<string, string> = {};
  try {
    // The endpoint's own limit, enforced while the upload streams in (the global one is the largest any endpoint takes).
    for await (const part of req.parts({ limits: { files: 1, fileSize: opts.maxBytes } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) {
          await part.toBuffer();
          continue;
        }
        const content = await part.toBuffer();
        file = { filename: part.filename, contentType: part.mimetype, content, fields };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw new BadInputError('file', { nl: `Het bestand is te groot (max ${opts.maxBytes / MB} MB) of er zijn te veel delen`, en: `The file is too large (max ${opts.maxBytes / MB} MB) or there are too many parts` }, { code: 'upload.too_large', params: { maxMb: opts.maxBytes / MB } });
    }
    if (code?.startsWith('FST_')) throw new BadInputError('file', { nl: `Het formulier kon niet gelezen worden (${code})`, en: `The form could not be read (${code})` }, { code: 'upload.unreadable', params: { reason: code } });
    throw e;
  }
  if (!file || file.content.length === 0) throw new BadInputError('file', { nl: 'Geen bestand ontvangen in het veld "file"', en: 'No file received in the field "file"' }, { code: 'upload.missing' });
  if (file.content.length > opts.maxBytes) {
    throw new BadInputError('file', { nl: `${file.filename} is ${(file.content.length / MB).toFixed(1).replace('.', ',')} MB; het maximum is ${opts.maxBytes / MB} MB`, en: `${file.filename} is ${(file.content.length / MB).toFixed(1)} MB; the maximum is ${opts.maxBytes / MB} MB` }, { code: 'upload.too_large', params: { maxMb: opts.maxBytes / MB } });
  }
  const ext = file.filename.toLowerCase().split('.').pop() ?? '';
  const types = opts.allowed[ext];
  if (!types) {
    const list = Object.keys(opts.allowed).map((e) => `.${e}`).join(', ');
    throw new BadInputError('file', { nl: `${file.filename}: dit bestandstype is niet toegestaan; wel: ${list}`, en: `${file.filename}: this file type is not allowed; allowed: ${list}` }, { code: 'upload.type', params: { allowed: Object.keys(opts.allowed) } });
  }
  // Browsers send their own guess; trust the extension, but keep a sane type for downloads.
  if (!types.includes(file.contentType)) file.contentType = types[0] ?? 'application/octet-stream';
  return file;
}
