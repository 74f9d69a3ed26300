import type { Locale } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserAccount } from './user-account.ts';

/** Where and how to write to a user: their address, their name, the language of the mail. */
export interface Recipient {
  email: string;
  name: string;
  language: Locale;
}

/**
 * The recipients among these users, by id, in one statement. A user missing from the map is one
 * support has not heard of yet (or only their roles): there is no one to write to.
 */
export async function recipientsOf(em: EntityManager, userIds: readonly string[]): Promise<Map<string, Recipient>> {
  const accounts = await em.find(UserAccount, { id: { $in: [...new Set(userIds)] }, email: { $ne: null } });
  // Email, name and language come together, from one profile event.
  return new Map(
    accounts.map((account) => [
      account.id,
      {
        email: account.email as string,
        name: account.name as string,
        language: account.language === 'FR' ? 'fr' : 'en',
      },
    ]),
  );
}

/** The recipient of one user; null when support has not heard of their profile. */
export async function recipientOf(em: EntityManager, userId: string): Promise<Recipient | null> {
  return (await recipientsOf(em, [userId])).get(userId) ?? null;
}
