// The shared contract's JSON schema as a validator, for tests.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { SCHEMA_PATH } from './fixtures.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);

/** Null when `value` matches the contract; else the validator's complaints. */
export function contractErrors(value: unknown): string | null {
  return validate(value) ? null : ajv.errorsText(validate.errors);
}
