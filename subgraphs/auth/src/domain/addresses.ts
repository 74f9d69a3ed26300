import {
  type PostalAddressInput,
  type RequestContext,
  recordEvent,
  requireClaims,
  UserInputError,
  validPostalAddress,
} from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { Address, accountGone, User } from './user.ts';

/** Only who acts and the unit of work, so the demo seed can act as a customer outside a request too. */
type AddressBookContext = Pick<RequestContext, 'em' | 'claims' | 'traceparent'>;

export interface AddressInput extends PostalAddressInput {
  isDefaultShipping?: boolean | null;
  isDefaultBilling?: boolean | null;
}

const addressNotFound = new UserInputError(
  'NOT_FOUND',
  { en: 'No such address.', fr: 'Adresse introuvable.' },
  'input.addressId',
);

function validAddress({ isDefaultShipping: _shipping, isDefaultBilling: _billing, ...input }: AddressInput) {
  return validPostalAddress(input, 'input.address');
}

/** Announces the address as it now is: orders ships to an address id from its copy. */
function recordAddressSaved(em: EntityManager, address: Address, traceparent: string | undefined) {
  const { id: addressId, userId, name, line1, line2, postalCode, city, country, phone } = address;
  recordEvent(em, {
    type: 'address.saved',
    subject: userId,
    data: {
      userId,
      addressId,
      address: { name, line1, line2: line2 ?? null, postalCode, city, country, phone: phone ?? null },
    },
    traceparent,
  });
}

/** Adds an address to the signed-in user's book; the first one becomes the default for both uses. */
export async function addAddress(ctx: AddressBookContext, input: AddressInput): Promise<{ address: Address }> {
  const claims = requireClaims(ctx);
  const fields = validAddress(input);
  return ctx.em.transactional(async (em) => {
    const user = await em.findOneOrFail(User, { id: claims.sub }, { failHandler: accountGone });
    const address = em.create(Address, { id: uuidv7(), userId: user.id, ...fields });
    recordAddressSaved(em, address, ctx.traceparent);
    applyDefaults(user, address.id, {
      shipping: input.isDefaultShipping ?? !user.defaultShippingAddressId,
      billing: input.isDefaultBilling ?? !user.defaultBillingAddressId,
    });
    return { address };
  });
}

/** Only the owner changes an address; anyone else is told it does not exist. */
export async function updateAddress(
  ctx: AddressBookContext,
  addressId: string,
  input: AddressInput,
): Promise<{ address: Address }> {
  const claims = requireClaims(ctx);
  const fields = validAddress(input);
  return ctx.em.transactional(async (em) => {
    const address = await em.findOne(Address, { id: addressId, userId: claims.sub });
    if (!address) throw addressNotFound;
    Object.assign(address, fields);
    recordAddressSaved(em, address, ctx.traceparent);
    const user = await em.findOneOrFail(User, { id: claims.sub }, { failHandler: accountGone });
    applyDefaults(user, address.id, {
      shipping: input.isDefaultShipping ?? false,
      billing: input.isDefaultBilling ?? false,
    });
    return { address };
  });
}

export async function removeAddress(ctx: AddressBookContext, addressId: string): Promise<{ removedAddressId: string }> {
  const claims = requireClaims(ctx);
  return ctx.em.transactional(async (em) => {
    const address = await em.findOne(Address, { id: addressId, userId: claims.sub });
    if (!address) throw addressNotFound;
    const user = await em.findOneOrFail(User, { id: claims.sub }, { failHandler: accountGone });
    if (user.defaultShippingAddressId === addressId) user.defaultShippingAddressId = null;
    if (user.defaultBillingAddressId === addressId) user.defaultBillingAddressId = null;
    em.remove(address);
    recordEvent(em, {
      type: 'address.removed',
      subject: claims.sub,
      data: { userId: claims.sub, addressId },
      traceparent: ctx.traceparent,
    });
    return { removedAddressId: addressId };
  });
}

function applyDefaults(user: User, addressId: string, make: { shipping: boolean; billing: boolean }) {
  if (make.shipping) user.defaultShippingAddressId = addressId;
  if (make.billing) user.defaultBillingAddressId = addressId;
}
