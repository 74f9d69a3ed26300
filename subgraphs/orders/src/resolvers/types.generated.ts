import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Order as OrderEntity, OrderLine as OrderLineEntity, OrderStatusChange as OrderStatusChangeEntity } from '../domain/order.ts';
import type { Payment as PaymentEntity, PaymentEvent as PaymentEventEntity } from '../domain/payments/payment.ts';
import type { UserReference as UserReferenceEntity } from './mappers.ts';
import type { OrdersContext } from '../domain/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, RFC 3339 in UTC. */
  DateTime: { input: Date | string; output: Date | string; }
  /** An amount in minor units of a currency (cents; yen for JPY): a JSON number, always a safe integer, never a float. */
  MinorUnits: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type CancelOrderInput = {
  orderId: Scalars['ID']['input'];
};

export type LineUnavailability = {
  __typename?: 'LineUnavailability';
  /** Units that were available when the order was judged. */
  availableQuantity: Scalars['Int']['output'];
  reason: LineUnavailabilityReason;
};

export type LineUnavailabilityReason =
  | 'ARCHIVED'
  | 'OUT_OF_STOCK'
  | 'UNKNOWN_PRODUCT';

/** An amount of money in minor units of an ISO 4217 currency. Never a float. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['MinorUnits']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Cancels an order that has not shipped yet. A PLACED order is CANCELLED at once; a CONFIRMED one
   * becomes CANCELLATION_REQUESTED until its delivery answers: CANCELLED (stock released) if the
   * parcel was not picked up yet, else it ships with cancellationRefusal ALREADY_SHIPPED.
   */
  cancelOrder: OrderPayload;
  /**
   * Places an order from the caller's basket; the payment is then authorized and stock reserved, and
   * the order CONFIRMED or CANCELLED (PAYMENT_DECLINED, OUT_OF_STOCK), or PAYMENT_ACTION_REQUIRED.
   */
  placeOrder: OrderPayload;
  /**
   * Gives back part or all of a captured payment, several times up to the captured amount; the
   * provider makes the refund a moment later (payment.events). PAYMENT_NOT_CAPTURED before capture,
   * REFUND_EXCEEDS_CAPTURED beyond it.
   */
  refundPayment: OrderPayload;
};


export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
};

/** A customer's order; lines keep the name, sku and price the customer saw. */
export type Order = {
  __typename?: 'Order';
  /** Why the order was cancelled; null unless it is CANCELLED. */
  cancellationReason?: Maybe<OrderCancellationReason>;
  /** Why the customer's request to cancel was refused; null unless it was. */
  cancellationRefusal?: Maybe<OrderCancellationRefusal>;
  customer: User;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human-friendly, e.g. CPT-100042: what customers quote to support. */
  number: Scalars['String']['output'];
  /** How the order is paid: its customer and staff see it like the order. */
  payment?: Maybe<Payment>;
  placedAt: Scalars['DateTime']['output'];
  shipping: Money;
  shippingAddress: PostalAddress;
  status: OrderStatus;
  /** Every status the order went through, oldest first. */
  statusHistory: Array<OrderStatusChange>;
  subtotal: Money;
  total: Money;
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

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  lineTotal: Money;
  name: Scalars['String']['output'];
  product: Product;
  quantity: Scalars['Int']['output'];
  sku: Scalars['String']['output'];
  /** Why this line could not be served when the order was cancelled for lack of stock; null otherwise. */
  unavailability?: Maybe<LineUnavailability>;
  unitPrice: Money;
};

export type OrderPayload = {
  __typename?: 'OrderPayload';
  order?: Maybe<Order>;
  userErrors: Array<UserError>;
};

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

export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  at: Scalars['DateTime']['output'];
  status: OrderStatus;
};

