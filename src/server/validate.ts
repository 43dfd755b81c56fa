/** Request input through a zod schema; a ZodError becomes a 400 naming the field (http-error.ts). */
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './http-error.js';

export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    throw new ApiError(400, 'invalid_input', "The request body should be JSON, sent with 'Content-Type: application/json'.");
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  return schema.parse(raw);
}

export const query = <S extends z.ZodType>(c: Context, schema: S): z.infer<S> => schema.parse(c.req.query());

export const param = <S extends z.ZodType>(c: Context, name: string, schema: S): z.infer<S> => {
  const r = schema.safeParse(c.req.param(name));
  if (!r.success) throw new ApiError(400, 'invalid_input', `'${name}' in the path should be ${r.error.issues[0].message}`, name);
  return r.data;
};
