/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddAddressInput = {
  address: AddressInput;
};

export type AddBasketItemInput = {
  productId: string | number;
  /** 1 to 999, the line's total included; added to the quantity already in the basket. */
  quantity?: number;
};

export type AddressInput = {
  city: string;
  country: string;
  isDefaultBilling?: boolean | null | undefined;
  isDefaultShipping?: boolean | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  postalCode: string;
};

export type BasketItemProblem =
  /** The product was withdrawn from sale: remove it to check out. */
  | 'ARCHIVED'
  /** The product is now priced in another currency than the basket: remove it to check out. */
  | 'CURRENCY_MISMATCH'
  /** Fewer units are in stock than the line asks for (advisory: stock is reserved at checkout). */
  | 'INSUFFICIENT_STOCK';

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type DeliveryStatus =
  /** The order was cancelled before it shipped. */
  | 'CANCELLED'
  | 'DELIVERED'
  /** A delivery attempt failed; the carrier tries again or returns the parcel. */
  | 'FAILED'
  | 'IN_TRANSIT'
  /** A carrier and a tracking number are assigned; the parcel is not yet with the carrier. */
  | 'LABEL_CREATED'
  | 'OUT_FOR_DELIVERY'
  /** Waiting for a carrier. */
  | 'PENDING'
  /** Returned to the sender after a failure. */
  | 'RETURNED';

/** The language Comptoir writes to a user in: mail and messages. */
export type Language =
  | 'EN'
  | 'FR';

export type LoginInput = {
  email: string;
  password: string;
  /** Required when two-factor authentication is on: the 6-digit code, or a recovery code. */
  twoFactorCode?: string | null | undefined;
};

export type LogoutInput = {
  refreshToken: string;
};

export type NewsletterSubscriptionStatus =
  /** Receives campaigns. */
  | 'CONFIRMED'
  /** Waiting for its owner to follow the confirmation link sent by mail. */
  | 'PENDING'
  /** Receives nothing; subscribing again starts a new confirmation. */
  | 'UNSUBSCRIBED';

export type NewsletterTokenInput = {
  /** The token of the link in the mail. */
  token: string;
};

export type OrderCancellationReason =
  /** The customer cancelled before shipping. */
  | 'CUSTOMER_REQUEST'
  /** Not enough stock for one or more lines (see each line's unavailability). */
  | 'OUT_OF_STOCK'
  /** The card was declined: payment.failureReason says why, in the provider's words. */
  | 'PAYMENT_DECLINED'
  /** The payment or the stock could not be settled in time; nothing was charged and nothing stays reserved. */
  | 'RESERVATION_TIMEOUT';

export type OrderStatus =
  /**
   * The customer asked to cancel: its delivery accepts before the parcel is picked up (the order is
   * then CANCELLED) or refuses after (the order ships; see cancellationRefusal).
   */
  | 'CANCELLATION_REQUESTED'
  | 'CANCELLED'
  /** Stock reserved; the order will ship. */
  | 'CONFIRMED'
  | 'DELIVERED'
  /**
   * The card needs the customer's authentication (3-D Secure): send them to payment.actionUrl. The
   * order goes on once they complete it, and is cancelled (RESERVATION_TIMEOUT) if they never do.
   */
  | 'PAYMENT_ACTION_REQUIRED'
  /** Placed; the payment is being authorized, then stock reserved. */
  | 'PLACED'
  | 'SHIPPED';

export type PaymentInput = {
  /** The payment provider's one-time token for the customer's card, obtained by the client: never the card number. */
  token: string;
};

export type PaymentStatus =
  /** The customer must authenticate with their bank at actionUrl. */
  | 'ACTION_REQUIRED'
  /** The order's total is held on the card; it is captured when the order ships. */
  | 'AUTHORIZED'
  | 'CAPTURED'
  /** Declined: see failureReason. */
  | 'FAILED'
  | 'PARTIALLY_REFUNDED'
  /** The authorization is being asked for. */
  | 'PENDING'
  | 'REFUNDED'
  /** The authorization was released (the order was cancelled before it shipped): nothing was charged. */
  | 'VOIDED';

export type PlaceOrderInput = {
  /** Where to ship: an address of the caller's address book... */
  addressId?: string | number | null | undefined;
  /**
   * The basket version the shopper saw (Basket.version): exactly that version is ordered. The order
   * waits briefly for it to reach checkout; a basket changed since answers BASKET_CHANGED (retryable:
   * show the basket again and order its current version). Without it, the latest version checkout
   * knows is used.
   */
  basketVersion?: number | null | undefined;
  /**
   * Chosen by the client, one per checkout attempt (8 to 100 characters): placing again with the same
   * key returns the same order and never creates a second one.
   */
  idempotencyKey: string;
  /** How the order is paid. */
  payment: PaymentInput;
  /** ...or an address typed at checkout. Give exactly one of the two. */
  shippingAddress?: PostalAddressInput | null | undefined;
};

export type PostalAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2 country code, e.g. FR. */
  country: string;
  line1: string;
  line2?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  postalCode: string;
};

export type ProductFilter = {
  /** Products of this category and its descendants. */
  categoryId?: string | number | null | undefined;
  inStock?: boolean | null | undefined;
  /** Inclusive, in minor units. */
  maxPrice?: number | null | undefined;
  /** Inclusive, in minor units. */
  minPrice?: number | null | undefined;
  /** Full-text search in French and English, accent-insensitive. */
  search?: string | null | undefined;
};

