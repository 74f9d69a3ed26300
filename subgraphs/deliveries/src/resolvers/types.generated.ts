import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Delivery as DeliveryEntity, TrackingEvent as TrackingEventEntity } from '../domain/delivery.ts';
import type { OrderReference as OrderReferenceEntity } from './mappers.ts';
import type { RequestContext } from '@comptoir/kit';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddTrackingEventInput = {
  deliveryId: Scalars['ID']['input'];
  /** A revised estimate (YYYY-MM-DD), if the carrier gives one. */
  estimatedDeliveryDate?: InputMaybe<Scalars['String']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  /** When the carrier saw it; now when omitted. Never in the future. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  status: TrackingStatus;
};

export type AssignCarrierInput = {
  /** The carrier's name, e.g. Colissimo. */
  carrier: Scalars['String']['input'];
  deliveryId: Scalars['ID']['input'];
  /** ISO 8601 calendar date (YYYY-MM-DD). */
  estimatedDeliveryDate?: InputMaybe<Scalars['String']['input']>;
  /** The carrier's tracking number: unique across deliveries. */
  trackingNumber: Scalars['String']['input'];
};

export type AssignDeliveryToCarrierInput = {
  /** A carrier organisation: its partners, and no other, then read and move the delivery. */
  carrierOrganizationId: Scalars['ID']['input'];
  deliveryId: Scalars['ID']['input'];
};

export type DeliveriesFilter = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DeliveryStatus>;
};

/** The shipment of an order: its customer, staff with orders:read or deliveries:write, and the carrier it is assigned to. */
export type Delivery = {
  __typename?: 'Delivery';
  /** The carrier's name, as given when the label was created. */
  carrier?: Maybe<Scalars['String']['output']>;
  /** The carrier organisation staff assigned the delivery to; null until then. */
  carrierOrganization?: Maybe<PartnerOrganization>;
  createdAt: Scalars['DateTime']['output'];
  /** ISO 8601 calendar date (YYYY-MM-DD) the carrier expects to deliver on. */
  estimatedDeliveryDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The order shipped, for its customer and staff with orders:read; null for a carrier, which has orderNumber and shippingAddress. */
  order?: Maybe<Order>;
  /** The number of the order shipped, e.g. CPT-100042: what a carrier prints on the label. */
  orderNumber: Scalars['String']['output'];
  /** Where to ship, as captured when the order was confirmed. */
  shippingAddress: PostalAddress;
  status: DeliveryStatus;
  /** Every tracking step, oldest first. */
  timeline: Array<TrackingEvent>;
  trackingNumber?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  edges: Array<DeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  cursor: Scalars['String']['output'];
  node: Delivery;
};

