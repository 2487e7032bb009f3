// The shape of a revision in stored records and files (storage/revision.ts says what one means). Apart
// from storage/revision.ts so that writing a record, on the first screens, does not bring the schema along. The
// checks are plain functions, not z.refine: zod's schema module is on the first load, and z.refine
// would bring its custom-schema class there.
import { z } from 'zod/mini';

/** A device id: 16 random hexadecimal digits, made once per browser profile. */
export const deviceIdSchema = z.string().check(z.regex(/^[0-9a-f]{16}$/));

/** A record is rarely written by more than a handful of devices; the cap keeps hostile files small. */
const MAX_DEVICES = 1000;

export const revisionSchema = z
  .strictObject({
    /** Writes seen, by device id. */
    vector: z
      .record(deviceIdSchema, z.int().check(z.positive(), z.lte(Number.MAX_SAFE_INTEGER)))
      .check((payload) => {
        if (Object.keys(payload.value).length > MAX_DEVICES)
          payload.issues.push({
            code: 'custom',
            message: 'too many devices',
            input: payload.value,
          });
      }),
    /** The device that wrote this copy last (one of the vector's keys). */
    by: deviceIdSchema,
  })
  .check((payload) => {
    if (!Object.hasOwn(payload.value.vector, payload.value.by))
      payload.issues.push({ code: 'custom', message: 'by is not a writer', input: payload.value });
  });
export type Revision = z.infer<typeof revisionSchema>;