export type ProductImageVariantName =
  /** 400 px wide: product cards. */
  | 'CARD'
  /** 1200 px wide: the product page. */
  | 'LARGE'
  /** 160 px wide: lists, the basket. */
  | 'THUMB';

export type ProductSort =
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  /** Best match first when searching; newest first otherwise. */
  | 'RELEVANCE';

export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type RefreshSessionInput = {
  refreshToken: string;
};

export type RegisterInput = {
  email: string;
  /** Default: the request's Accept-Language (French when preferred), else EN. */
  language?: Language | null | undefined;
  name: string;
  /** At least 10 characters. */
  password: string;
};

export type RemoveAddressInput = {
  addressId: string | number;
};

export type RemoveBasketItemInput = {
  productId: string | number;
};

export type ReplyToTicketInput = {
  body: string;
  ticketId: string | number;
};

export type SetNewsletterPreferencesInput = {
  /** The account's language when omitted. */
  language?: Language | null | undefined;
  /** True starts the confirmation by mail (unless confirmed already); false unsubscribes at once. */
  subscribed: boolean;
};

export type SubmitContactRequestInput = {
  email: string;
  message: string;
  subject: string;
};

export type TicketAuthorRole =
  /** A support agent. */
  | 'AGENT'
  /** Someone who wrote through the contact form, without an account. */
  | 'CONTACT'
  /** The signed-in customer who opened the ticket. */
  | 'CUSTOMER';

export type TicketCategory =
  | 'ACCOUNT'
  | 'DELIVERY'
  | 'ORDER'
  | 'OTHER'
  | 'PAYMENT'
  | 'PRODUCT';

export type TicketStatus =
  /** Final: nothing more can happen to the ticket. */
  | 'CLOSED'
  /** Just opened; no one has answered yet. */
  | 'OPEN'
  /** Solved; a reply from the customer reopens it. */
  | 'RESOLVED'
  /** The customer wrote; an agent's turn. */
  | 'WAITING_ON_AGENT'
  /** An agent answered; the customer's turn. */
  | 'WAITING_ON_CUSTOMER';

export type UpdateBasketItemQuantityInput = {
  productId: string | number;
  /** 1 to 999. */
  quantity: number;
};

/** Changes what is given; a field left out stays as it is. */
export type UpdateProfileInput = {
  language?: Language | null | undefined;
  name?: string | null | undefined;
};

export type AccountAddressFragment = { id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean };

export type AccountUserErrorsFragment = { field: string | null, message: string, code: string };

export type AccountProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountProfileQuery = { me: { id: string, name: string, email: string | null, language: Language | null, createdAt: string, newsletter: { email: string, status: NewsletterSubscriptionStatus } | null } | null };

export type AccountAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountAddressesQuery = { me: { id: string, addresses: Array<{ id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean }> | null } | null };

