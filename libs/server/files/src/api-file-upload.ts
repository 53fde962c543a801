import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';

/**
 * Describes an upload in the OpenAPI document: multipart/form-data with the
 * file in the field `file` (what readUpload reads), and any text fields beside it.
 */
export function ApiFileUpload(file: string, fields: Record<string, { type: 'integer' | 'string'; example?: unknown; description: string }> = {}) {
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: [...Object.keys(fields), 'file'],
        properties: { ...fields, file: { type: 'string', format: 'binary', description: file } },
      },
    }),
  );
}
