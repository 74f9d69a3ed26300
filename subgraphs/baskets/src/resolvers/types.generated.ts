import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Basket as BasketEntity, BasketItem as BasketItemEntity } from '../domain/basket.ts';
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
  /** An amount in minor units of a currency (cents; yen for JPY): a JSON number, always a safe integer, never a float. */
  MinorUnits: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddBasketItemInput = {
  productId: Scalars['ID']['input'];
  /** 1 to 999, the line's total included; added to the quantity already in the basket. */
  quantity?: Scalars['Int']['input'];
};

/**
 * A shopper's basket: a signed-in user's one active basket, or an anonymous visitor's, identified by
 * its basket token. Prices are the catalog's current ones, all in one currency: that of its first line.
 * At most 100 lines.
 */
export type Basket = {
  __typename?: 'Basket';
  id: Scalars['ID']['output'];
  /** Number of units across the lines that can be ordered. */
  itemCount: Scalars['Int']['output'];
  items: Array<BasketItem>;
  /** Sum of the lines that can be ordered (archived products and lines in another currency excluded). */
  subtotal: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** Grows with every change. Pass it to placeOrder so the order is built from this basket or a later one. */
  version: Scalars['Int']['output'];
};

export type BasketItem = {
  __typename?: 'BasketItem';
  /**
   * Units in stock right now, as last announced by the catalog (0 for a withdrawn product). Until the
   * catalog has announced the product's stock, a line's maximum (999): stock is checked at checkout.
   */
  availableQuantity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lineTotal: Money;
  /** Why this line cannot be ordered as it is; null when it can. */
  problem?: Maybe<BasketItemProblem>;
  product: Product;
  quantity: Scalars['Int']['output'];
  /** The catalog's current unit price. */
  unitPrice: Money;
};

export type BasketItemProblem =
  /** The product was withdrawn from sale: remove it to check out. */
  | 'ARCHIVED'
  /** The product is now priced in another currency than the basket: remove it to check out. */
  | 'CURRENCY_MISMATCH'
  /** Fewer units are in stock than the line asks for (advisory: stock is reserved at checkout). */
  | 'INSUFFICIENT_STOCK';

export type BasketPayload = {
  __typename?: 'BasketPayload';
  basket?: Maybe<Basket>;
  /**
   * For an anonymous shopper: the token that identifies the basket, issued with the basket's first
   * item. Send it back in the `x-basket-token` header (the web storefront gets it as an httpOnly cookie).
   */
  basketToken?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type MergeBasketInput = {
  /** The anonymous basket's token; the web storefront's cookie is used when omitted. */
  basketToken?: InputMaybe<Scalars['String']['input']>;
};

/** An amount of money in minor units of an ISO 4217 currency. Never a float. */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['MinorUnits']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a product, creating the basket (and, for an anonymous shopper, its token) when needed. */
  addBasketItem: BasketPayload;
  clearBasket: BasketPayload;
  /** After sign-in: moves an anonymous basket into the user's; quantities of the same product add up (at most 999). */
  mergeBasket: BasketPayload;
  removeBasketItem: BasketPayload;
  updateBasketItemQuantity: BasketPayload;
};


export type MutationAddBasketItemArgs = {
  input: AddBasketItemInput;
};


export type MutationMergeBasketArgs = {
  input: MergeBasketInput;
};


export type MutationRemoveBasketItemArgs = {
  input: RemoveBasketItemInput;
};


export type MutationUpdateBasketItemQuantityArgs = {
  input: UpdateBasketItemQuantityInput;
};

export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The caller's active basket (signed in, or by basket token); null when there is none yet. */
  basket?: Maybe<Basket>;
};

export type RemoveBasketItemInput = {
  productId: Scalars['ID']['input'];
};

export type UpdateBasketItemQuantityInput = {
  productId: Scalars['ID']['input'];
  /** 1 to 999. */
  quantity: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  /** The user's active basket: the user themself and staff only; null for anyone else or when there is none. */
  basket?: Maybe<Basket>;
  id: Scalars['ID']['output'];
};

/** An expected failure, in the caller's language (Accept-Language: fr or en). */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. input.quantity. */
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
  Basket: Basket;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Basket:
    ( { __typename: 'Basket' }
    & GraphQLRecursivePick<FederationTypes['Basket'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddBasketItemInput: AddBasketItemInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Basket: ResolverTypeWrapper<BasketEntity>;
  BasketItem: ResolverTypeWrapper<BasketItemEntity>;
  BasketItemProblem: BasketItemProblem;
  BasketPayload: ResolverTypeWrapper<Omit<BasketPayload, 'basket'> & { basket?: Maybe<ResolversTypes['Basket']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  MergeBasketInput: MergeBasketInput;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Product: ResolverTypeWrapper<Product>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RemoveBasketItemInput: RemoveBasketItemInput;
  UpdateBasketItemQuantityInput: UpdateBasketItemQuantityInput;
  User: ResolverTypeWrapper<Omit<User, 'basket'> & { basket?: Maybe<ResolversTypes['Basket']> }>;
  UserError: ResolverTypeWrapper<UserError>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddBasketItemInput: AddBasketItemInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Basket: BasketEntity;
  BasketItem: BasketItemEntity;
  BasketPayload: Omit<BasketPayload, 'basket'> & { basket?: Maybe<ResolversParentTypes['Basket']> };
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  MergeBasketInput: MergeBasketInput;
  MinorUnits: Scalars['MinorUnits']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Product: Product;
  Query: Record<PropertyKey, never>;
  RemoveBasketItemInput: RemoveBasketItemInput;
  UpdateBasketItemQuantityInput: UpdateBasketItemQuantityInput;
  User: Omit<User, 'basket'> & { basket?: Maybe<ResolversParentTypes['Basket']> } | FederationReferenceTypes['User'];
  UserError: UserError;
  Boolean: Scalars['Boolean']['output'];
};

export type BasketResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Basket'] = ResolversParentTypes['Basket'], FederationReferenceType extends FederationReferenceTypes['Basket'] = FederationReferenceTypes['Basket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Basket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['BasketItem']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BasketItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BasketItem'] = ResolversParentTypes['BasketItem']> = {
  availableQuantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['BasketItemProblem']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type BasketPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BasketPayload'] = ResolversParentTypes['BasketPayload']> = {
  basket?: Resolver<Maybe<ResolversTypes['Basket']>, ParentType, ContextType>;
  basketToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MoneyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBasketItem?: Resolver<ResolversTypes['BasketPayload'], ParentType, ContextType, RequireFields<MutationAddBasketItemArgs, 'input'>>;
  clearBasket?: Resolver<ResolversTypes['BasketPayload'], ParentType, ContextType>;
  mergeBasket?: Resolver<ResolversTypes['BasketPayload'], ParentType, ContextType, RequireFields<MutationMergeBasketArgs, 'input'>>;
  removeBasketItem?: Resolver<ResolversTypes['BasketPayload'], ParentType, ContextType, RequireFields<MutationRemoveBasketItemArgs, 'input'>>;
  updateBasketItemQuantity?: Resolver<ResolversTypes['BasketPayload'], ParentType, ContextType, RequireFields<MutationUpdateBasketItemQuantityArgs, 'input'>>;
};

export type ProductResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  basket?: Resolver<Maybe<ResolversTypes['Basket']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  basket?: Resolver<Maybe<ResolversTypes['Basket']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Basket?: BasketResolvers<ContextType>;
  BasketItem?: BasketItemResolvers<ContextType>;
  BasketPayload?: BasketPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  MinorUnits?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