export type SaveProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type SaveProfileMutation = { updateProfile: { user: { id: string, name: string, language: Language | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SaveNewsletterPreferenceMutationVariables = Exact<{
  input: SetNewsletterPreferencesInput;
}>;


export type SaveNewsletterPreferenceMutation = { setNewsletterPreferences: { subscription: { email: string, status: NewsletterSubscriptionStatus } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type CreateAddressMutationVariables = Exact<{
  input: AddAddressInput;
}>;


export type CreateAddressMutation = { addAddress: { address: { id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type DeleteAddressMutationVariables = Exact<{
  input: RemoveAddressInput;
}>;


export type DeleteAddressMutation = { removeAddress: { removedAddressId: string | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MergeAnonymousBasketMutationVariables = Exact<{ [key: string]: never; }>;


export type MergeAnonymousBasketMutation = { mergeBasket: { basket: { id: string, itemCount: number } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ChangeAccountPasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeAccountPasswordMutation = { changePassword: { user: { id: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type BasketDrawerFieldsFragment = { id: string, version: number, itemCount: number, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, images: Array<{ url: string, alt: string }> } }> };

export type BasketDrawerPayloadFragment = { basket: { id: string, version: number, itemCount: number, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, images: Array<{ url: string, alt: string }> } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type BasketDrawerQueryVariables = Exact<{ [key: string]: never; }>;


export type BasketDrawerQuery = { basket: { id: string, version: number, itemCount: number, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, images: Array<{ url: string, alt: string }> } }> } | null };

export type ChangeBasketLineQuantityMutationVariables = Exact<{
  input: UpdateBasketItemQuantityInput;
}>;


export type ChangeBasketLineQuantityMutation = { updateBasketItemQuantity: { basket: { id: string, version: number, itemCount: number, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, images: Array<{ url: string, alt: string }> } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RemoveBasketLineMutationVariables = Exact<{
  input: RemoveBasketItemInput;
}>;


export type RemoveBasketLineMutation = { removeBasketItem: { basket: { id: string, version: number, itemCount: number, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, images: Array<{ url: string, alt: string }> } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type BasketCountQueryVariables = Exact<{ [key: string]: never; }>;


export type BasketCountQuery = { basket: { id: string, itemCount: number } | null };

export type AddToBasketMutationVariables = Exact<{
  input: AddBasketItemInput;
}>;


export type AddToBasketMutation = { addBasketItem: { basket: { id: string, itemCount: number } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ProductTileFragment = { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string, variants: Array<{ name: ProductImageVariantName, url: string }> }>, stock: { available: number } };

export type ProductResultsFragment = { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string, variants: Array<{ name: ProductImageVariantName, url: string }> }>, stock: { available: number } } }>, pageInfo: { hasNextPage: boolean }, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, priceBuckets: Array<{ min: number, max: number | null, count: number }> } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { categories: Array<{ id: string, slug: string, name: string }>, products: { edges: Array<{ node: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string, variants: Array<{ name: ProductImageVariantName, url: string }> }>, stock: { available: number } } }> } };

export type SearchProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  sort?: ProductSort | null | undefined;
}>;


export type SearchProductsQuery = { products: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string, variants: Array<{ name: ProductImageVariantName, url: string }> }>, stock: { available: number } } }>, pageInfo: { hasNextPage: boolean }, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, priceBuckets: Array<{ min: number, max: number | null, count: number }> } } };

export type SearchCursorQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  sort?: ProductSort | null | undefined;
}>;


export type SearchCursorQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CategoryPageQueryVariables = Exact<{
  slug: string;
}>;


export type CategoryPageQuery = { category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }>, children: Array<{ id: string, slug: string, name: string }> } | null };

export type CategoryIdQueryVariables = Exact<{
  slug: string;
}>;


export type CategoryIdQuery = { category: { id: string } | null };

export type ProductPageQueryVariables = Exact<{
  slug: string;
}>;


export type ProductPageQuery = { product: { sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, attributes: Array<{ name: string, value: string }>, category: { id: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string, variants: Array<{ name: ProductImageVariantName, url: string }> }>, stock: { available: number } } | null };

export type SitemapProductsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { edges: Array<{ node: { slug: string, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SitemapCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SitemapCategoriesQuery = { categories: Array<{ slug: string, children: Array<{ slug: string, children: Array<{ slug: string }> }> }> };

export type SitemapCategoryFragment = { slug: string };

export type ConfirmNewsletterMutationVariables = Exact<{
  input: NewsletterTokenInput;
}>;


export type ConfirmNewsletterMutation = { confirmNewsletterSubscription: { subscription: { email: string, status: NewsletterSubscriptionStatus } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type UnsubscribeNewsletterMutationVariables = Exact<{
  input: NewsletterTokenInput;
}>;


export type UnsubscribeNewsletterMutation = { unsubscribeFromNewsletter: { subscription: { email: string, status: NewsletterSubscriptionStatus } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type OrderTrackingStepFragment = { status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string };

export type OrderSummaryFragment = { id: string, number: string, status: OrderStatus, placedAt: string, total: { amount: number, currency: string } };

export type OrderDetailFragment = { cancellationReason: OrderCancellationReason | null, id: string, number: string, status: OrderStatus, placedAt: string, statusHistory: Array<{ status: OrderStatus, at: string }>, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string } }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, total: { amount: number, currency: string } };

export type CheckoutStartQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutStartQuery = { me: { id: string, name: string, email: string | null, addresses: Array<{ id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean }> | null } | null, basket: { id: string, version: number, itemCount: number, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, images: Array<{ url: string, alt: string }> } }> } | null };

export type PlaceCheckoutOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceCheckoutOrderMutation = { placeOrder: { order: { cancellationReason: OrderCancellationReason | null, id: string, number: string, status: OrderStatus, placedAt: string, statusHistory: Array<{ status: OrderStatus, at: string }>, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string } }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, total: { amount: number, currency: string } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type AccountOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountOrdersQuery = { myOrders: { totalCount: number, edges: Array<{ node: { id: string, number: string, status: OrderStatus, placedAt: string, total: { amount: number, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccountOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountOrderQuery = { order: { cancellationReason: OrderCancellationReason | null, id: string, number: string, status: OrderStatus, placedAt: string, statusHistory: Array<{ status: OrderStatus, at: string }>, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string } }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, total: { amount: number, currency: string } } | null };

export type TrackParcelQueryVariables = Exact<{
  trackingNumber: string;
  postalCode: string;
}>;


export type TrackParcelQuery = { trackDelivery: { carrier: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null };

export type ServerSessionFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string };

export type ServerSessionPayloadFragment = { user: { id: string, name: string, email: string | null } | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type SessionSignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SessionSignInMutation = { login: { user: { id: string, name: string, email: string | null } | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SessionSignUpMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type SessionSignUpMutation = { register: { user: { id: string, name: string, email: string | null } | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SessionRefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type SessionRefreshMutation = { refreshSession: { user: { id: string, name: string, email: string | null } | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SessionSignOutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type SessionSignOutMutation = { logout: { loggedOut: boolean | null } };

export type SupportTicketSummaryFragment = { id: string, number: string, subject: string, status: TicketStatus, updatedAt: string };

export type SupportTicketConversationFragment = { category: TicketCategory, id: string, number: string, subject: string, status: TicketStatus, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> };

export type HelpFaqQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HelpFaqQuery = { faq: Array<{ id: string, question: string, answer: string, category: { id: string, name: string } }> };

export type SendContactRequestMutationVariables = Exact<{
  input: SubmitContactRequestInput;
}>;


export type SendContactRequestMutation = { submitContactRequest: { ticketNumber: string | null, retryAfterSeconds: number | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SupportTicketsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupportTicketsQuery = { myTickets: { edges: Array<{ node: { id: string, number: string, subject: string, status: TicketStatus, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SupportTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type SupportTicketQuery = { ticket: { category: TicketCategory, id: string, number: string, subject: string, status: TicketStatus, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null };

export type SupportTicketReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type SupportTicketReplyMutation = { replyToTicket: { ticket: { category: TicketCategory, id: string, number: string, subject: string, status: TicketStatus, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountAddressFragmentDoc = new TypedDocumentString(`
    fragment AccountAddress on Address {
  id
  name
  line1
  line2
  postalCode
  city
  country
  phone
  isDefaultShipping
  isDefaultBilling
}
    `, {"fragmentName":"AccountAddress"}) as unknown as TypedDocumentString<AccountAddressFragment, unknown>;
export const AccountUserErrorsFragmentDoc = new TypedDocumentString(`
    fragment AccountUserErrors on UserError {
  field
  message
  code
}
    `, {"fragmentName":"AccountUserErrors"}) as unknown as TypedDocumentString<AccountUserErrorsFragment, unknown>;
export const BasketDrawerFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasketDrawerFields on Basket {
  id
  version
  itemCount
  subtotal {
    amount
    currency
  }
  items {
    id
    quantity
    problem
    availableQuantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    product {
      id
      slug
      name
      images {
        url
        alt
      }
    }
  }
}
    `, {"fragmentName":"BasketDrawerFields"}) as unknown as TypedDocumentString<BasketDrawerFieldsFragment, unknown>;
export const BasketDrawerPayloadFragmentDoc = new TypedDocumentString(`
    fragment BasketDrawerPayload on BasketPayload {
  basket {
    ...BasketDrawerFields
  }
  userErrors {
    field
    message
    code
  }
}
    fragment BasketDrawerFields on Basket {
  id
  version
  itemCount
  subtotal {
    amount
    currency
  }
  items {
    id
    quantity
    problem
    availableQuantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    product {
      id
      slug
      name
      images {
        url
        alt
      }
    }
  }
}`, {"fragmentName":"BasketDrawerPayload"}) as unknown as TypedDocumentString<BasketDrawerPayloadFragment, unknown>;
export const ProductTileFragmentDoc = new TypedDocumentString(`
    fragment ProductTile on Product {
  id
  slug
  name
  price {
    amount
    currency
  }
  images {
    url
    alt
    variants {
      name
      url
    }
  }
  stock {
    available
  }
}
    `, {"fragmentName":"ProductTile"}) as unknown as TypedDocumentString<ProductTileFragment, unknown>;
export const ProductResultsFragmentDoc = new TypedDocumentString(`
    fragment ProductResults on ProductConnection {
  totalCount
  edges {
    node {
      ...ProductTile
    }
  }
  pageInfo {
    hasNextPage
  }
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    priceBuckets {
      min
      max
      count
    }
    inStock
  }
}
    fragment ProductTile on Product {
  id
  slug
  name
  price {
    amount
    currency
  }
  images {
    url
    alt
    variants {
      name
      url
    }
  }
  stock {
    available
  }
}`, {"fragmentName":"ProductResults"}) as unknown as TypedDocumentString<ProductResultsFragment, unknown>;
export const SitemapCategoryFragmentDoc = new TypedDocumentString(`
    fragment SitemapCategory on Category {
  slug
}
    `, {"fragmentName":"SitemapCategory"}) as unknown as TypedDocumentString<SitemapCategoryFragment, unknown>;
export const OrderSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrderSummary on Order {
  id
  number
  status
  placedAt
  total {
    amount
    currency
  }
}
    `, {"fragmentName":"OrderSummary"}) as unknown as TypedDocumentString<OrderSummaryFragment, unknown>;
export const OrderTrackingStepFragmentDoc = new TypedDocumentString(`
    fragment OrderTrackingStep on TrackingEvent {
  status
  location
  message
  occurredAt
}
    `, {"fragmentName":"OrderTrackingStep"}) as unknown as TypedDocumentString<OrderTrackingStepFragment, unknown>;
export const OrderDetailFragmentDoc = new TypedDocumentString(`
    fragment OrderDetail on Order {
  ...OrderSummary
  cancellationReason
  statusHistory {
    status
    at
  }
  lines {
    name
    sku
    quantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
  }
  subtotal {
    amount
    currency
  }
  shipping {
    amount
    currency
  }
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
  }
  payment {
    status
    actionUrl
    failureReason
    method {
      brand
      last4
    }
  }
  delivery {
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...OrderTrackingStep
    }
  }
}
    fragment OrderTrackingStep on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderSummary on Order {
  id
  number
  status
  placedAt
  total {
    amount
    currency
  }
}`, {"fragmentName":"OrderDetail"}) as unknown as TypedDocumentString<OrderDetailFragment, unknown>;
export const ServerSessionFragmentDoc = new TypedDocumentString(`
    fragment ServerSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
    `, {"fragmentName":"ServerSession"}) as unknown as TypedDocumentString<ServerSessionFragment, unknown>;
export const ServerSessionPayloadFragmentDoc = new TypedDocumentString(`
    fragment ServerSessionPayload on AuthPayload {
  user {
    id
    name
    email
  }
  session {
    ...ServerSession
  }
  userErrors {
    field
    message
    code
  }
}
    fragment ServerSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}`, {"fragmentName":"ServerSessionPayload"}) as unknown as TypedDocumentString<ServerSessionPayloadFragment, unknown>;
export const SupportTicketSummaryFragmentDoc = new TypedDocumentString(`
    fragment SupportTicketSummary on Ticket {
  id
  number
  subject
  status
  updatedAt
}
    `, {"fragmentName":"SupportTicketSummary"}) as unknown as TypedDocumentString<SupportTicketSummaryFragment, unknown>;
export const SupportTicketConversationFragmentDoc = new TypedDocumentString(`
    fragment SupportTicketConversation on Ticket {
  ...SupportTicketSummary
  category
  order {
    id
    number
  }
  messages {
    id
    authorRole
    body
    createdAt
  }
}
    fragment SupportTicketSummary on Ticket {
  id
  number
  subject
  status
  updatedAt
}`, {"fragmentName":"SupportTicketConversation"}) as unknown as TypedDocumentString<SupportTicketConversationFragment, unknown>;
export const AccountProfileDocument = new TypedDocumentString(`
    query AccountProfile {
  me {
    id
    name
    email
    language
    createdAt
    newsletter {
      email
      status
    }
  }
}
    `, {"hash":"sha256:b5a68c8aae553caf6b110d2861fea49179a37df2123fb71aec2f9c9bff33a018"}) as unknown as TypedDocumentString<AccountProfileQuery, AccountProfileQueryVariables>;
export const AccountAddressesDocument = new TypedDocumentString(`
    query AccountAddresses {
  me {
    id
    addresses {
      ...AccountAddress
    }
  }
}
    fragment AccountAddress on Address {
  id
  name
  line1
  line2
  postalCode
  city
  country
  phone
  isDefaultShipping
  isDefaultBilling
}`, {"hash":"sha256:20955f3e8692abe645e4680e886d74c338319fc5c59a148cf47459fdd1a7544f"}) as unknown as TypedDocumentString<AccountAddressesQuery, AccountAddressesQueryVariables>;
export const SaveProfileDocument = new TypedDocumentString(`
    mutation SaveProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      id
      name
      language
    }
    userErrors {
      ...AccountUserErrors
    }
  }
}
    fragment AccountUserErrors on UserError {
  field
  message
  code
}`, {"hash":"sha256:fafa2dd3c37c73b19cdb374a3e9a886d863fbda83fefab02619a3b34fc749bc2"}) as unknown as TypedDocumentString<SaveProfileMutation, SaveProfileMutationVariables>;
export const SaveNewsletterPreferenceDocument = new TypedDocumentString(`
    mutation SaveNewsletterPreference($input: SetNewsletterPreferencesInput!) {
  setNewsletterPreferences(input: $input) {
    subscription {
      email
      status
    }
    userErrors {
      ...AccountUserErrors
    }
  }
}
    fragment AccountUserErrors on UserError {
  field
  message
  code
}`, {"hash":"sha256:4957b9b5c887dafaf8f71b169254d04b090215653c8130c30aa4cb8a91b4a2f3"}) as unknown as TypedDocumentString<SaveNewsletterPreferenceMutation, SaveNewsletterPreferenceMutationVariables>;
export const CreateAddressDocument = new TypedDocumentString(`
    mutation CreateAddress($input: AddAddressInput!) {
  addAddress(input: $input) {
    address {
      ...AccountAddress
    }
    userErrors {
      ...AccountUserErrors
    }
  }
}
    fragment AccountAddress on Address {
  id
  name
  line1
  line2
  postalCode
  city
  country
  phone
  isDefaultShipping
  isDefaultBilling
}
fragment AccountUserErrors on UserError {
  field
  message
  code
}`, {"hash":"sha256:584eb4ad14f784c04a41d4f07168c6cd21ff429071fadf7b6ba09d4544b10987"}) as unknown as TypedDocumentString<CreateAddressMutation, CreateAddressMutationVariables>;
export const DeleteAddressDocument = new TypedDocumentString(`
    mutation DeleteAddress($input: RemoveAddressInput!) {
  removeAddress(input: $input) {
    removedAddressId
    userErrors {
      ...AccountUserErrors
    }
  }
}
    fragment AccountUserErrors on UserError {
  field
  message
  code
}`, {"hash":"sha256:ba475830c2a9b74e2042a6361c181a66cf41cfe04c270e7bea1f04b285e471ec"}) as unknown as TypedDocumentString<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const MergeAnonymousBasketDocument = new TypedDocumentString(`
    mutation MergeAnonymousBasket {
  mergeBasket(input: {}) {
    basket {
      id
      itemCount
    }
    userErrors {
      ...AccountUserErrors
    }
  }
}
    fragment AccountUserErrors on UserError {
  field
  message
  code
}`, {"hash":"sha256:1cfc5d2aa996ad25f5287252adbdd44d886ddea4ed09e89d2b37660f23b57db9"}) as unknown as TypedDocumentString<MergeAnonymousBasketMutation, MergeAnonymousBasketMutationVariables>;
export const ChangeAccountPasswordDocument = new TypedDocumentString(`
    mutation ChangeAccountPassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    user {
      id
    }
    userErrors {
      ...AccountUserErrors
    }
  }
}
    fragment AccountUserErrors on UserError {
  field
  message
  code
}`, {"hash":"sha256:3327e2ebba7ed3b7c3b23f982214b2701f5e6df78dae50070328fedb82fb9224"}) as unknown as TypedDocumentString<ChangeAccountPasswordMutation, ChangeAccountPasswordMutationVariables>;
export const BasketDrawerDocument = new TypedDocumentString(`
    query BasketDrawer {
  basket {
    ...BasketDrawerFields
  }
}
    fragment BasketDrawerFields on Basket {
  id
  version
  itemCount
  subtotal {
    amount
    currency
  }
  items {
    id
    quantity
    problem
    availableQuantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    product {
      id
      slug
      name
      images {
        url
        alt
      }
    }
  }
}`, {"hash":"sha256:32875335dadeec579821036790f00050e4686939d71dd214312584b759050f01"}) as unknown as TypedDocumentString<BasketDrawerQuery, BasketDrawerQueryVariables>;
export const ChangeBasketLineQuantityDocument = new TypedDocumentString(`
    mutation ChangeBasketLineQuantity($input: UpdateBasketItemQuantityInput!) {
  updateBasketItemQuantity(input: $input) {
    ...BasketDrawerPayload
  }
}
    fragment BasketDrawerFields on Basket {
  id
  version
  itemCount
  subtotal {
    amount
    currency
  }
  items {
    id
    quantity
    problem
    availableQuantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    product {
      id
      slug
      name
      images {
        url
        alt
      }
    }
  }
}
fragment BasketDrawerPayload on BasketPayload {
  basket {
    ...BasketDrawerFields
  }
  userErrors {
    field
    message
    code
  }
}`, {"hash":"sha256:1cd2495c1f3996a2854b3690a7a803388f2633b37cc659d0c21d8b5791b53a33"}) as unknown as TypedDocumentString<ChangeBasketLineQuantityMutation, ChangeBasketLineQuantityMutationVariables>;
export const RemoveBasketLineDocument = new TypedDocumentString(`
    mutation RemoveBasketLine($input: RemoveBasketItemInput!) {
  removeBasketItem(input: $input) {
    ...BasketDrawerPayload
  }
}
    fragment BasketDrawerFields on Basket {
  id
  version
  itemCount
  subtotal {
    amount
    currency
  }
  items {
    id
    quantity
    problem
    availableQuantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    product {
      id
      slug
      name
      images {
        url
        alt
      }
    }
  }
}
fragment BasketDrawerPayload on BasketPayload {
  basket {
    ...BasketDrawerFields
  }
  userErrors {
    field
    message
    code
  }
}`, {"hash":"sha256:7b358c06eba2a642e3de45c24f69f8bb1b234d91d575cc7a066f81f68e9c1f8f"}) as unknown as TypedDocumentString<RemoveBasketLineMutation, RemoveBasketLineMutationVariables>;
export const BasketCountDocument = new TypedDocumentString(`
    query BasketCount {
  basket {
    id
    itemCount
  }
}
    `, {"hash":"sha256:b2ae829df7b127a10bac57886841c43de3d9568b8c691267509b3389d364ecbd"}) as unknown as TypedDocumentString<BasketCountQuery, BasketCountQueryVariables>;
export const AddToBasketDocument = new TypedDocumentString(`
    mutation AddToBasket($input: AddBasketItemInput!) {
  addBasketItem(input: $input) {
    basket {
      id
      itemCount
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:d287d275f066e0941d4e3262116f60844ffec0b77e34520d051233c88fc07046"}) as unknown as TypedDocumentString<AddToBasketMutation, AddToBasketMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  categories {
    id
    slug
    name
  }
  products(first: 8, sort: NEWEST) {
    edges {
      node {
        ...ProductTile
      }
    }
  }
}
    fragment ProductTile on Product {
  id
  slug
  name
  price {
    amount
    currency
  }
  images {
    url
    alt
    variants {
      name
      url
    }
  }
  stock {
    available
  }
}`, {"hash":"sha256:239070cacda46542a2557a8a832e3dfd2cff67751ac2b4ddd81f5786057ac3df"}) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const SearchProductsDocument = new TypedDocumentString(`
    query SearchProducts($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    ...ProductResults
  }
}
    fragment ProductTile on Product {
  id
  slug
  name
  price {
    amount
    currency
  }
  images {
    url
    alt
    variants {
      name
      url
    }
  }
  stock {
    available
  }
}
fragment ProductResults on ProductConnection {
  totalCount
  edges {
    node {
      ...ProductTile
    }
  }
  pageInfo {
    hasNextPage
  }
  facets {
    categories {
      category {
        id
        slug
        name
      }
      count
    }
    priceBuckets {
      min
      max
      count
    }
    inStock
  }
}`, {"hash":"sha256:8c0fc87375dd4f500f9aff8886a07430bc7b05b1713b5b2277cfdbd436abc681"}) as unknown as TypedDocumentString<SearchProductsQuery, SearchProductsQueryVariables>;
export const SearchCursorDocument = new TypedDocumentString(`
    query SearchCursor($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:fbd7ed51708875328810a67f908c99f1dd2dcc44c698d80884d81306cc5da40f"}) as unknown as TypedDocumentString<SearchCursorQuery, SearchCursorQueryVariables>;
export const CategoryPageDocument = new TypedDocumentString(`
    query CategoryPage($slug: String!) {
  category(slug: $slug) {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
    children {
      id
      slug
      name
    }
  }
}
    `, {"hash":"sha256:d6d7e583f20643b73b5673c16c46388f2c36d80933d7b4686cb1e83753beefc1"}) as unknown as TypedDocumentString<CategoryPageQuery, CategoryPageQueryVariables>;
export const CategoryIdDocument = new TypedDocumentString(`
    query CategoryId($slug: String!) {
  category(slug: $slug) {
    id
  }
}
    `, {"hash":"sha256:368d8089f66d19c81119cac0042574d033a9032bac6c96d3dd171ac1b261058e"}) as unknown as TypedDocumentString<CategoryIdQuery, CategoryIdQueryVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($slug: String!) {
  product(slug: $slug) {
    ...ProductTile
    sku
    description
    status
    attributes {
      name
      value
    }
    category {
      id
      breadcrumb {
        id
        slug
        name
      }
    }
  }
}
    fragment ProductTile on Product {
  id
  slug
  name
  price {
    amount
    currency
  }
  images {
    url
    alt
    variants {
      name
      url
    }
  }
  stock {
    available
  }
}`, {"hash":"sha256:6f2fc6756fb197a30b55f7a0158abf8ac832f7f9e406f216dc1265c9e6efcb1d"}) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const SitemapProductsDocument = new TypedDocumentString(`
    query SitemapProducts($after: String) {
  products(first: 100, after: $after) {
    edges {
      node {
        slug
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:0d31d822e4d24ca9dc4d3012422664ac2b2a55598614cf98aadd62edf664f72c"}) as unknown as TypedDocumentString<SitemapProductsQuery, SitemapProductsQueryVariables>;
export const SitemapCategoriesDocument = new TypedDocumentString(`
    query SitemapCategories {
  categories {
    ...SitemapCategory
    children {
      ...SitemapCategory
      children {
        ...SitemapCategory
      }
    }
  }
}
    fragment SitemapCategory on Category {
  slug
}`, {"hash":"sha256:4c1f8b97391f610f9659ea10d239010da894e93149608ac97c174e2882083d6c"}) as unknown as TypedDocumentString<SitemapCategoriesQuery, SitemapCategoriesQueryVariables>;
export const ConfirmNewsletterDocument = new TypedDocumentString(`
    mutation ConfirmNewsletter($input: NewsletterTokenInput!) {
  confirmNewsletterSubscription(input: $input) {
    subscription {
      email
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:8216db72bff1385d11159e87062df708235b7b2bfccfca80625a13dc05252a00"}) as unknown as TypedDocumentString<ConfirmNewsletterMutation, ConfirmNewsletterMutationVariables>;
export const UnsubscribeNewsletterDocument = new TypedDocumentString(`
    mutation UnsubscribeNewsletter($input: NewsletterTokenInput!) {
  unsubscribeFromNewsletter(input: $input) {
    subscription {
      email
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:b09ebde8e982b16a639d8348f9347ae3ad62b4dc745de85df5c16cbab9cb95a3"}) as unknown as TypedDocumentString<UnsubscribeNewsletterMutation, UnsubscribeNewsletterMutationVariables>;
export const CheckoutStartDocument = new TypedDocumentString(`
    query CheckoutStart {
  me {
    id
    name
    email
    addresses {
      ...AccountAddress
    }
  }
  basket {
    ...BasketDrawerFields
  }
}
    fragment AccountAddress on Address {
  id
  name
  line1
  line2
  postalCode
  city
  country
  phone
  isDefaultShipping
  isDefaultBilling
}
fragment BasketDrawerFields on Basket {
  id
  version
  itemCount
  subtotal {
    amount
    currency
  }
  items {
    id
    quantity
    problem
    availableQuantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
    product {
      id
      slug
      name
      images {
        url
        alt
      }
    }
  }
}`, {"hash":"sha256:c0261a2d93d1761d68ea8f5ef7f7ef636fa8872f92c4bf7a93d3121f64fc6948"}) as unknown as TypedDocumentString<CheckoutStartQuery, CheckoutStartQueryVariables>;
export const PlaceCheckoutOrderDocument = new TypedDocumentString(`
    mutation PlaceCheckoutOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    order {
      ...OrderDetail
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment OrderTrackingStep on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderSummary on Order {
  id
  number
  status
  placedAt
  total {
    amount
    currency
  }
}
fragment OrderDetail on Order {
  ...OrderSummary
  cancellationReason
  statusHistory {
    status
    at
  }
  lines {
    name
    sku
    quantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
  }
  subtotal {
    amount
    currency
  }
  shipping {
    amount
    currency
  }
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
  }
  payment {
    status
    actionUrl
    failureReason
    method {
      brand
      last4
    }
  }
  delivery {
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...OrderTrackingStep
    }
  }
}`, {"hash":"sha256:3add21649a08e1db2bc0798c07c7f9ad0b4b425d12f6f1b77ac87526b94faa57"}) as unknown as TypedDocumentString<PlaceCheckoutOrderMutation, PlaceCheckoutOrderMutationVariables>;
export const AccountOrdersDocument = new TypedDocumentString(`
    query AccountOrders($first: Int = 20, $after: String) {
  myOrders(first: $first, after: $after) {
    totalCount
    edges {
      node {
        ...OrderSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrderSummary on Order {
  id
  number
  status
  placedAt
  total {
    amount
    currency
  }
}`, {"hash":"sha256:018c3767420b7edd754f058ef7b2b5fc0ecf85c028734d2f5d6a22571aa39d92"}) as unknown as TypedDocumentString<AccountOrdersQuery, AccountOrdersQueryVariables>;
export const AccountOrderDocument = new TypedDocumentString(`
    query AccountOrder($id: ID!) {
  order(id: $id) {
    ...OrderDetail
  }
}
    fragment OrderTrackingStep on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderSummary on Order {
  id
  number
  status
  placedAt
  total {
    amount
    currency
  }
}
fragment OrderDetail on Order {
  ...OrderSummary
  cancellationReason
  statusHistory {
    status
    at
  }
  lines {
    name
    sku
    quantity
    unitPrice {
      amount
      currency
    }
    lineTotal {
      amount
      currency
    }
  }
  subtotal {
    amount
    currency
  }
  shipping {
    amount
    currency
  }
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
  }
  payment {
    status
    actionUrl
    failureReason
    method {
      brand
      last4
    }
  }
  delivery {
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...OrderTrackingStep
    }
  }
}`, {"hash":"sha256:c02a25ceb4e3b6ad8a6f6a835e4d22486f9cef7eff19e0a59b1c4a7bbf154144"}) as unknown as TypedDocumentString<AccountOrderQuery, AccountOrderQueryVariables>;
export const TrackParcelDocument = new TypedDocumentString(`
    query TrackParcel($trackingNumber: String!, $postalCode: String!) {
  trackDelivery(trackingNumber: $trackingNumber, postalCode: $postalCode) {
    carrier
    status
    estimatedDeliveryDate
    timeline {
      ...OrderTrackingStep
    }
  }
}
    fragment OrderTrackingStep on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:193aea3539d3cc0b7c054f669be5a79e352e9b844ddb5a4f149303b4791d98ca"}) as unknown as TypedDocumentString<TrackParcelQuery, TrackParcelQueryVariables>;
export const SessionSignInDocument = new TypedDocumentString(`
    mutation SessionSignIn($input: LoginInput!) {
  login(input: $input) {
    ...ServerSessionPayload
  }
}
    fragment ServerSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
fragment ServerSessionPayload on AuthPayload {
  user {
    id
    name
    email
  }
  session {
    ...ServerSession
  }
  userErrors {
    field
    message
    code
  }
}`, {"hash":"sha256:748dfb3235765029942784882945c18df9b5086f15c827437058fe106f70f884"}) as unknown as TypedDocumentString<SessionSignInMutation, SessionSignInMutationVariables>;
export const SessionSignUpDocument = new TypedDocumentString(`
    mutation SessionSignUp($input: RegisterInput!) {
  register(input: $input) {
    ...ServerSessionPayload
  }
}
    fragment ServerSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
fragment ServerSessionPayload on AuthPayload {
  user {
    id
    name
    email
  }
  session {
    ...ServerSession
  }
  userErrors {
    field
    message
    code
  }
}`, {"hash":"sha256:fd2ffe4778616b9879a3df63f5f3e07d3f56c5f656511c224af90da123ed243a"}) as unknown as TypedDocumentString<SessionSignUpMutation, SessionSignUpMutationVariables>;
export const SessionRefreshDocument = new TypedDocumentString(`
    mutation SessionRefresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    ...ServerSessionPayload
  }
}
    fragment ServerSession on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
fragment ServerSessionPayload on AuthPayload {
  user {
    id
    name
    email
  }
  session {
    ...ServerSession
  }
  userErrors {
    field
    message
    code
  }
}`, {"hash":"sha256:67c1870582ea04902e6a7e07ad75c7f2f1ed5c3aad04f62bf8c9c5f1a76849b9"}) as unknown as TypedDocumentString<SessionRefreshMutation, SessionRefreshMutationVariables>;
export const SessionSignOutDocument = new TypedDocumentString(`
    mutation SessionSignOut($input: LogoutInput!) {
  logout(input: $input) {
    loggedOut
  }
}
    `, {"hash":"sha256:10fd972cf790e40b939a41dd6c88c7762a116e93c7204aa0d4569bd77517869c"}) as unknown as TypedDocumentString<SessionSignOutMutation, SessionSignOutMutationVariables>;
export const HelpFaqDocument = new TypedDocumentString(`
    query HelpFaq($search: String) {
  faq(search: $search) {
    id
    question
    answer
    category {
      id
      name
    }
  }
}
    `, {"hash":"sha256:b20c0fd4daa3383a2a0ac45a3d90b22a1b77293fe19b83cd103e90dff9fbc23f"}) as unknown as TypedDocumentString<HelpFaqQuery, HelpFaqQueryVariables>;
export const SendContactRequestDocument = new TypedDocumentString(`
    mutation SendContactRequest($input: SubmitContactRequestInput!) {
  submitContactRequest(input: $input) {
    ticketNumber
    retryAfterSeconds
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:d9198d4587dc0e78dd7e58eac9f625ab3c37d65ac1ed39340ed8d664a42c08fe"}) as unknown as TypedDocumentString<SendContactRequestMutation, SendContactRequestMutationVariables>;
export const SupportTicketsDocument = new TypedDocumentString(`
    query SupportTickets($first: Int = 20, $after: String) {
  myTickets(first: $first, after: $after) {
    edges {
      node {
        ...SupportTicketSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment SupportTicketSummary on Ticket {
  id
  number
  subject
  status
  updatedAt
}`, {"hash":"sha256:fac230593b31da15c8d7a14e05c100462fcb5d495fe0b5bda241e531ed9ff569"}) as unknown as TypedDocumentString<SupportTicketsQuery, SupportTicketsQueryVariables>;
export const SupportTicketDocument = new TypedDocumentString(`
    query SupportTicket($id: ID!) {
  ticket(id: $id) {
    ...SupportTicketConversation
  }
}
    fragment SupportTicketSummary on Ticket {
  id
  number
  subject
  status
  updatedAt
}
fragment SupportTicketConversation on Ticket {
  ...SupportTicketSummary
  category
  order {
    id
    number
  }
  messages {
    id
    authorRole
    body
    createdAt
  }
}`, {"hash":"sha256:04fc17df57151d3a6e4cb7bddb86f304557e1b3145dade4b46c641a0c27d1f0a"}) as unknown as TypedDocumentString<SupportTicketQuery, SupportTicketQueryVariables>;
export const SupportTicketReplyDocument = new TypedDocumentString(`
    mutation SupportTicketReply($input: ReplyToTicketInput!) {
  replyToTicket(input: $input) {
    ticket {
      ...SupportTicketConversation
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment SupportTicketSummary on Ticket {
  id
  number
  subject
  status
  updatedAt
}
fragment SupportTicketConversation on Ticket {
  ...SupportTicketSummary
  category
  order {
    id
    number
  }
  messages {
    id
    authorRole
    body
    createdAt
  }
}`, {"hash":"sha256:77a78478d5b79a284e47c8f7c29b913acbb10d45c17de756686d51f24e333078"}) as unknown as TypedDocumentString<SupportTicketReplyMutation, SupportTicketReplyMutationVariables>;