export type OrdersFilter = {
  /** Placed at or after this instant. */
  placedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Placed before this instant. */
  placedTo?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<OrderStatus>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An order's payment; amounts are minor units of the order's currency. */
export type Payment = {
  __typename?: 'Payment';
  /** Where the customer authenticates the payment, while the status is ACTION_REQUIRED; null otherwise. */
  actionUrl?: Maybe<Scalars['String']['output']>;
  amountAuthorized: Scalars['MinorUnits']['output'];
  amountCaptured: Scalars['MinorUnits']['output'];
  amountRefunded: Scalars['MinorUnits']['output'];
  /** Every step, oldest first. */
  events: Array<PaymentEvent>;
  /** Why the provider declined the card (e.g. card_declined, insufficient_funds); null unless FAILED. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Known once the provider has read the card. */
  method?: Maybe<PaymentMethod>;
  status: PaymentStatus;
};

/** One step of a payment's history. */
export type PaymentEvent = {
  __typename?: 'PaymentEvent';
  /** In minor units of the order's currency; null when the step moves no money. */
  amount?: Maybe<Scalars['MinorUnits']['output']>;
  at: Scalars['DateTime']['output'];
  /** The provider's reason of a decline, or the reason staff gave for a refund. */
  reason?: Maybe<Scalars['String']['output']>;
  type: PaymentEventType;
};

export type PaymentEventType =
  | 'ACTION_REQUIRED'
  | 'AUTHORIZATION_REQUESTED'
  | 'AUTHORIZED'
  | 'CAPTURED'
  | 'FAILED'
  | 'REFUNDED'
  | 'REFUND_REQUESTED'
  | 'VOIDED';

export type PaymentInput = {
  /** The payment provider's one-time token for the customer's card, obtained by the client: never the card number. */
  token: Scalars['String']['input'];
};

/** The card as the payment provider describes it; Comptoir never sees its number. */
export type PaymentMethod = {
  __typename?: 'PaymentMethod';
  /** e.g. visa */
  brand: Scalars['String']['output'];
  last4: Scalars['String']['output'];
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
  addressId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The basket version the shopper saw (Basket.version): exactly that version is ordered. The order
   * waits briefly for it to reach checkout; a basket changed since answers BASKET_CHANGED (retryable:
   * show the basket again and order its current version). Without it, the latest version checkout
   * knows is used.
   */
  basketVersion?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Chosen by the client, one per checkout attempt (8 to 100 characters): placing again with the same
   * key returns the same order and never creates a second one.
   */
  idempotencyKey: Scalars['String']['input'];
  /** How the order is paid. */
  payment: PaymentInput;
  /** ...or an address typed at checkout. Give exactly one of the two. */
  shippingAddress?: InputMaybe<PostalAddressInput>;
};

/** A postal address as captured when an order was placed; later changes to the address book do not touch it. */
export type PostalAddress = {
  __typename?: 'PostalAddress';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code, e.g. FR. */
  country: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
};

export type PostalAddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. FR. */
  country: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
};

export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The caller's orders, newest first. */
  myOrders: OrderConnection;
  /** One order: its customer, support agents and admins only; null for anyone else. */
  order?: Maybe<Order>;
  /** All orders, newest first, for back-office work. */
  orders: OrderConnection;
};


