import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { isoDate, name, optionalText, today, version } from '../shared/fields.js';

export const consentScope = z.enum(['TIES', 'FACTORS', 'INFORMATION']);
export const accessPurpose = z.enum(['PREVENTION', 'INVESTIGATION']);

export const recordConsentInput = z
  .object({
    personId: idOf('person'),
    // Who gave it, in words: "mother" is enough, a name is never required.
    givenBy: name(200),
    scope: z.array(consentScope).min(1).max(3).transform((s) => [...new Set(s)].sort()),
    agencyIds: z.array(idOf('agency')).min(1).max(20).transform((a) => [...new Set(a)].sort()),
    givenOn: isoDate.nullish(),
    expiresOn: isoDate.nullish(),
  })
  .refine((v) => !v.givenOn || v.givenOn <= today(), { message: 'validation.notInFuture', path: ['givenOn'] });

export const withdrawConsentInput = z.object({
  id: idOf('consent'),
  version,
  withdrawnBy: optionalText(200),
});