export type DeliveryPayload = {
  __typename?: 'DeliveryPayload';
  delivery?: Maybe<Delivery>;
  userErrors: Array<UserError>;
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

/** What anyone holding a tracking number and its postal code may see: never an address, name or order. */
export type DeliveryTracking = {
  __typename?: 'DeliveryTracking';
  carrier?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 calendar date (YYYY-MM-DD) the carrier expects to deliver on. */
  estimatedDeliveryDate?: Maybe<Scalars['String']['output']>;
  status: DeliveryStatus;
  /** Every tracking step, oldest first. */
  timeline: Array<TrackingEvent>;
};

export type MarkDeliveredInput = {
  deliveryId: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  message?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MarkDeliveryFailedInput = {
  deliveryId: Scalars['ID']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Why the attempt failed, e.g. recipient absent. */
  reason: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records a tracking step reported by the carrier; the delivery takes its status. */
  addTrackingEvent: DeliveryPayload;
  /** The assigned carrier (or staff) creates the label of a PENDING delivery, with its tracking number: it becomes LABEL_CREATED. */
  assignCarrier: DeliveryPayload;
  /** Staff only: hands a PENDING delivery to a carrier organisation (again to change carrier while it is PENDING). */
  assignDeliveryToCarrier: DeliveryPayload;
  /** The parcel was handed over: the delivery, then its order, are DELIVERED. */
  markDelivered: DeliveryPayload;
  /** A delivery attempt failed, for the given reason. */
  markDeliveryFailed: DeliveryPayload;
};


export type MutationAddTrackingEventArgs = {
  input: AddTrackingEventInput;
};


export type MutationAssignCarrierArgs = {
  input: AssignCarrierInput;
};


export type MutationAssignDeliveryToCarrierArgs = {
  input: AssignDeliveryToCarrierInput;
};


export type MutationMarkDeliveredArgs = {
  input: MarkDeliveredInput;
};


export type MutationMarkDeliveryFailedArgs = {
  input: MarkDeliveryFailedInput;
};

export type Order = {
  __typename?: 'Order';
  /** The order's delivery once it is confirmed: its customer, staff with orders:read or deliveries:write, and its carrier only. */
  delivery?: Maybe<Delivery>;
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A partner organisation of the auth subgraph. */
export type PartnerOrganization = {
  __typename?: 'PartnerOrganization';
  id: Scalars['ID']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** Deliveries, oldest first, for carriers' work: a carrier sees those assigned to it, staff every one. */
  deliveries: DeliveryConnection;
  /** Public tracking; null unless the tracking number and the destination postal code match. */
  trackDelivery?: Maybe<DeliveryTracking>;
};


export type QueryDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeliveriesFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrackDeliveryArgs = {
  postalCode: Scalars['String']['input'];
  trackingNumber: Scalars['String']['input'];
};

/** One step of a delivery's tracking, as the carrier reported it. */
export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  /** Where it happened, e.g. a depot's city. */
  location?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  status: DeliveryStatus;
};

/** A status a carrier reports with addTrackingEvent. */
export type TrackingStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'RETURNED';

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
  Delivery: Delivery;
  Order: Order;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Delivery:
    ( { __typename: 'Delivery' }
    & GraphQLRecursivePick<FederationTypes['Delivery'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddTrackingEventInput: AddTrackingEventInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AssignCarrierInput: AssignCarrierInput;
  AssignDeliveryToCarrierInput: AssignDeliveryToCarrierInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveriesFilter: DeliveriesFilter;
  Delivery: ResolverTypeWrapper<DeliveryEntity>;
  DeliveryConnection: ResolverTypeWrapper<Omit<DeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['DeliveryEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DeliveryEdge: ResolverTypeWrapper<Omit<DeliveryEdge, 'node'> & { node: ResolversTypes['Delivery'] }>;
  DeliveryPayload: ResolverTypeWrapper<Omit<DeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['Delivery']> }>;
  DeliveryStatus: DeliveryStatus;
  DeliveryTracking: ResolverTypeWrapper<DeliveryEntity>;
  MarkDeliveredInput: MarkDeliveredInput;
  MarkDeliveryFailedInput: MarkDeliveryFailedInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderReferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PartnerOrganization: ResolverTypeWrapper<PartnerOrganization>;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrackingEvent: ResolverTypeWrapper<TrackingEventEntity>;
  TrackingStatus: TrackingStatus;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddTrackingEventInput: AddTrackingEventInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AssignCarrierInput: AssignCarrierInput;
  AssignDeliveryToCarrierInput: AssignDeliveryToCarrierInput;
  DateTime: Scalars['DateTime']['output'];
  DeliveriesFilter: DeliveriesFilter;
  Delivery: DeliveryEntity;
  DeliveryConnection: Omit<DeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeliveryEdge']> };
  Int: Scalars['Int']['output'];
  DeliveryEdge: Omit<DeliveryEdge, 'node'> & { node: ResolversParentTypes['Delivery'] };
  DeliveryPayload: Omit<DeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['Delivery']> };
  DeliveryTracking: DeliveryEntity;
  MarkDeliveredInput: MarkDeliveredInput;
  MarkDeliveryFailedInput: MarkDeliveryFailedInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderReferenceEntity;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PartnerOrganization: PartnerOrganization;
  PostalAddress: PostalAddress;
  Query: Record<PropertyKey, never>;
  TrackingEvent: TrackingEventEntity;
  UserError: UserError;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Delivery'] = ResolversParentTypes['Delivery'], FederationReferenceType extends FederationReferenceTypes['Delivery'] = FederationReferenceTypes['Delivery']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Delivery']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  carrierOrganization?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  estimatedDeliveryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shippingAddress?: Resolver<ResolversTypes['PostalAddress'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  trackingNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type DeliveryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryConnection'] = ResolversParentTypes['DeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliveryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryEdge'] = ResolversParentTypes['DeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delivery'], ParentType, ContextType>;
};

export type DeliveryPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryPayload'] = ResolversParentTypes['DeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeliveryTrackingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeliveryTracking'] = ResolversParentTypes['DeliveryTracking']> = {
  carrier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  estimatedDeliveryDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addTrackingEvent?: Resolver<ResolversTypes['DeliveryPayload'], ParentType, ContextType, RequireFields<MutationAddTrackingEventArgs, 'input'>>;
  assignCarrier?: Resolver<ResolversTypes['DeliveryPayload'], ParentType, ContextType, RequireFields<MutationAssignCarrierArgs, 'input'>>;
  assignDeliveryToCarrier?: Resolver<ResolversTypes['DeliveryPayload'], ParentType, ContextType, RequireFields<MutationAssignDeliveryToCarrierArgs, 'input'>>;
  markDelivered?: Resolver<ResolversTypes['DeliveryPayload'], ParentType, ContextType, RequireFields<MutationMarkDeliveredArgs, 'input'>>;
  markDeliveryFailed?: Resolver<ResolversTypes['DeliveryPayload'], ParentType, ContextType, RequireFields<MutationMarkDeliveryFailedArgs, 'input'>>;
};

export type OrderResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['Delivery']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerOrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerOrganization'] = ResolversParentTypes['PartnerOrganization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PostalAddressResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  deliveries?: Resolver<ResolversTypes['DeliveryConnection'], ParentType, ContextType, RequireFields<QueryDeliveriesArgs, 'first'>>;
  trackDelivery?: Resolver<Maybe<ResolversTypes['DeliveryTracking']>, ParentType, ContextType, RequireFields<QueryTrackDeliveryArgs, 'postalCode' | 'trackingNumber'>>;
};

export type TrackingEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = {
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DeliveryStatus'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  DateTime?: GraphQLScalarType;
  Delivery?: DeliveryResolvers<ContextType>;
  DeliveryConnection?: DeliveryConnectionResolvers<ContextType>;
  DeliveryEdge?: DeliveryEdgeResolvers<ContextType>;
  DeliveryPayload?: DeliveryPayloadResolvers<ContextType>;
  DeliveryTracking?: DeliveryTrackingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganization?: PartnerOrganizationResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

