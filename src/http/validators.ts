// Request validation: one ajv for bodies, one for the rest. Query strings, paths and headers arrive as
// text and are coerced to the schema's types ("12" → 12, one value → an array); JSON bodies already
// carry their types, and coercing them would be wrong (ajv turns null into 0 or 0 into null when a
// schema allows both — a blank cell would become a figure).
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchema } from 'fastify';

// ajv-formats is CommonJS: its default export is the module.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, coerceTypes: coerce ? 'array' : false, removeAdditional: false, useDefaults: true, strict: false });
  addFormats(ajv);
  return ajv;
}

export function requestValidators(): (route: { schema: FastifySchema; httpPart?: string }) => ValidateFunction {
  const body = makeAjv(false);
  const text = makeAjv(true);
  return ({ schema, httpPart }) => (httpPart === 'body' ? body : text).compile(schema as object);
}
