import { requireClaims, UserInputError, validInput } from '@comptoir/kit';
import countries from 'i18n-iso-countries';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import type { AuthContext } from './context.ts';
import { Address, User } from './user.ts';

export interface AddressInput {
  name: string;
  line1: string;
  line2?: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone?: string | null;
  isDefaultShipping?: boolean | null;
  isDefaultBilling?: boolean | null;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const addressSchema = z.object({
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

const fieldMessages = (field: string) => {
  const messages: Record<string, { en: string; fr: string }> = {
    'input.address.country': {
      en: 'Use a two-letter ISO country code, e.g. FR.',
      fr: 'Utilisez un code pays ISO à deux lettres, par ex. FR.',
    },
    'input.address.phone': { en: 'Enter a valid phone number.', fr: 'Saisissez un numéro de téléphone valide.' },
  };
  return messages[field] ?? { en: 'This field is required (or too long).', fr: 'Ce champ est requis (ou trop long).' };
};

const addressNotFound = new UserInputError(
  'NOT_FOUND',
  { en: 'No such address.', fr: 'Adresse introuvable.' },
  'input.addressId',
);

function validAddress(input: AddressInput) {
  const valid = validInput(addressSchema, input, fieldMessages, 'input.address');
  return { ...valid, line2: valid.line2 || null, phone: valid.phone || null };
}

/** Adds an address to the signed-in user's book; the first one becomes the default for both uses. */
export async function addAddress(ctx: AuthContext, input: AddressInput): Promise<{ address: Address }> {
  const claims = requireClaims(ctx);
  const fields = validAddress(input);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: claims.sub });
    const address = em.create(Address, { id: uuidv7(), userId: user.id, ...fields });
    applyDefaults(user, address.id, {
      shipping: input.isDefaultShipping ?? !user.defaultShippingAddressId,
      billing: input.isDefaultBilling ?? !user.defaultBillingAddressId,
    });
    return { address };
  });
}

/** Only the owner changes an address; anyone else is told it does not exist. */
export async function updateAddress(
  ctx: AuthContext,
  addressId: string,
  input: AddressInput,
): Promise<{ address: Address }> {
  const claims = requireClaims(ctx);
  const fields = validAddress(input);
  return ctx.em.transactional(async (em) => {
    const address = await em.findOne(Address, { id: addressId, userId: claims.sub });
    if (!address) throw addressNotFound;
    Object.assign(address, fields);
    const user = await em.findOneOrFail(User, { id: claims.sub });
    applyDefaults(user, address.id, {
      shipping: input.isDefaultShipping ?? false,
      billing: input.isDefaultBilling ?? false,
    });
    return { address };
  });
}

export async function removeAddress(ctx: AuthContext, addressId: string): Promise<{ removedAddressId: string }> {
  const claims = requireClaims(ctx);
  return ctx.em.transactional(async (em) => {
    const address = await em.findOne(Address, { id: addressId, userId: claims.sub });
    if (!address) throw addressNotFound;
    const user = await em.findOneOrFail(User, { id: claims.sub });
    if (user.defaultShippingAddressId === addressId) user.defaultShippingAddressId = null;
    if (user.defaultBillingAddressId === addressId) user.defaultBillingAddressId = null;
    em.remove(address);
    return { removedAddressId: addressId };
  });
}

function applyDefaults(user: User, addressId: string, make: { shipping: boolean; billing: boolean }) {
  if (make.shipping) user.defaultShippingAddressId = addressId;
  if (make.billing) user.defaultBillingAddressId = addressId;
}
