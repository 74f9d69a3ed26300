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

export type AddInternalNoteInput = {
  body: string;
  ticketId: string | number;
};

export type AddTrackingEventInput = {
  deliveryId: string | number;
  /** A revised estimate (YYYY-MM-DD), if the carrier gives one. */
  estimatedDeliveryDate?: string | null | undefined;
  location?: string | null | undefined;
  message?: string | null | undefined;
  /** When the carrier saw it; now when omitted. Never in the future. */
  occurredAt?: string | null | undefined;
  status: TrackingStatus;
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

export type AdjustStockInput = {
  /** Added to the stock on hand (negative to remove); the result may not fall below what is reserved. */
  delta: number;
  productId: string | number;
};

export type ArchiveProductInput = {
  productId: string | number;
};

export type AssignCarrierInput = {
  /** The carrier's name, e.g. Colissimo. */
  carrier: string;
  deliveryId: string | number;
  /** ISO 8601 calendar date (YYYY-MM-DD). */
  estimatedDeliveryDate?: string | null | undefined;
  /** The carrier's tracking number: unique across deliveries. */
  trackingNumber: string;
};

export type AssignDeliveryToCarrierInput = {
  /** A carrier organisation: its partners, and no other, then read and move the delivery. */
  carrierOrganizationId: string | number;
  deliveryId: string | number;
};

export type AssignProductSellerInput = {
  productId: string | number;
  /** A seller organisation, whose partners then manage the product; null takes it back for the platform. */
  sellerOrganizationId?: string | number | null | undefined;
};

export type AssignTicketInput = {
  /** The agent to assign; the caller when omitted. */
  assigneeId?: string | number | null | undefined;
  ticketId: string | number;
};

export type BasketItemProblem =
  /** The product was withdrawn from sale: remove it to check out. */
  | 'ARCHIVED'
  /** The product is now priced in another currency than the basket: remove it to check out. */
  | 'CURRENCY_MISMATCH'
  /** Fewer units are in stock than the line asks for (advisory: stock is reserved at checkout). */
  | 'INSUFFICIENT_STOCK';

export type CancelNewsletterCampaignInput = {
  id: string | number;
};

export type CancelOrderInput = {
  orderId: string | number;
};

export type CloseTicketInput = {
  ticketId: string | number;
};

export type CreateCategoryInput = {
  name: LocalizedTextInput;
  parentId?: string | number | null | undefined;
  slug: string;
};

export type CreateNewsletterCampaignInput = {
  bodyEn: string;
  bodyFr: string;
  subjectEn: string;
  subjectFr: string;
};

export type CreatePartnerOrganizationInput = {
  kind: PartnerOrganizationKind;
  /** Unique, up to 100 characters. */
  name: string;
};

export type CreateProductInput = {
  attributes?: Array<ProductAttributeInput> | null | undefined;
  categoryId?: string | number | null | undefined;
  description: LocalizedTextInput;
  images?: Array<ProductImageInput> | null | undefined;
  name: LocalizedTextInput;
  price: MoneyInput;
  sku: string;
  slug: string;
  /** Initial stock on hand. */
  stock?: number | null | undefined;
};

export type DeliveriesFilter = {
  carrier?: string | null | undefined;
  status?: DeliveryStatus | null | undefined;
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

export type IssuePartnerTokenInput = {
  name: string;
  /** The organisation the token acts for. */
  organizationId: string | number;
  /** What the organisation's kind allows: deliveries:write for a carrier, catalog:write for a seller. */
  scopes: Array<string>;
  /** A user with the PARTNER role. */
  userId: string | number;
};

/** The language Comptoir writes to a user in: mail and messages. */
export type Language =
  | 'EN'
  | 'FR';

export type LineUnavailabilityReason =
  | 'ARCHIVED'
  | 'OUT_OF_STOCK'
  | 'UNKNOWN_PRODUCT';

export type LocalizedTextInput = {
  en: string;
  fr: string;
};

export type LoginInput = {
  email: string;
  password: string;
  /** Required when two-factor authentication is on: the 6-digit code, or a recovery code. */
  twoFactorCode?: string | null | undefined;
};

export type LogoutInput = {
  refreshToken: string;
};

export type MarkDeliveredInput = {
  deliveryId: string | number;
  location?: string | null | undefined;
  message?: string | null | undefined;
  occurredAt?: string | null | undefined;
};

export type MarkDeliveryFailedInput = {
  deliveryId: string | number;
  location?: string | null | undefined;
  occurredAt?: string | null | undefined;
  /** Why the attempt failed, e.g. recipient absent. */
  reason: string;
};

export type MarkFaqHelpfulInput = {
  entryId: string | number;
};

export type MergeBasketInput = {
  /** The anonymous basket's token; the web storefront's cookie is used when omitted. */
  basketToken?: string | null | undefined;
};

export type MoneyInput = {
  /** Minor units, from 0 to 1,000,000,000 (a unit price's platform maximum). */
  amount: number;
  /** ISO 4217 code, e.g. EUR or JPY. */
  currency: string;
};

export type MoveCategoryInput = {
  categoryId: string | number;
  /** The new parent; null makes it a root. */
  parentId?: string | number | null | undefined;
};

export type NewsletterCampaignStatus =
  /** Stopped by an admin; copies not yet sent never will be. */
  | 'CANCELLED'
  /** Being written; not going anywhere yet. */
  | 'DRAFT'
  /** Will start sending at sendAt. */
  | 'SCHEDULED'
  /** Going out in batches at the configured rate. */
  | 'SENDING'
  /** Every copy has gone (or failed). */
  | 'SENT';

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

export type OpenTicketInput = {
  category: TicketCategory;
  /** The first message: what the customer needs. */
  message: string;
  /** One of the caller's orders, when the ticket is about it. */
  orderId?: string | number | null | undefined;
  subject: string;
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

export type OrderCancellationRefusal =
  /** The carrier had already picked the parcel up: the order ships. */
  | 'ALREADY_SHIPPED';

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

export type OrdersFilter = {
  /** Placed at or after this instant. */
  placedFrom?: string | null | undefined;
  /** Placed before this instant. */
  placedTo?: string | null | undefined;
  status?: OrderStatus | null | undefined;
};

export type PartnerOrganizationKind =
  /** Moves the deliveries assigned to it (its tokens: deliveries:write). */
  | 'CARRIER'
  /** Sells its own products on the marketplace (its tokens: catalog:write). */
  | 'SELLER';

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

/**
 * A product attribute, in one language or in all. Say a translated attribute once per language
 * (couleur: bleu in FR, colour: blue in EN); leave out `language` for one that reads the same in every
 * language (e.g. a dimension: 40 cm).
 */
export type ProductAttributeInput = {
  /** The language it is written in: only shoppers reading that language see it. Omitted: everyone sees it. */
  language?: Language | null | undefined;
  /** 1 to 50 characters. */
  name: string;
  /** 1 to 200 characters. */
  value: string;
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

export type ProductImageInput = {
  alt: string;
  /** An absolute http(s) URL, or the url of an image the platform serves (/images/<id>/large.webp). */
  url: string;
};

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

export type RefundPaymentInput = {
  /** In minor units of the order's currency: part or all of what remains of the capture. */
  amount: number;
  orderId: string | number;
  /** Why, for the payment's history. */
  reason: string;
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

export type RevokePartnerTokenInput = {
  partnerTokenId: string | number;
};

export type Role =
  | 'ADMIN'
  | 'CUSTOMER'
  | 'PARTNER'
  | 'SUPPORT_AGENT';

export type ScheduleNewsletterCampaignInput = {
  id: string | number;
  /** When to start sending; now when omitted or past. */
  sendAt?: string | null | undefined;
};

export type SetNewsletterPreferencesInput = {
  /** The account's language when omitted. */
  language?: Language | null | undefined;
  /** True starts the confirmation by mail (unless confirmed already); false unsubscribes at once. */
  subscribed: boolean;
};

export type SetProductPriceInput = {
  price: MoneyInput;
  productId: string | number;
};

export type SetTicketPriorityInput = {
  priority: TicketPriority;
  ticketId: string | number;
};

export type SetTicketStatusInput = {
  status: TicketStatus;
  ticketId: string | number;
};

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: string | number;
};

export type SubmitContactRequestInput = {
  email: string;
  message: string;
  subject: string;
};

export type SubscribeToNewsletterInput = {
  email: string;
  /** The language of its mails; the request's (Accept-Language) when omitted. */
  language?: Language | null | undefined;
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

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TicketQueueFilter = {
  assigneeId?: string | number | null | undefined;
  priority?: Array<TicketPriority> | null | undefined;
  status?: Array<TicketStatus> | null | undefined;
  /** Only tickets no agent handles yet. */
  unassigned?: boolean | null | undefined;
};

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

/** A status a carrier reports with addTrackingEvent. */
export type TrackingStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'RETURNED';

export type UpdateAddressInput = {
  address: AddressInput;
  addressId: string | number;
};

export type UpdateBasketItemQuantityInput = {
  productId: string | number;
  /** 1 to 999. */
  quantity: number;
};

export type UpdateCategoryInput = {
  categoryId: string | number;
  name?: LocalizedTextInput | null | undefined;
  slug?: string | null | undefined;
};

export type UpdateProductInput = {
  /** Replaces all of the product's attributes, in every language. */
  attributes?: Array<ProductAttributeInput> | null | undefined;
  categoryId?: string | number | null | undefined;
  description?: LocalizedTextInput | null | undefined;
  images?: Array<ProductImageInput> | null | undefined;
  name?: LocalizedTextInput | null | undefined;
  productId: string | number;
  slug?: string | null | undefined;
};

/** Changes what is given; a field left out stays as it is. */
export type UpdateProfileInput = {
  language?: Language | null | undefined;
  name?: string | null | undefined;
};

export type PartnerTokenFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, organization: { id: string, name: string, kind: PartnerOrganizationKind } | null, user: { id: string, name: string } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  email?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, email: string | null, roles: Array<Role>, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetUserRolesMutationVariables = Exact<{
  input: SetUserRolesInput;
}>;


export type SetUserRolesMutation = { setUserRoles: { user: { id: string, roles: Array<Role> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type PartnerOrganizationsQueryVariables = Exact<{
  kind?: PartnerOrganizationKind | null | undefined;
}>;


export type PartnerOrganizationsQuery = { partnerOrganizations: Array<{ id: string, name: string, kind: PartnerOrganizationKind }> };

export type CreatePartnerOrganizationMutationVariables = Exact<{
  input: CreatePartnerOrganizationInput;
}>;


export type CreatePartnerOrganizationMutation = { createPartnerOrganization: { organization: { id: string, name: string, kind: PartnerOrganizationKind } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type PartnerTokensQueryVariables = Exact<{
  userId?: string | number | null | undefined;
}>;


export type PartnerTokensQuery = { partnerTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, organization: { id: string, name: string, kind: PartnerOrganizationKind } | null, user: { id: string, name: string } }> };

export type IssuePartnerTokenMutationVariables = Exact<{
  input: IssuePartnerTokenInput;
}>;


export type IssuePartnerTokenMutation = { issuePartnerToken: { token: string | null, partnerToken: { id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, organization: { id: string, name: string, kind: PartnerOrganizationKind } | null, user: { id: string, name: string } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RevokePartnerTokenMutationVariables = Exact<{
  input: RevokePartnerTokenInput;
}>;


export type RevokePartnerTokenMutation = { revokePartnerToken: { partnerToken: { id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, organization: { id: string, name: string, kind: PartnerOrganizationKind } | null, user: { id: string, name: string } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type OrdersQueryVariables = Exact<{
  filter?: OrdersFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrdersQuery = { orders: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, customer: { id: string, name: string, email: string | null }, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundPaymentMutation = { refundPayment: { order: { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type AssignDeliveryToCarrierMutationVariables = Exact<{
  input: AssignDeliveryToCarrierInput;
}>;


export type AssignDeliveryToCarrierMutation = { assignDeliveryToCarrier: { delivery: { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type AssignProductSellerMutationVariables = Exact<{
  input: AssignProductSellerInput;
}>;


export type AssignProductSellerMutation = { assignProductSeller: { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type CategoryPayloadFieldsFragment = { category: { id: string, slug: string, name: string, parent: { id: string } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { category: { id: string, slug: string, name: string, parent: { id: string } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type UpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type UpdateCategoryMutation = { updateCategory: { category: { id: string, slug: string, name: string, parent: { id: string } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MoveCategoryMutationVariables = Exact<{
  input: MoveCategoryInput;
}>;


export type MoveCategoryMutation = { moveCategory: { category: { id: string, slug: string, name: string, parent: { id: string } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type TicketQueueQueryVariables = Exact<{
  filter?: TicketQueueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TicketQueueQuery = { ticketQueue: { totalCount: number, edges: Array<{ cursor: string, node: { contactEmail: string | null, id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, customer: { id: string, name: string } | null, assignee: { id: string, name: string } | null, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AssignTicketMutationVariables = Exact<{
  input: AssignTicketInput;
}>;


export type AssignTicketMutation = { assignTicket: { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type AddInternalNoteMutationVariables = Exact<{
  input: AddInternalNoteInput;
}>;


export type AddInternalNoteMutation = { addInternalNote: { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SetTicketStatusMutationVariables = Exact<{
  input: SetTicketStatusInput;
}>;


export type SetTicketStatusMutation = { setTicketStatus: { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SetTicketPriorityMutationVariables = Exact<{
  input: SetTicketPriorityInput;
}>;


export type SetTicketPriorityMutation = { setTicketPriority: { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type NewsletterCampaignFieldsFragment = { id: string, subjectFr: string, subjectEn: string, status: NewsletterCampaignStatus, sendAt: string | null, startedAt: string | null, finishedAt: string | null, createdAt: string, progress: { recipients: number | null, sent: number, failed: number, skipped: number, pending: number } };

export type NewsletterCampaignPayloadFieldsFragment = { campaign: { id: string, subjectFr: string, subjectEn: string, status: NewsletterCampaignStatus, sendAt: string | null, startedAt: string | null, finishedAt: string | null, createdAt: string, progress: { recipients: number | null, sent: number, failed: number, skipped: number, pending: number } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type NewsletterCampaignsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NewsletterCampaignsQuery = { newsletterCampaigns: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, subjectFr: string, subjectEn: string, status: NewsletterCampaignStatus, sendAt: string | null, startedAt: string | null, finishedAt: string | null, createdAt: string, progress: { recipients: number | null, sent: number, failed: number, skipped: number, pending: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, newsletterAudience: { pending: number, confirmed: number, unsubscribed: number } };

export type CreateNewsletterCampaignMutationVariables = Exact<{
  input: CreateNewsletterCampaignInput;
}>;


export type CreateNewsletterCampaignMutation = { createNewsletterCampaign: { campaign: { id: string, subjectFr: string, subjectEn: string, status: NewsletterCampaignStatus, sendAt: string | null, startedAt: string | null, finishedAt: string | null, createdAt: string, progress: { recipients: number | null, sent: number, failed: number, skipped: number, pending: number } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ScheduleNewsletterCampaignMutationVariables = Exact<{
  input: ScheduleNewsletterCampaignInput;
}>;


export type ScheduleNewsletterCampaignMutation = { scheduleNewsletterCampaign: { campaign: { id: string, subjectFr: string, subjectEn: string, status: NewsletterCampaignStatus, sendAt: string | null, startedAt: string | null, finishedAt: string | null, createdAt: string, progress: { recipients: number | null, sent: number, failed: number, skipped: number, pending: number } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type CancelNewsletterCampaignMutationVariables = Exact<{
  input: CancelNewsletterCampaignInput;
}>;


export type CancelNewsletterCampaignMutation = { cancelNewsletterCampaign: { campaign: { id: string, subjectFr: string, subjectEn: string, status: NewsletterCampaignStatus, sendAt: string | null, startedAt: string | null, finishedAt: string | null, createdAt: string, progress: { recipients: number | null, sent: number, failed: number, skipped: number, pending: number } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type DeliveryFieldsFragment = { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> };

export type DeliveryPayloadFieldsFragment = { delivery: { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type DeliveriesQueryVariables = Exact<{
  filter?: DeliveriesFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DeliveriesQuery = { deliveries: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AssignCarrierMutationVariables = Exact<{
  input: AssignCarrierInput;
}>;


export type AssignCarrierMutation = { assignCarrier: { delivery: { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type AddTrackingEventMutationVariables = Exact<{
  input: AddTrackingEventInput;
}>;


export type AddTrackingEventMutation = { addTrackingEvent: { delivery: { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MarkDeliveredMutationVariables = Exact<{
  input: MarkDeliveredInput;
}>;


export type MarkDeliveredMutation = { markDelivered: { delivery: { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MarkDeliveryFailedMutationVariables = Exact<{
  input: MarkDeliveryFailedInput;
}>;


export type MarkDeliveryFailedMutation = { markDeliveryFailed: { delivery: { id: string, orderNumber: string, status: DeliveryStatus, carrier: string | null, trackingNumber: string | null, estimatedDeliveryDate: string | null, createdAt: string, updatedAt: string, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, carrierOrganization: { id: string, name: string } | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SellerProductFieldsFragment = { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> };

export type ProductPayloadFieldsFragment = { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type SellerProductQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type SellerProductQuery = { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { updateProduct: { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ArchiveProductMutationVariables = Exact<{
  input: ArchiveProductInput;
}>;


export type ArchiveProductMutation = { archiveProduct: { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SetProductPriceMutationVariables = Exact<{
  input: SetProductPriceInput;
}>;


export type SetProductPriceMutation = { setProductPrice: { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { adjustStock: { product: { createdAt: string, updatedAt: string, sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, stock: { onHand: number, reserved: number, available: number }, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string };

export type AddressFieldsFragment = { id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean };

export type UserErrorFieldsFragment = { field: string | null, message: string, code: string };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { user: { id: string, name: string, email: string | null } | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SignInMutationVariables = Exact<{
  input: LoginInput;
}>;


export type SignInMutation = { login: { user: { id: string, name: string, email: string | null } | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SignOutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type SignOutMutation = { logout: { loggedOut: boolean | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string | null, roles: Array<Role>, language: Language | null, createdAt: string, addresses: Array<{ id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean }> | null } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { user: { id: string, name: string, language: Language | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type AddAddressMutationVariables = Exact<{
  input: AddAddressInput;
}>;


export type AddAddressMutation = { addAddress: { address: { id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type UpdateAddressMutationVariables = Exact<{
  input: UpdateAddressInput;
}>;


export type UpdateAddressMutation = { updateAddress: { address: { id: string, name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null, isDefaultShipping: boolean, isDefaultBilling: boolean } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RemoveAddressMutationVariables = Exact<{
  input: RemoveAddressInput;
}>;


export type RemoveAddressMutation = { removeAddress: { removedAddressId: string | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type BasketFieldsFragment = { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> };

export type BasketPayloadFieldsFragment = { basketToken: string | null, basket: { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type BasketQueryVariables = Exact<{ [key: string]: never; }>;


export type BasketQuery = { basket: { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> } | null };

export type AddBasketItemMutationVariables = Exact<{
  input: AddBasketItemInput;
}>;


export type AddBasketItemMutation = { addBasketItem: { basketToken: string | null, basket: { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type UpdateBasketItemQuantityMutationVariables = Exact<{
  input: UpdateBasketItemQuantityInput;
}>;


export type UpdateBasketItemQuantityMutation = { updateBasketItemQuantity: { basketToken: string | null, basket: { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type RemoveBasketItemMutationVariables = Exact<{
  input: RemoveBasketItemInput;
}>;


export type RemoveBasketItemMutation = { removeBasketItem: { basketToken: string | null, basket: { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ClearBasketMutationVariables = Exact<{ [key: string]: never; }>;


export type ClearBasketMutation = { clearBasket: { basketToken: string | null, basket: { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MergeBasketMutationVariables = Exact<{
  input: MergeBasketInput;
}>;


export type MergeBasketMutation = { mergeBasket: { basketToken: string | null, basket: { id: string, version: number, itemCount: number, updatedAt: string, subtotal: { amount: number, currency: string }, items: Array<{ id: string, quantity: number, problem: BasketItemProblem | null, availableQuantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, product: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ProductCardFragment = { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } };

export type ProductDetailFragment = { sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } };

export type ProductsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  sort?: ProductSort | null | undefined;
}>;


export type ProductsQuery = { products: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { inStock: number, categories: Array<{ count: number, category: { id: string, slug: string, name: string } }>, priceBuckets: Array<{ min: number, max: number | null, count: number }> } } };

export type ProductQueryVariables = Exact<{
  id?: string | number | null | undefined;
  slug?: string | null | undefined;
}>;


export type ProductQuery = { product: { sku: string, description: string, status: ProductStatus, id: string, slug: string, name: string, attributes: Array<{ name: string, value: string }>, category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }> } | null, seller: { id: string, name: string } | null, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } | null };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, slug: string, name: string, children: Array<{ id: string, slug: string, name: string, children: Array<{ id: string, slug: string, name: string }> }> }> };

export type CategoryProductsQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProductFilter | null | undefined;
  sort?: ProductSort | null | undefined;
}>;


export type CategoryProductsQuery = { category: { id: string, slug: string, name: string, breadcrumb: Array<{ id: string, slug: string, name: string }>, children: Array<{ id: string, slug: string, name: string }>, products: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, slug: string, name: string, price: { amount: number, currency: string }, images: Array<{ url: string, alt: string }>, stock: { available: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type NewsletterSubscriptionFieldsFragment = { email: string, language: Language, status: NewsletterSubscriptionStatus, confirmedAt: string | null };

export type NewsletterSubscriptionPayloadFieldsFragment = { subscription: { email: string, language: Language, status: NewsletterSubscriptionStatus, confirmedAt: string | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type SubscribeToNewsletterMutationVariables = Exact<{
  input: SubscribeToNewsletterInput;
}>;


export type SubscribeToNewsletterMutation = { subscribeToNewsletter: { retryAfterSeconds: number | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ConfirmNewsletterSubscriptionMutationVariables = Exact<{
  input: NewsletterTokenInput;
}>;


export type ConfirmNewsletterSubscriptionMutation = { confirmNewsletterSubscription: { subscription: { email: string, language: Language, status: NewsletterSubscriptionStatus, confirmedAt: string | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type UnsubscribeFromNewsletterMutationVariables = Exact<{
  input: NewsletterTokenInput;
}>;


export type UnsubscribeFromNewsletterMutation = { unsubscribeFromNewsletter: { subscription: { email: string, language: Language, status: NewsletterSubscriptionStatus, confirmedAt: string | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MyNewsletterQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNewsletterQuery = { me: { id: string, newsletter: { email: string, language: Language, status: NewsletterSubscriptionStatus, confirmedAt: string | null } | null } | null };

export type SetNewsletterPreferencesMutationVariables = Exact<{
  input: SetNewsletterPreferencesInput;
}>;


export type SetNewsletterPreferencesMutation = { setNewsletterPreferences: { subscription: { email: string, language: Language, status: NewsletterSubscriptionStatus, confirmedAt: string | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type TrackingFieldsFragment = { status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string };

export type OrderFieldsFragment = { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null };

export type OrderPayloadFieldsFragment = { order: { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { order: { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type MyOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyOrdersQuery = { myOrders: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, number: string, status: OrderStatus, placedAt: string, cancellationReason: OrderCancellationReason | null, cancellationRefusal: OrderCancellationRefusal | null, statusHistory: Array<{ status: OrderStatus, at: string }>, lines: Array<{ name: string, sku: string, quantity: number, unitPrice: { amount: number, currency: string }, lineTotal: { amount: number, currency: string }, unavailability: { reason: LineUnavailabilityReason, availableQuantity: number } | null }>, subtotal: { amount: number, currency: string }, shipping: { amount: number, currency: string }, total: { amount: number, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, postalCode: string, city: string, country: string, phone: string | null }, payment: { status: PaymentStatus, actionUrl: string | null, failureReason: string | null, method: { brand: string, last4: string } | null } | null, delivery: { id: string, carrier: string | null, trackingNumber: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null } | null };

export type TrackDeliveryQueryVariables = Exact<{
  trackingNumber: string;
  postalCode: string;
}>;


export type TrackDeliveryQuery = { trackDelivery: { carrier: string | null, status: DeliveryStatus, estimatedDeliveryDate: string | null, timeline: Array<{ status: DeliveryStatus, location: string | null, message: string | null, occurredAt: string }> } | null };

export type TicketFieldsFragment = { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> };

export type TicketPayloadFieldsFragment = { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> };

export type FaqEntryFieldsFragment = { id: string, question: string, answer: string, position: number, helpfulCount: number, category: { id: string, slug: string, name: string } };

export type MyTicketsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTicketsQuery = { myTickets: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TicketQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketQuery = { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null };

export type OpenTicketMutationVariables = Exact<{
  input: OpenTicketInput;
}>;


export type OpenTicketMutation = { openTicket: { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type ReplyToTicketMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type ReplyToTicketMutation = { replyToTicket: { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type CloseTicketMutationVariables = Exact<{
  input: CloseTicketInput;
}>;


export type CloseTicketMutation = { closeTicket: { ticket: { id: string, number: string, subject: string, category: TicketCategory, status: TicketStatus, priority: TicketPriority, createdAt: string, updatedAt: string, order: { id: string, number: string } | null, messages: Array<{ id: string, authorRole: TicketAuthorRole, body: string, createdAt: string }> } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type SubmitContactRequestMutationVariables = Exact<{
  input: SubmitContactRequestInput;
}>;


export type SubmitContactRequestMutation = { submitContactRequest: { ticketNumber: string | null, retryAfterSeconds: number | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

export type FaqQueryVariables = Exact<{
  search?: string | null | undefined;
  category?: string | number | null | undefined;
}>;


export type FaqQuery = { faq: Array<{ id: string, question: string, answer: string, position: number, helpfulCount: number, category: { id: string, slug: string, name: string } }> };

export type FaqCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type FaqCategoriesQuery = { faqCategories: Array<{ id: string, slug: string, name: string, position: number }> };

export type MarkFaqHelpfulMutationVariables = Exact<{
  input: MarkFaqHelpfulInput;
}>;


export type MarkFaqHelpfulMutation = { markFaqHelpful: { entry: { id: string, question: string, answer: string, position: number, helpfulCount: number, category: { id: string, slug: string, name: string } } | null, userErrors: Array<{ field: string | null, message: string, code: string }> } };

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
export const PartnerTokenFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartnerTokenFields on PartnerToken {
  id
  name
  prefix
  scopes
  organization {
    id
    name
    kind
  }
  user {
    id
    name
  }
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"PartnerTokenFields"}) as unknown as TypedDocumentString<PartnerTokenFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserErrorFields on UserError {
  field
  message
  code
}
    `, {"fragmentName":"UserErrorFields"}) as unknown as TypedDocumentString<UserErrorFieldsFragment, unknown>;
export const CategoryPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment CategoryPayloadFields on CategoryPayload {
  category {
    id
    slug
    name
    parent {
      id
    }
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"fragmentName":"CategoryPayloadFields"}) as unknown as TypedDocumentString<CategoryPayloadFieldsFragment, unknown>;
export const NewsletterCampaignFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterCampaignFields on NewsletterCampaign {
  id
  subjectFr
  subjectEn
  status
  sendAt
  startedAt
  finishedAt
  progress {
    recipients
    sent
    failed
    skipped
    pending
  }
  createdAt
}
    `, {"fragmentName":"NewsletterCampaignFields"}) as unknown as TypedDocumentString<NewsletterCampaignFieldsFragment, unknown>;
export const NewsletterCampaignPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterCampaignPayloadFields on NewsletterCampaignPayload {
  campaign {
    ...NewsletterCampaignFields
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment NewsletterCampaignFields on NewsletterCampaign {
  id
  subjectFr
  subjectEn
  status
  sendAt
  startedAt
  finishedAt
  progress {
    recipients
    sent
    failed
    skipped
    pending
  }
  createdAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"fragmentName":"NewsletterCampaignPayloadFields"}) as unknown as TypedDocumentString<NewsletterCampaignPayloadFieldsFragment, unknown>;
export const TrackingFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
    `, {"fragmentName":"TrackingFields"}) as unknown as TypedDocumentString<TrackingFieldsFragment, unknown>;
export const DeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
    fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"fragmentName":"DeliveryFields"}) as unknown as TypedDocumentString<DeliveryFieldsFragment, unknown>;
export const DeliveryPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeliveryPayloadFields on DeliveryPayload {
  delivery {
    ...DeliveryFields
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"fragmentName":"DeliveryPayloadFields"}) as unknown as TypedDocumentString<DeliveryPayloadFieldsFragment, unknown>;
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const ProductDetailFragmentDoc = new TypedDocumentString(`
    fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}
    fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"fragmentName":"ProductDetail"}) as unknown as TypedDocumentString<ProductDetailFragment, unknown>;
export const SellerProductFieldsFragmentDoc = new TypedDocumentString(`
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
    fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"fragmentName":"SellerProductFields"}) as unknown as TypedDocumentString<SellerProductFieldsFragment, unknown>;
export const ProductPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProductPayloadFields on ProductPayload {
  product {
    ...SellerProductFields
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"fragmentName":"ProductPayloadFields"}) as unknown as TypedDocumentString<ProductPayloadFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const AddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment AddressFields on Address {
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
    `, {"fragmentName":"AddressFields"}) as unknown as TypedDocumentString<AddressFieldsFragment, unknown>;
export const BasketFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
    fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"fragmentName":"BasketFields"}) as unknown as TypedDocumentString<BasketFieldsFragment, unknown>;
export const BasketPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasketPayloadFields on BasketPayload {
  basket {
    ...BasketFields
  }
  basketToken
  userErrors {
    field
    message
    code
  }
}
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"fragmentName":"BasketPayloadFields"}) as unknown as TypedDocumentString<BasketPayloadFieldsFragment, unknown>;
export const NewsletterSubscriptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterSubscriptionFields on NewsletterSubscription {
  email
  language
  status
  confirmedAt
}
    `, {"fragmentName":"NewsletterSubscriptionFields"}) as unknown as TypedDocumentString<NewsletterSubscriptionFieldsFragment, unknown>;
export const NewsletterSubscriptionPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment NewsletterSubscriptionPayloadFields on NewsletterSubscriptionPayload {
  subscription {
    ...NewsletterSubscriptionFields
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment NewsletterSubscriptionFields on NewsletterSubscription {
  email
  language
  status
  confirmedAt
}`, {"fragmentName":"NewsletterSubscriptionPayloadFields"}) as unknown as TypedDocumentString<NewsletterSubscriptionPayloadFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}
    fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"fragmentName":"OrderFields"}) as unknown as TypedDocumentString<OrderFieldsFragment, unknown>;
export const OrderPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderPayloadFields on OrderPayload {
  order {
    ...OrderFields
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}`, {"fragmentName":"OrderPayloadFields"}) as unknown as TypedDocumentString<OrderPayloadFieldsFragment, unknown>;
export const TicketFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
    `, {"fragmentName":"TicketFields"}) as unknown as TypedDocumentString<TicketFieldsFragment, unknown>;
export const TicketPayloadFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}`, {"fragmentName":"TicketPayloadFields"}) as unknown as TypedDocumentString<TicketPayloadFieldsFragment, unknown>;
export const FaqEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment FaqEntryFields on FaqEntry {
  id
  question
  answer
  position
  helpfulCount
  category {
    id
    slug
    name
  }
}
    `, {"fragmentName":"FaqEntryFields"}) as unknown as TypedDocumentString<FaqEntryFieldsFragment, unknown>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int = 20, $after: String, $email: String) {
  users(first: $first, after: $after, email: $email) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        email
        roles
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:2d6c46100ccf55e35cb1e91bb2604fd6e18b1502f365a77d612d1d3f264e2fda"}) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const SetUserRolesDocument = new TypedDocumentString(`
    mutation SetUserRoles($input: SetUserRolesInput!) {
  setUserRoles(input: $input) {
    user {
      id
      roles
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:1a371467298609b61fc59ccb8c9868af289956c39a6c9197971336b63b4a2079"}) as unknown as TypedDocumentString<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const PartnerOrganizationsDocument = new TypedDocumentString(`
    query PartnerOrganizations($kind: PartnerOrganizationKind) {
  partnerOrganizations(kind: $kind) {
    id
    name
    kind
  }
}
    `, {"hash":"sha256:b899c64c22f4c7913f062f700328a6862a8faea1b440bf3b9d18aee09207deac"}) as unknown as TypedDocumentString<PartnerOrganizationsQuery, PartnerOrganizationsQueryVariables>;
export const CreatePartnerOrganizationDocument = new TypedDocumentString(`
    mutation CreatePartnerOrganization($input: CreatePartnerOrganizationInput!) {
  createPartnerOrganization(input: $input) {
    organization {
      id
      name
      kind
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:8b8e2f8dcf0d9a1dd26eca3fa1ba90963838738c01b8a5e50f3d5d33022ea6b5"}) as unknown as TypedDocumentString<CreatePartnerOrganizationMutation, CreatePartnerOrganizationMutationVariables>;
export const PartnerTokensDocument = new TypedDocumentString(`
    query PartnerTokens($userId: ID) {
  partnerTokens(userId: $userId) {
    ...PartnerTokenFields
  }
}
    fragment PartnerTokenFields on PartnerToken {
  id
  name
  prefix
  scopes
  organization {
    id
    name
    kind
  }
  user {
    id
    name
  }
  createdAt
  lastUsedAt
  revokedAt
}`, {"hash":"sha256:14a896f45aa750726f887c1f570da1c76edd998c86d9483a93240618542ba990"}) as unknown as TypedDocumentString<PartnerTokensQuery, PartnerTokensQueryVariables>;
export const IssuePartnerTokenDocument = new TypedDocumentString(`
    mutation IssuePartnerToken($input: IssuePartnerTokenInput!) {
  issuePartnerToken(input: $input) {
    token
    partnerToken {
      ...PartnerTokenFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment PartnerTokenFields on PartnerToken {
  id
  name
  prefix
  scopes
  organization {
    id
    name
    kind
  }
  user {
    id
    name
  }
  createdAt
  lastUsedAt
  revokedAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:6def06b907106b9f9422db3da10cbd85ea9961a4ede0664b9ba96647c613dafe"}) as unknown as TypedDocumentString<IssuePartnerTokenMutation, IssuePartnerTokenMutationVariables>;
export const RevokePartnerTokenDocument = new TypedDocumentString(`
    mutation RevokePartnerToken($input: RevokePartnerTokenInput!) {
  revokePartnerToken(input: $input) {
    partnerToken {
      ...PartnerTokenFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment PartnerTokenFields on PartnerToken {
  id
  name
  prefix
  scopes
  organization {
    id
    name
    kind
  }
  user {
    id
    name
  }
  createdAt
  lastUsedAt
  revokedAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:e707afb5c8cc4d7224a30bc9ea5c7567e43b86f9e00ece835c1d8a4714840224"}) as unknown as TypedDocumentString<RevokePartnerTokenMutation, RevokePartnerTokenMutationVariables>;
export const OrdersDocument = new TypedDocumentString(`
    query Orders($filter: OrdersFilter, $first: Int = 20, $after: String) {
  orders(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...OrderFields
        customer {
          id
          name
          email
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}`, {"hash":"sha256:2eedbf7c4b770dc551c8bfec8c916a4bf84d9e736bf78e03fff721d8f0af981a"}) as unknown as TypedDocumentString<OrdersQuery, OrdersQueryVariables>;
export const RefundPaymentDocument = new TypedDocumentString(`
    mutation RefundPayment($input: RefundPaymentInput!) {
  refundPayment(input: $input) {
    ...OrderPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}
fragment OrderPayloadFields on OrderPayload {
  order {
    ...OrderFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:28cca913dc1576c14957d119bb0cf53d919c39cec07e29b8a42d963537456ae4"}) as unknown as TypedDocumentString<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const AssignDeliveryToCarrierDocument = new TypedDocumentString(`
    mutation AssignDeliveryToCarrier($input: AssignDeliveryToCarrierInput!) {
  assignDeliveryToCarrier(input: $input) {
    ...DeliveryPayloadFields
  }
}
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
fragment DeliveryPayloadFields on DeliveryPayload {
  delivery {
    ...DeliveryFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:d8c342f150260737b96aa39d41259738c89c57961d9cf24ea645a855f45063d1"}) as unknown as TypedDocumentString<AssignDeliveryToCarrierMutation, AssignDeliveryToCarrierMutationVariables>;
export const AssignProductSellerDocument = new TypedDocumentString(`
    mutation AssignProductSeller($input: AssignProductSellerInput!) {
  assignProductSeller(input: $input) {
    ...ProductPayloadFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment ProductPayloadFields on ProductPayload {
  product {
    ...SellerProductFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:705e3889fc9537ee7feb6ea2d3719e2f66204bd664309c4f01dd57c228743f30"}) as unknown as TypedDocumentString<AssignProductSellerMutation, AssignProductSellerMutationVariables>;
export const CreateCategoryDocument = new TypedDocumentString(`
    mutation CreateCategory($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    ...CategoryPayloadFields
  }
}
    fragment CategoryPayloadFields on CategoryPayload {
  category {
    id
    slug
    name
    parent {
      id
    }
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:5705233137b2e6f76d3ae3afb614596f67decc56249f4d94a788fa600da4b64a"}) as unknown as TypedDocumentString<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = new TypedDocumentString(`
    mutation UpdateCategory($input: UpdateCategoryInput!) {
  updateCategory(input: $input) {
    ...CategoryPayloadFields
  }
}
    fragment CategoryPayloadFields on CategoryPayload {
  category {
    id
    slug
    name
    parent {
      id
    }
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:e758052b09ffd603e78b691ad45fd49d626047c0ad999b75021d23e2e687eaa4"}) as unknown as TypedDocumentString<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const MoveCategoryDocument = new TypedDocumentString(`
    mutation MoveCategory($input: MoveCategoryInput!) {
  moveCategory(input: $input) {
    ...CategoryPayloadFields
  }
}
    fragment CategoryPayloadFields on CategoryPayload {
  category {
    id
    slug
    name
    parent {
      id
    }
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:fd4546d15c4b960cfb8e23ff86868ff97aeac4a07f3064f260ae834759cd5739"}) as unknown as TypedDocumentString<MoveCategoryMutation, MoveCategoryMutationVariables>;
export const TicketQueueDocument = new TypedDocumentString(`
    query TicketQueue($filter: TicketQueueFilter, $first: Int = 20, $after: String) {
  ticketQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...TicketFields
        contactEmail
        customer {
          id
          name
        }
        assignee {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}`, {"hash":"sha256:a35db9581a36a709b6b579ec5de162e097fcc3af549d3c45cc9c2573c56edaa2"}) as unknown as TypedDocumentString<TicketQueueQuery, TicketQueueQueryVariables>;
export const AssignTicketDocument = new TypedDocumentString(`
    mutation AssignTicket($input: AssignTicketInput!) {
  assignTicket(input: $input) {
    ...TicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:807bb9f038b1e7068509343e3230177fee7eed2b0fdc4d2afdf860e5ccd76f84"}) as unknown as TypedDocumentString<AssignTicketMutation, AssignTicketMutationVariables>;
export const AddInternalNoteDocument = new TypedDocumentString(`
    mutation AddInternalNote($input: AddInternalNoteInput!) {
  addInternalNote(input: $input) {
    ...TicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:e80f00bc280753c61cace101af6fcfc15205bcebc1bd587a6fe45fe02bb3fe7b"}) as unknown as TypedDocumentString<AddInternalNoteMutation, AddInternalNoteMutationVariables>;
export const SetTicketStatusDocument = new TypedDocumentString(`
    mutation SetTicketStatus($input: SetTicketStatusInput!) {
  setTicketStatus(input: $input) {
    ...TicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:5124ea15cc3cceb828cf8e5d392dc3f64fb1bb352206a42302b8f854ecafa5de"}) as unknown as TypedDocumentString<SetTicketStatusMutation, SetTicketStatusMutationVariables>;
export const SetTicketPriorityDocument = new TypedDocumentString(`
    mutation SetTicketPriority($input: SetTicketPriorityInput!) {
  setTicketPriority(input: $input) {
    ...TicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:cf8ee30896222297241bdededb0c0e934444adc32ba7c3a2c31e61a0f8712385"}) as unknown as TypedDocumentString<SetTicketPriorityMutation, SetTicketPriorityMutationVariables>;
export const NewsletterCampaignsDocument = new TypedDocumentString(`
    query NewsletterCampaigns($first: Int = 20, $after: String) {
  newsletterCampaigns(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...NewsletterCampaignFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  newsletterAudience {
    pending
    confirmed
    unsubscribed
  }
}
    fragment NewsletterCampaignFields on NewsletterCampaign {
  id
  subjectFr
  subjectEn
  status
  sendAt
  startedAt
  finishedAt
  progress {
    recipients
    sent
    failed
    skipped
    pending
  }
  createdAt
}`, {"hash":"sha256:3ce4ee58228af673746298aa523e04f3ee17a2533a9eb8860a764bb5ff797c70"}) as unknown as TypedDocumentString<NewsletterCampaignsQuery, NewsletterCampaignsQueryVariables>;
export const CreateNewsletterCampaignDocument = new TypedDocumentString(`
    mutation CreateNewsletterCampaign($input: CreateNewsletterCampaignInput!) {
  createNewsletterCampaign(input: $input) {
    ...NewsletterCampaignPayloadFields
  }
}
    fragment NewsletterCampaignFields on NewsletterCampaign {
  id
  subjectFr
  subjectEn
  status
  sendAt
  startedAt
  finishedAt
  progress {
    recipients
    sent
    failed
    skipped
    pending
  }
  createdAt
}
fragment NewsletterCampaignPayloadFields on NewsletterCampaignPayload {
  campaign {
    ...NewsletterCampaignFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:d526db0d141351e2111959bbe15cb494a43b75d896e326eee95cfb0afaf63b67"}) as unknown as TypedDocumentString<CreateNewsletterCampaignMutation, CreateNewsletterCampaignMutationVariables>;
export const ScheduleNewsletterCampaignDocument = new TypedDocumentString(`
    mutation ScheduleNewsletterCampaign($input: ScheduleNewsletterCampaignInput!) {
  scheduleNewsletterCampaign(input: $input) {
    ...NewsletterCampaignPayloadFields
  }
}
    fragment NewsletterCampaignFields on NewsletterCampaign {
  id
  subjectFr
  subjectEn
  status
  sendAt
  startedAt
  finishedAt
  progress {
    recipients
    sent
    failed
    skipped
    pending
  }
  createdAt
}
fragment NewsletterCampaignPayloadFields on NewsletterCampaignPayload {
  campaign {
    ...NewsletterCampaignFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:9de0c4071b35a3eeca1da7831c987192133df2b2cab247e97321071759d6311f"}) as unknown as TypedDocumentString<ScheduleNewsletterCampaignMutation, ScheduleNewsletterCampaignMutationVariables>;
export const CancelNewsletterCampaignDocument = new TypedDocumentString(`
    mutation CancelNewsletterCampaign($input: CancelNewsletterCampaignInput!) {
  cancelNewsletterCampaign(input: $input) {
    ...NewsletterCampaignPayloadFields
  }
}
    fragment NewsletterCampaignFields on NewsletterCampaign {
  id
  subjectFr
  subjectEn
  status
  sendAt
  startedAt
  finishedAt
  progress {
    recipients
    sent
    failed
    skipped
    pending
  }
  createdAt
}
fragment NewsletterCampaignPayloadFields on NewsletterCampaignPayload {
  campaign {
    ...NewsletterCampaignFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:77cdd9e9a2a2e5aa498298a941dc5d77535eccf214b962f7744a783093be135c"}) as unknown as TypedDocumentString<CancelNewsletterCampaignMutation, CancelNewsletterCampaignMutationVariables>;
export const DeliveriesDocument = new TypedDocumentString(`
    query Deliveries($filter: DeliveriesFilter, $first: Int = 20, $after: String) {
  deliveries(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...DeliveryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:11ac441636408dbf7e0ca3f3192de31886530e67eba3307081fe6f871c54c082"}) as unknown as TypedDocumentString<DeliveriesQuery, DeliveriesQueryVariables>;
export const AssignCarrierDocument = new TypedDocumentString(`
    mutation AssignCarrier($input: AssignCarrierInput!) {
  assignCarrier(input: $input) {
    ...DeliveryPayloadFields
  }
}
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
fragment DeliveryPayloadFields on DeliveryPayload {
  delivery {
    ...DeliveryFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:a7e7eba51990dcdf23e3fa59782630e42680bbbbe45c0456b696288755ed6c0d"}) as unknown as TypedDocumentString<AssignCarrierMutation, AssignCarrierMutationVariables>;
export const AddTrackingEventDocument = new TypedDocumentString(`
    mutation AddTrackingEvent($input: AddTrackingEventInput!) {
  addTrackingEvent(input: $input) {
    ...DeliveryPayloadFields
  }
}
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
fragment DeliveryPayloadFields on DeliveryPayload {
  delivery {
    ...DeliveryFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:44f9ce3e93836962646f835ec6f9be0f6814065f4ae965cf01881fccb226904f"}) as unknown as TypedDocumentString<AddTrackingEventMutation, AddTrackingEventMutationVariables>;
export const MarkDeliveredDocument = new TypedDocumentString(`
    mutation MarkDelivered($input: MarkDeliveredInput!) {
  markDelivered(input: $input) {
    ...DeliveryPayloadFields
  }
}
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
fragment DeliveryPayloadFields on DeliveryPayload {
  delivery {
    ...DeliveryFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:639545790eb29e829b3afda61f89e6e72bd6bc713043df4c3923a9d237ab7e0e"}) as unknown as TypedDocumentString<MarkDeliveredMutation, MarkDeliveredMutationVariables>;
export const MarkDeliveryFailedDocument = new TypedDocumentString(`
    mutation MarkDeliveryFailed($input: MarkDeliveryFailedInput!) {
  markDeliveryFailed(input: $input) {
    ...DeliveryPayloadFields
  }
}
    fragment DeliveryFields on Delivery {
  id
  orderNumber
  status
  carrier
  trackingNumber
  estimatedDeliveryDate
  shippingAddress {
    name
    line1
    line2
    postalCode
    city
    country
    phone
  }
  carrierOrganization {
    id
    name
  }
  timeline {
    ...TrackingFields
  }
  createdAt
  updatedAt
}
fragment DeliveryPayloadFields on DeliveryPayload {
  delivery {
    ...DeliveryFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:31481af91a93147bb5af7f415756cd2675407fddcd3cb611cb5cff2ca9b91674"}) as unknown as TypedDocumentString<MarkDeliveryFailedMutation, MarkDeliveryFailedMutationVariables>;
export const SellerProductDocument = new TypedDocumentString(`
    query SellerProduct($id: ID, $slug: String) {
  product(id: $id, slug: $slug) {
    ...SellerProductFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:6093f5ae85b678470afa280a369f3ec6e4abdd860ff31c6a1af98db7e9293413"}) as unknown as TypedDocumentString<SellerProductQuery, SellerProductQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    ...ProductPayloadFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment ProductPayloadFields on ProductPayload {
  product {
    ...SellerProductFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:946c8d08dea6098f08215fd81c36949f8741b0777848546f5f76d6b9480d7b3a"}) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($input: UpdateProductInput!) {
  updateProduct(input: $input) {
    ...ProductPayloadFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment ProductPayloadFields on ProductPayload {
  product {
    ...SellerProductFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:23e6bbe7d8876030e7ee4fe690a2e7ee47e9e814bd175657a200f2cc6346c812"}) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const ArchiveProductDocument = new TypedDocumentString(`
    mutation ArchiveProduct($input: ArchiveProductInput!) {
  archiveProduct(input: $input) {
    ...ProductPayloadFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment ProductPayloadFields on ProductPayload {
  product {
    ...SellerProductFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:4c518f906d8499c46abbbce690af96a0df2f873324fdbdcad7c3b49683da621c"}) as unknown as TypedDocumentString<ArchiveProductMutation, ArchiveProductMutationVariables>;
export const SetProductPriceDocument = new TypedDocumentString(`
    mutation SetProductPrice($input: SetProductPriceInput!) {
  setProductPrice(input: $input) {
    ...ProductPayloadFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment ProductPayloadFields on ProductPayload {
  product {
    ...SellerProductFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:7fcbd5b3933831f86c4ee1350f7e1ad7cb09e175a5a64c242d108efa2acfe257"}) as unknown as TypedDocumentString<SetProductPriceMutation, SetProductPriceMutationVariables>;
export const AdjustStockDocument = new TypedDocumentString(`
    mutation AdjustStock($input: AdjustStockInput!) {
  adjustStock(input: $input) {
    ...ProductPayloadFields
  }
}
    fragment SellerProductFields on Product {
  ...ProductDetail
  stock {
    onHand
    reserved
    available
  }
  createdAt
  updatedAt
}
fragment ProductPayloadFields on ProductPayload {
  product {
    ...SellerProductFields
  }
  userErrors {
    ...UserErrorFields
  }
}
fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:a15476441dcdf885f4234be27af5409a08aa33edf293d7c3e9d51099db645224"}) as unknown as TypedDocumentString<AdjustStockMutation, AdjustStockMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    user {
      id
      name
      email
    }
    session {
      ...SessionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:2ed7697768d2b77179d02e8fe8f9de95b3f53ed3c3e78fc87c1b7cfd308875b9"}) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: LoginInput!) {
  login(input: $input) {
    user {
      id
      name
      email
    }
    session {
      ...SessionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:d525d264f49abd40f4cb7e26d77516d9621b0d5aaba6ce66a0a0b258ffe10b63"}) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($input: RefreshSessionInput!) {
  refreshSession(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment SessionFields on Session {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:436dc4de591156ecfde2c04ace85d8c94b62855987246395e098255c014fdcf1"}) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut($input: LogoutInput!) {
  logout(input: $input) {
    loggedOut
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:194b599017a5985f97877e89cb388c80b793cb8793cbb16e9562547d4edf8044"}) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    roles
    language
    createdAt
    addresses {
      ...AddressFields
    }
  }
}
    fragment AddressFields on Address {
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
}`, {"hash":"sha256:8af2a4593ed54fd99b22de722c2c4ad08a14b9117039a21e3bad1d024b2cf783"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    user {
      id
      name
      language
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:41595ce84d3d8690bbcc6c5eb208a10e6f893305203655e0baacd0a5f7614288"}) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const AddAddressDocument = new TypedDocumentString(`
    mutation AddAddress($input: AddAddressInput!) {
  addAddress(input: $input) {
    address {
      ...AddressFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment AddressFields on Address {
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
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:a2468a5deee1fff9391305d47c6423d87c36f6c535e021824631cc432d5a1a8e"}) as unknown as TypedDocumentString<AddAddressMutation, AddAddressMutationVariables>;
export const UpdateAddressDocument = new TypedDocumentString(`
    mutation UpdateAddress($input: UpdateAddressInput!) {
  updateAddress(input: $input) {
    address {
      ...AddressFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment AddressFields on Address {
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
fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:302f38953fd1273ef1fc725e634a7d1419fa6cc25490ea0c66e18794fe1a33ef"}) as unknown as TypedDocumentString<UpdateAddressMutation, UpdateAddressMutationVariables>;
export const RemoveAddressDocument = new TypedDocumentString(`
    mutation RemoveAddress($input: RemoveAddressInput!) {
  removeAddress(input: $input) {
    removedAddressId
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:9dadb91dedcffc577596fce51f5b9cc782109c8ef1d554d0d3148f61efa876fa"}) as unknown as TypedDocumentString<RemoveAddressMutation, RemoveAddressMutationVariables>;
export const BasketDocument = new TypedDocumentString(`
    query Basket {
  basket {
    ...BasketFields
  }
}
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:be1268f5615f0dd4ddd5ee6ab796ef848ba997c6bd342970976089358c744cff"}) as unknown as TypedDocumentString<BasketQuery, BasketQueryVariables>;
export const AddBasketItemDocument = new TypedDocumentString(`
    mutation AddBasketItem($input: AddBasketItemInput!) {
  addBasketItem(input: $input) {
    ...BasketPayloadFields
  }
}
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
fragment BasketPayloadFields on BasketPayload {
  basket {
    ...BasketFields
  }
  basketToken
  userErrors {
    field
    message
    code
  }
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:81798bb9c5c8dfec63ec1abca8c9255e6d18fe5476a1c22d9f7e9c9b9ea10829"}) as unknown as TypedDocumentString<AddBasketItemMutation, AddBasketItemMutationVariables>;
export const UpdateBasketItemQuantityDocument = new TypedDocumentString(`
    mutation UpdateBasketItemQuantity($input: UpdateBasketItemQuantityInput!) {
  updateBasketItemQuantity(input: $input) {
    ...BasketPayloadFields
  }
}
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
fragment BasketPayloadFields on BasketPayload {
  basket {
    ...BasketFields
  }
  basketToken
  userErrors {
    field
    message
    code
  }
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:5042dc46ea39610b6506ce6892765bb6d56b3524e39fa4e4c0ca820fc270ae6e"}) as unknown as TypedDocumentString<UpdateBasketItemQuantityMutation, UpdateBasketItemQuantityMutationVariables>;
export const RemoveBasketItemDocument = new TypedDocumentString(`
    mutation RemoveBasketItem($input: RemoveBasketItemInput!) {
  removeBasketItem(input: $input) {
    ...BasketPayloadFields
  }
}
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
fragment BasketPayloadFields on BasketPayload {
  basket {
    ...BasketFields
  }
  basketToken
  userErrors {
    field
    message
    code
  }
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:c2748e20be8575e913129636de4321b328673b3a5cd3114e2c5d1971d2e9a5a8"}) as unknown as TypedDocumentString<RemoveBasketItemMutation, RemoveBasketItemMutationVariables>;
export const ClearBasketDocument = new TypedDocumentString(`
    mutation ClearBasket {
  clearBasket {
    ...BasketPayloadFields
  }
}
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
fragment BasketPayloadFields on BasketPayload {
  basket {
    ...BasketFields
  }
  basketToken
  userErrors {
    field
    message
    code
  }
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:e45dba8ddddc99ddc845bbc8f827db6a5516a8a82d5b8acff91046a5f89d63ff"}) as unknown as TypedDocumentString<ClearBasketMutation, ClearBasketMutationVariables>;
export const MergeBasketDocument = new TypedDocumentString(`
    mutation MergeBasket($input: MergeBasketInput!) {
  mergeBasket(input: $input) {
    ...BasketPayloadFields
  }
}
    fragment BasketFields on Basket {
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
      ...ProductCard
    }
  }
  updatedAt
}
fragment BasketPayloadFields on BasketPayload {
  basket {
    ...BasketFields
  }
  basketToken
  userErrors {
    field
    message
    code
  }
}
fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:66d4b478cb2966e62119529efa3814457f0cae5e2a6a92c9adee467ff9b85826"}) as unknown as TypedDocumentString<MergeBasketMutation, MergeBasketMutationVariables>;
export const ProductsDocument = new TypedDocumentString(`
    query Products($first: Int = 20, $after: String, $filter: ProductFilter, $sort: ProductSort = RELEVANCE) {
  products(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges {
      cursor
      node {
        ...ProductCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
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
}
    fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:6c851b2ddc5c99c42ed5bf8b5ce009e41ee6cfea52ac6e4c6e9808e5c550879a"}) as unknown as TypedDocumentString<ProductsQuery, ProductsQueryVariables>;
export const ProductDocument = new TypedDocumentString(`
    query Product($id: ID, $slug: String) {
  product(id: $id, slug: $slug) {
    ...ProductDetail
  }
}
    fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}
fragment ProductDetail on Product {
  ...ProductCard
  sku
  description
  status
  attributes {
    name
    value
  }
  category {
    id
    slug
    name
    breadcrumb {
      id
      slug
      name
    }
  }
  seller {
    id
    name
  }
}`, {"hash":"sha256:e7a533ff14d84a2e552584dd3d3f9c77c7121155bfb2a4d16994386f4212cde8"}) as unknown as TypedDocumentString<ProductQuery, ProductQueryVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  categories {
    id
    slug
    name
    children {
      id
      slug
      name
      children {
        id
        slug
        name
      }
    }
  }
}
    `, {"hash":"sha256:cc1bdf18191a79acc88a411e7e5330f1b3e63ecc1f976b945cb7354414a31e51"}) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const CategoryProductsDocument = new TypedDocumentString(`
    query CategoryProducts($slug: String!, $first: Int = 20, $after: String, $filter: ProductFilter, $sort: ProductSort = RELEVANCE) {
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
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      edges {
        cursor
        node {
          ...ProductCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ProductCard on Product {
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
  }
  stock {
    available
  }
}`, {"hash":"sha256:9b4b221ada0538ae157fd29e972e5ad67ed203936d621d93a804b354ca342b9c"}) as unknown as TypedDocumentString<CategoryProductsQuery, CategoryProductsQueryVariables>;
export const SubscribeToNewsletterDocument = new TypedDocumentString(`
    mutation SubscribeToNewsletter($input: SubscribeToNewsletterInput!) {
  subscribeToNewsletter(input: $input) {
    retryAfterSeconds
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:7ab586fc61e44b8213c21460981f5e018df46a02d03532385f086774e463de3f"}) as unknown as TypedDocumentString<SubscribeToNewsletterMutation, SubscribeToNewsletterMutationVariables>;
export const ConfirmNewsletterSubscriptionDocument = new TypedDocumentString(`
    mutation ConfirmNewsletterSubscription($input: NewsletterTokenInput!) {
  confirmNewsletterSubscription(input: $input) {
    ...NewsletterSubscriptionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment NewsletterSubscriptionFields on NewsletterSubscription {
  email
  language
  status
  confirmedAt
}
fragment NewsletterSubscriptionPayloadFields on NewsletterSubscriptionPayload {
  subscription {
    ...NewsletterSubscriptionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:b6e08f52b4df368bfdf21f5aa64b345c03bd4b305d84e183ad48865f0c6440a2"}) as unknown as TypedDocumentString<ConfirmNewsletterSubscriptionMutation, ConfirmNewsletterSubscriptionMutationVariables>;
export const UnsubscribeFromNewsletterDocument = new TypedDocumentString(`
    mutation UnsubscribeFromNewsletter($input: NewsletterTokenInput!) {
  unsubscribeFromNewsletter(input: $input) {
    ...NewsletterSubscriptionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment NewsletterSubscriptionFields on NewsletterSubscription {
  email
  language
  status
  confirmedAt
}
fragment NewsletterSubscriptionPayloadFields on NewsletterSubscriptionPayload {
  subscription {
    ...NewsletterSubscriptionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:360d07e7cc9e38814e3891deb9654fd3f37e8aae8e42f9a11496c846a1accab4"}) as unknown as TypedDocumentString<UnsubscribeFromNewsletterMutation, UnsubscribeFromNewsletterMutationVariables>;
export const MyNewsletterDocument = new TypedDocumentString(`
    query MyNewsletter {
  me {
    id
    newsletter {
      ...NewsletterSubscriptionFields
    }
  }
}
    fragment NewsletterSubscriptionFields on NewsletterSubscription {
  email
  language
  status
  confirmedAt
}`, {"hash":"sha256:218893084f1eccf9b412646c1a340d8158b8b52407d82b49619264a77329b212"}) as unknown as TypedDocumentString<MyNewsletterQuery, MyNewsletterQueryVariables>;
export const SetNewsletterPreferencesDocument = new TypedDocumentString(`
    mutation SetNewsletterPreferences($input: SetNewsletterPreferencesInput!) {
  setNewsletterPreferences(input: $input) {
    ...NewsletterSubscriptionPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment NewsletterSubscriptionFields on NewsletterSubscription {
  email
  language
  status
  confirmedAt
}
fragment NewsletterSubscriptionPayloadFields on NewsletterSubscriptionPayload {
  subscription {
    ...NewsletterSubscriptionFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:4eade457e46d6d7ef5c7386030cf02cc49c87533ade6748f183d556f441db013"}) as unknown as TypedDocumentString<SetNewsletterPreferencesMutation, SetNewsletterPreferencesMutationVariables>;
export const PlaceOrderDocument = new TypedDocumentString(`
    mutation PlaceOrder($input: PlaceOrderInput!) {
  placeOrder(input: $input) {
    ...OrderPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}
fragment OrderPayloadFields on OrderPayload {
  order {
    ...OrderFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:09d826f0ad8e8b859d2564b53aac01148d7a03da8d63a724af0640befbe1aa84"}) as unknown as TypedDocumentString<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($input: CancelOrderInput!) {
  cancelOrder(input: $input) {
    ...OrderPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}
fragment OrderPayloadFields on OrderPayload {
  order {
    ...OrderFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:87492f4d77cbbb1cddffe574bd567f65ec2e73d22cdcf5e0ce8eb45be105d7df"}) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const MyOrdersDocument = new TypedDocumentString(`
    query MyOrders($first: Int = 20, $after: String) {
  myOrders(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...OrderFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}`, {"hash":"sha256:511901e1f10820bf30a31f1a0044f827f7554c972ca3682ebfd0f74f4655252a"}) as unknown as TypedDocumentString<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID!) {
  order(id: $id) {
    ...OrderFields
    statusHistory {
      status
      at
    }
  }
}
    fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}
fragment OrderFields on Order {
  id
  number
  status
  placedAt
  cancellationReason
  cancellationRefusal
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
    unavailability {
      reason
      availableQuantity
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
  total {
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
    phone
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
    id
    carrier
    trackingNumber
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}`, {"hash":"sha256:56663aaf24b5688f3359d9b4a4d322f82be1b473900193e2db7c5eb38709fc19"}) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const TrackDeliveryDocument = new TypedDocumentString(`
    query TrackDelivery($trackingNumber: String!, $postalCode: String!) {
  trackDelivery(trackingNumber: $trackingNumber, postalCode: $postalCode) {
    carrier
    status
    estimatedDeliveryDate
    timeline {
      ...TrackingFields
    }
  }
}
    fragment TrackingFields on TrackingEvent {
  status
  location
  message
  occurredAt
}`, {"hash":"sha256:e9ffbcebeb8db459053afbee36aee1656e2afe1a03184d420ca8bd487e5a43d1"}) as unknown as TypedDocumentString<TrackDeliveryQuery, TrackDeliveryQueryVariables>;
export const MyTicketsDocument = new TypedDocumentString(`
    query MyTickets($first: Int = 20, $after: String) {
  myTickets(first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        ...TicketFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}`, {"hash":"sha256:7a87b2d2865d30848bced41978ecb989594a4f18d33abc84119af5e49508da82"}) as unknown as TypedDocumentString<MyTicketsQuery, MyTicketsQueryVariables>;
export const TicketDocument = new TypedDocumentString(`
    query Ticket($id: ID!) {
  ticket(id: $id) {
    ...TicketFields
  }
}
    fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}`, {"hash":"sha256:a4d731c382e1e587ca890419b5f93ec45f44e08f2ee0383e73961e3d7f21f60b"}) as unknown as TypedDocumentString<TicketQuery, TicketQueryVariables>;
export const OpenTicketDocument = new TypedDocumentString(`
    mutation OpenTicket($input: OpenTicketInput!) {
  openTicket(input: $input) {
    ...TicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:45e6fce1c69d28849867b5437adbe9e886e55afbedc34a8a7c6f875e3f7f7eb8"}) as unknown as TypedDocumentString<OpenTicketMutation, OpenTicketMutationVariables>;
export const ReplyToTicketDocument = new TypedDocumentString(`
    mutation ReplyToTicket($input: ReplyToTicketInput!) {
  replyToTicket(input: $input) {
    ...TicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:5d6dabd0790fddad83c701cfc410f520a76d48f03e25fbc137dadb0fc7003f72"}) as unknown as TypedDocumentString<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const CloseTicketDocument = new TypedDocumentString(`
    mutation CloseTicket($input: CloseTicketInput!) {
  closeTicket(input: $input) {
    ...TicketPayloadFields
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment TicketFields on Ticket {
  id
  number
  subject
  category
  status
  priority
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
  createdAt
  updatedAt
}
fragment TicketPayloadFields on TicketPayload {
  ticket {
    ...TicketFields
  }
  userErrors {
    ...UserErrorFields
  }
}`, {"hash":"sha256:0ea86364d14a1b7069b6539409fe97373e988d097b7c12903cef447f5b507b05"}) as unknown as TypedDocumentString<CloseTicketMutation, CloseTicketMutationVariables>;
export const SubmitContactRequestDocument = new TypedDocumentString(`
    mutation SubmitContactRequest($input: SubmitContactRequestInput!) {
  submitContactRequest(input: $input) {
    ticketNumber
    retryAfterSeconds
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}`, {"hash":"sha256:7c3e2562917762dac13a976cf4d991558a482ed385c9c20532fce5dc335cc27b"}) as unknown as TypedDocumentString<SubmitContactRequestMutation, SubmitContactRequestMutationVariables>;
export const FaqDocument = new TypedDocumentString(`
    query Faq($search: String, $category: ID) {
  faq(search: $search, category: $category) {
    ...FaqEntryFields
  }
}
    fragment FaqEntryFields on FaqEntry {
  id
  question
  answer
  position
  helpfulCount
  category {
    id
    slug
    name
  }
}`, {"hash":"sha256:88de026406611089bcb92ce91ef8d29c3d00eb730d01e4e6c709a095caa0b014"}) as unknown as TypedDocumentString<FaqQuery, FaqQueryVariables>;
export const FaqCategoriesDocument = new TypedDocumentString(`
    query FaqCategories {
  faqCategories {
    id
    slug
    name
    position
  }
}
    `, {"hash":"sha256:689fd36385b1dd3f36104c257aea8af4618769f712b2c8cafa5fc768fd3928e4"}) as unknown as TypedDocumentString<FaqCategoriesQuery, FaqCategoriesQueryVariables>;
export const MarkFaqHelpfulDocument = new TypedDocumentString(`
    mutation MarkFaqHelpful($input: MarkFaqHelpfulInput!) {
  markFaqHelpful(input: $input) {
    entry {
      ...FaqEntryFields
    }
    userErrors {
      ...UserErrorFields
    }
  }
}
    fragment UserErrorFields on UserError {
  field
  message
  code
}
fragment FaqEntryFields on FaqEntry {
  id
  question
  answer
  position
  helpfulCount
  category {
    id
    slug
    name
  }
}`, {"hash":"sha256:974564ee8bdd5d1f6e075ea027e4c4ae8872c7ea430e1b96cb8628391bf8c2e0"}) as unknown as TypedDocumentString<MarkFaqHelpfulMutation, MarkFaqHelpfulMutationVariables>;