import { BadInputError } from '@koers/server-db';
import type { Upload } from './upload';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isZip = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** A kind of file by its extension: the types a download is served as, and the content's own signature (so a renamed file is refused). */
export interface FileType {
  types: string[];
  looksRight(content: Buffer): boolean;
}

export const FILE_TYPES = {
  pdf: { types: ['application/pdf'], looksRight: (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  png: { types: ['image/png'], looksRight: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  jpg: { types: ['image/jpeg'], looksRight: isJpeg },
  jpeg: { types: ['image/jpeg'], looksRight: isJpeg },
  docx: { types: [DOCX], looksRight: isZip },
  pptx: { types: [PPTX], looksRight: isZip },
  xlsx: { types: [XLSX], looksRight: isZip },
  mp4: { types: ['video/mp4'], looksRight: (b: Buffer) => b.subarray(4, 8).toString('latin1') === 'ftyp' },
} satisfies Record<string, FileType>;
export type FileExtension = keyof typeof FILE_TYPES;

/** The `allowed` option of readUpload for these extensions. */
export function allowedTypes(extensions: readonly FileExtension[]): Record<string, string[]> {
  return Object.fromEntries(extensions.map((ext) => [ext, FILE_TYPES[ext].types]));
}

/** The extension decided the type; the content must agree (a renamed .exe is no PDF). 400 naming the file otherwise. */
export function checkContent(file: Pick<Upload, 'filename' | 'content'>): void {
  const ext = file.filename.toLowerCase().split('.').pop() ?? '';
  const type = (FILE_TYPES as Record<string, FileType>)[ext];
  if (!type?.looksRight(file.content)) {
    throw new BadInputError('file', { nl: `${file.filename}: de inhoud is geen .${ext}-bestand`, en: `${file.filename}: the content is not a .${ext} file` }, { code: 'upload.content_mismatch' });
  }
}

/** stored_file.filename holds 200 characters; a longer name is cut, keeping its extension. */
export function shortenFilename(filename: string): string {
  if (filename.length <= 200) return filename;
  const dot = filename.lastIndexOf('.');
  const ext = dot > 0 && filename.length - dot <= 10 ? filename.slice(dot) : '';
  return filename.slice(0, 200 - ext.length) + ext;
}