export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrdersFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RefundPaymentInput = {
  /** In minor units of the order's currency: part or all of what remains of the capture. */
  amount: Scalars['MinorUnits']['input'];
  orderId: Scalars['ID']['input'];
  /** Why, for the payment's history. */
  reason: Scalars['String']['input'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's orders, newest first: the user themself and staff only; null for anyone else. */
  orders?: Maybe<OrderConnection>;
};


export type UserOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An expected failure, in the caller's language (Accept-Language: fr or en). */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. input.idempotencyKey. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Order: Order;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CancelOrderInput: CancelOrderInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  LineUnavailability: ResolverTypeWrapper<LineUnavailability>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LineUnavailabilityReason: LineUnavailabilityReason;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Money: ResolverTypeWrapper<Money>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderEntity>;
  OrderCancellationReason: OrderCancellationReason;
  OrderCancellationRefusal: OrderCancellationRefusal;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<OrderLineEntity>;
  OrderPayload: ResolverTypeWrapper<Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  OrderStatus: OrderStatus;
  OrderStatusChange: ResolverTypeWrapper<OrderStatusChangeEntity>;
  OrdersFilter: OrdersFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Payment: ResolverTypeWrapper<PaymentEntity>;
  PaymentEvent: ResolverTypeWrapper<PaymentEventEntity>;
  PaymentEventType: PaymentEventType;
  PaymentInput: PaymentInput;
  PaymentMethod: ResolverTypeWrapper<PaymentMethod>;
  PaymentStatus: PaymentStatus;
  PlaceOrderInput: PlaceOrderInput;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  PostalAddressInput: PostalAddressInput;
  Product: ResolverTypeWrapper<Product>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefundPaymentInput: RefundPaymentInput;
  User: ResolverTypeWrapper<UserReferenceEntity>;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CancelOrderInput: CancelOrderInput;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  LineUnavailability: LineUnavailability;
  Int: Scalars['Int']['output'];
  MinorUnits: Scalars['MinorUnits']['output'];
  Money: Money;
  String: Scalars['String']['output'];
  Mutation: Record<PropertyKey, never>;
  Order: OrderEntity;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineEntity;
  OrderPayload: Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  OrderStatusChange: OrderStatusChangeEntity;
  OrdersFilter: OrdersFilter;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Payment: PaymentEntity;
  PaymentEvent: PaymentEventEntity;
  PaymentInput: PaymentInput;
  PaymentMethod: PaymentMethod;
  PlaceOrderInput: PlaceOrderInput;
  PostalAddress: PostalAddress;
  PostalAddressInput: PostalAddressInput;
  Product: Product;
  Query: Record<PropertyKey, never>;
  RefundPaymentInput: RefundPaymentInput;
  User: UserReferenceEntity;
  UserError: UserError;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LineUnavailabilityResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['LineUnavailability'] = ResolversParentTypes['LineUnavailability']> = {
  availableQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['LineUnavailabilityReason'], ParentType, ContextType>;
};

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MoneyResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  cancelOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'input'>>;
  placeOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  refundPayment?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationRefundPaymentArgs, 'input'>>;
};

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['OrderCancellationReason']>, ParentType, ContextType>;
  cancellationRefusal?: Resolver<Maybe<ResolversTypes['OrderCancellationRefusal']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  shipping?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  shippingAddress?: Resolver<ResolversTypes['PostalAddress'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['OrderStatusChange']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unavailability?: Resolver<Maybe<ResolversTypes['LineUnavailability']>, ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type OrderPayloadResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderPayload'] = ResolversParentTypes['OrderPayload']> = {
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrderStatusChangeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderStatusChange'] = ResolversParentTypes['OrderStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  actionUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  amountAuthorized?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  amountCaptured?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  amountRefunded?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['PaymentEvent']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['PaymentMethod']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
};

export type PaymentEventResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentEvent'] = ResolversParentTypes['PaymentEvent']> = {
  amount?: Resolver<Maybe<ResolversTypes['MinorUnits']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PaymentEventType'], ParentType, ContextType>;
};

export type PaymentMethodResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentMethod'] = ResolversParentTypes['PaymentMethod']> = {
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  last4?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PostalAddressResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProductResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  myOrders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryMyOrdersArgs, 'first'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
};

export type UserResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<UserOrdersArgs, 'first'>>;
};

export type UserErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = OrdersContext> = {
  DateTime?: GraphQLScalarType;
  LineUnavailability?: LineUnavailabilityResolvers<ContextType>;
  MinorUnits?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPayload?: OrderPayloadResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentEvent?: PaymentEventResolvers<ContextType>;
  PaymentMethod?: PaymentMethodResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

