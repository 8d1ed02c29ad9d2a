// Field schemas shared by the inputs of several features.
import { z } from 'zod';

export const today = (): string => new Date().toISOString().slice(0, 10);

export const isoDate = z.string().refine(
  (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
  { message: 'validation.badDate' },
);

/** Free text shown to people: trimmed, no control characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), { message: 'validation.controlChars' });

export const name = (max = 120) => text(max).min(1);
export const optionalText = (max: number) => text(max).nullish();
export const strength = z.number().int().min(1).max(5);
export const version = z.number().int().min(1);
