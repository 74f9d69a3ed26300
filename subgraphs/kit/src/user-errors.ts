import type { Locale } from './context.ts';

/** A message in each storefront language. */
export type Message = Record<Locale, string>;

export interface UserError {
  /** Path of the input field at fault, e.g. `input.email`; null when no single field is. */
  field: string | null;
  message: string;
  code: string;
}

/**
 * An expected failure (bad input, not found, not allowed on this object): reported in the
 * payload's `userErrors`, never as a GraphQL error.
 */
export class UserInputError extends Error {
  readonly field: string | null;
  readonly code: string;
  readonly messages: Message;

  constructor(code: string, messages: Message, field: string | null = null) {
    super(messages.en);
    this.name = 'UserInputError';
    this.code = code;
    this.messages = messages;
    this.field = field;
  }
}

/**
 * Runs a mutation's domain call and shapes its payload: the result with no userErrors, or the
 * UserInputError as userErrors (in the caller's language) with empty results.
 */
export async function payload<T extends object>(
  ctx: { locale: Locale },
  run: () => Promise<T>,
): Promise<Partial<T> & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    return {
      userErrors: [{ field: error.field, message: error.messages[ctx.locale], code: error.code }],
    } as Partial<T> & {
      userErrors: UserError[];
    };
  }
}

/** Validates with a zod schema, turning the first issue into a UserInputError on `input.<path>`. */
export function validInput<T>(
  schema: {
    safeParse(
      value: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  input: unknown,
  messages: (field: string, issue: string) => Message = (_field, issue) => ({ en: issue, fr: issue }),
  /** Where `input` sits in the mutation's arguments, e.g. `input.address`. */
  at = 'input',
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [at, ...(issue?.path ?? []).map(String)].join('.');
  throw new UserInputError('INVALID', messages(field, issue?.message ?? 'invalid'), field);
}
