import { z } from 'zod';
import { idOf } from '../shared/ids.js';
import { name, optionalText, version } from '../shared/fields.js';

const agencyKind = z.enum(['SCHOOL', 'SOCIAL_SERVICES', 'POLICE', 'LEISURE', 'YOUTH_SCHOOL', 'HEALTH', 'HOUSING', 'ASSOCIATION', 'OTHER']);
const phone = z.string().trim().regex(/^\+?[0-9][0-9 ()-]{2,29}$/);
const email = z.string().trim().max(200).pipe(z.email());

export const createAgencyInput = z.object({ name: name(160), kind: agencyKind, municipality: optionalText(120) });

export const updateAgencyInput = z.object({
  id: idOf('agency'),
  version,
  name: name(160).nullish(),
  kind: agencyKind.nullish(),
  municipality: optionalText(120),
});

export const createAgencyContactInput = z.object({
  agencyId: idOf('agency'),
  name: name(160),
  title: optionalText(120),
  phone: phone.nullish(),
  email: email.nullish(),
});

export const updateAgencyContactInput = z.object({
  id: idOf('contact'),
  version,
  name: name(160).nullish(),
  title: optionalText(120),
  phone: phone.nullish(),
  email: email.nullish(),
});

export const setResponsibilityInput = z.object({ contactId: idOf('contact'), personId: idOf('person'), responsible: z.boolean() });
