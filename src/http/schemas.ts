// Shared request/response schemas (TypeBox: JSON Schema for validation and the OpenAPI document,
// and the TypeScript types of the handlers from the same definition).
import { Type, type TSchema } from 'typebox';

export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: '日期，YYYY-MM-DD', examples: ['2024-09-27'] });
export const Uuid = Type.String({ format: 'uuid', description: '标识（UUID）' });
export const Year = Type.Integer({ minimum: 2019, maximum: 2199, description: '报告年度' });

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: '稳定的错误代码，见 docs/errors.md' }),
      message: Type.String({ description: '中文说明' }),
      details: Type.Optional(Type.Array(Type.Unknown())),
    }),
  },
  { $id: 'ErrorBody', description: '错误' },
);

/** The error responses every route may give, for the OpenAPI document. */
export function withErrors<T extends Record<number, TSchema>>(ok: T, ...statuses: number[]): T & Record<number, TSchema> {
  const out: Record<number, TSchema> = { ...ok };
  for (const s of [400, 422, 429, 500, ...statuses]) out[s] = Type.Ref('ErrorBody');
  return out as T & Record<number, TSchema>;
}

/**
 * Text from people: not blank, no control characters other than tab and line breaks (they would
 * corrupt letters, exports and logs), at most `maxLength` characters.
 */
export function text(maxLength: number, description: string) {
  return Type.String({ minLength: 1, maxLength, pattern: '^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$', description });
}

export const Loose = Type.Object({}, { additionalProperties: true });
