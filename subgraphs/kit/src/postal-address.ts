import { p } from '@mikro-orm/core';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import type { Message } from './user-errors.ts';
import { validInput } from './user-errors.ts';

/** A postal address as people type it, before validation. */
export interface PostalAddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
}

export interface PostalAddress {
  name: string;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  phone: string | null;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const postalAddressSchema = z.object({
  name: text(100),
  line1: text(200),
  line2: z.string().trim().max(200).nullish(),
  postalCode: text(20),
  city: text(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code)),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{6,20}$/)
    .nullish(),
});

const messageFor = (field: string): Message => {
  if (field.endsWith('.country')) {
    return {
      en: 'Use a two-letter ISO country code, e.g. FR.',
      fr: 'Utilisez un code pays ISO à deux lettres, par ex. FR.',
    };
  }
  if (field.endsWith('.phone')) {
    return { en: 'Enter a valid phone number.', fr: 'Saisissez un numéro de téléphone valide.' };
  }
  return { en: 'This field is required (or too long).', fr: 'Ce champ est requis (ou trop long).' };
};

/**
 * Validates and normalises an address (trimmed, country upper-cased, blanks as null); the first
 * problem becomes a UserInputError on `<at>.<field>`, e.g. `input.address.country`.
 */
export function validPostalAddress(input: PostalAddressInput, at: string): PostalAddress {
  const valid = validInput(postalAddressSchema, input, messageFor, at);
  return { ...valid, line2: valid.line2 || null, phone: valid.phone || null };
}

/** The columns of a postal address, for an entity that stores one (an address book, a copy of it). */
export function postalAddressColumns() {
  return {
    name: p.string(),
    line1: p.string(),
    line2: p.string().nullable(),
    postalCode: p.string(),
    city: p.string(),
    country: p.string().length(2),
    phone: p.string().nullable(),
  };
}
