import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserEntity, Address as AddressEntity } from '../domain/user.ts';
import type { PartnerToken as PartnerTokenEntity, PartnerOrganization as PartnerOrganizationEntity } from '../domain/credentials.ts';
import type { AuthContext } from '../domain/context.ts';
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

export type AddAddressInput = {
  address: AddressInput;
};

/** A postal address of a user's address book. */
export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code, e.g. FR. */
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDefaultBilling: Scalars['Boolean']['output'];
  isDefaultShipping: Scalars['Boolean']['output'];
  line1: Scalars['String']['output'];
  line2?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
};

export type AddressInput = {
  city: Scalars['String']['input'];
  country: Scalars['String']['input'];
  isDefaultBilling?: InputMaybe<Scalars['Boolean']['input']>;
  isDefaultShipping?: InputMaybe<Scalars['Boolean']['input']>;
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
};

export type AddressPayload = {
  __typename?: 'AddressPayload';
  address?: Maybe<Address>;
  userErrors: Array<UserError>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  session?: Maybe<Session>;
  user?: Maybe<User>;
  userErrors: Array<UserError>;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ConfirmTwoFactorInput = {
  code: Scalars['String']['input'];
};

export type ConfirmTwoFactorPayload = {
  __typename?: 'ConfirmTwoFactorPayload';
  /** One-time recovery codes, shown only now. */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
  userErrors: Array<UserError>;
};

export type CreatePartnerOrganizationInput = {
  kind: PartnerOrganizationKind;
  /** Unique, up to 100 characters. */
  name: Scalars['String']['input'];
};

export type DisableTwoFactorInput = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type DisableTwoFactorPayload = {
  __typename?: 'DisableTwoFactorPayload';
  twoFactorEnabled?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type EnableTwoFactorPayload = {
  __typename?: 'EnableTwoFactorPayload';
  /** otpauth:// URI, for a QR code. */
  otpauthUri?: Maybe<Scalars['String']['output']>;
  /** Base32 TOTP secret, for manual entry. */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type IssuePartnerTokenInput = {
  name: Scalars['String']['input'];
  /** The organisation the token acts for. */
  organizationId: Scalars['ID']['input'];
  /** What the organisation's kind allows: deliveries:write for a carrier, catalog:write for a seller. */
  scopes: Array<Scalars['String']['input']>;
  /** A user with the PARTNER role. */
  userId: Scalars['ID']['input'];
};

export type IssuePartnerTokenPayload = {
  __typename?: 'IssuePartnerTokenPayload';
  partnerToken?: Maybe<PartnerToken>;
  /** The bearer token: store it now, it cannot be shown again. */
  token?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** The language Comptoir writes to a user in: mail and messages. */
export type Language =
  | 'EN'
  | 'FR';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** Required when two-factor authentication is on: the 6-digit code, or a recovery code. */
  twoFactorCode?: InputMaybe<Scalars['String']['input']>;
};

export type LogoutInput = {
  refreshToken: Scalars['String']['input'];
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  loggedOut?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type Mutation = {
  __typename?: 'Mutation';
  addAddress: AddressPayload;
  /** Also ends every session of the user. */
  changePassword: UserPayload;
  confirmTwoFactor: ConfirmTwoFactorPayload;
  createPartnerOrganization: PartnerOrganizationPayload;
  disableTwoFactor: DisableTwoFactorPayload;
  enableTwoFactor: EnableTwoFactorPayload;
  issuePartnerToken: IssuePartnerTokenPayload;
  login: AuthPayload;
  /** Ends the session of this refresh token (and every token rotated from it). */
  logout: LogoutPayload;
  refreshSession: AuthPayload;
  register: AuthPayload;
  removeAddress: RemoveAddressPayload;
  revokePartnerToken: RevokePartnerTokenPayload;
  setUserRoles: UserPayload;
  updateAddress: AddressPayload;
  updateProfile: UserPayload;
};


export type MutationAddAddressArgs = {
  input: AddAddressInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationConfirmTwoFactorArgs = {
  input: ConfirmTwoFactorInput;
};


export type MutationCreatePartnerOrganizationArgs = {
  input: CreatePartnerOrganizationInput;
};


export type MutationDisableTwoFactorArgs = {
  input: DisableTwoFactorInput;
};


export type MutationIssuePartnerTokenArgs = {
  input: IssuePartnerTokenInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRemoveAddressArgs = {
  input: RemoveAddressInput;
};


export type MutationRevokePartnerTokenArgs = {
  input: RevokePartnerTokenInput;
};


export type MutationSetUserRolesArgs = {
  input: SetUserRolesInput;
};


export type MutationUpdateAddressArgs = {
  input: UpdateAddressInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A company working with the platform through API tokens; its partners act for it and for nothing else. */
export type PartnerOrganization = {
  __typename?: 'PartnerOrganization';
  id: Scalars['ID']['output'];
  kind: PartnerOrganizationKind;
  name: Scalars['String']['output'];
};

export type PartnerOrganizationKind =
  /** Moves the deliveries assigned to it (its tokens: deliveries:write). */
  | 'CARRIER'
  /** Sells its own products on the marketplace (its tokens: catalog:write). */
  | 'SELLER';

export type PartnerOrganizationPayload = {
  __typename?: 'PartnerOrganizationPayload';
  organization?: Maybe<PartnerOrganization>;
  userErrors: Array<UserError>;
};

/** A partner's API credential. The token itself is shown once, when issued. */
export type PartnerToken = {
  __typename?: 'PartnerToken';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The organisation the token acts for; null only for a token issued before organisations, which no longer works. */
  organization?: Maybe<PartnerOrganization>;
  /** The first characters of the token, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
  user: User;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user; null when the request is anonymous. */
  me?: Maybe<User>;
  /** Partner organisations by name, optionally of one kind. */
  partnerOrganizations: Array<PartnerOrganization>;
  /** Partner tokens, optionally of one user. */
  partnerTokens: Array<PartnerToken>;
  /** All accounts, newest last; `email` filters by a case-insensitive substring. */
  users: UserConnection;
};


export type QueryPartnerOrganizationsArgs = {
  kind?: InputMaybe<PartnerOrganizationKind>;
};


export type QueryPartnerTokensArgs = {
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RefreshSessionInput = {
  refreshToken: Scalars['String']['input'];
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  /** Default: the request's Accept-Language (French when preferred), else EN. */
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

export type RemoveAddressInput = {
  addressId: Scalars['ID']['input'];
};

export type RemoveAddressPayload = {
  __typename?: 'RemoveAddressPayload';
  removedAddressId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type RevokePartnerTokenInput = {
  partnerTokenId: Scalars['ID']['input'];
};

export type RevokePartnerTokenPayload = {
  __typename?: 'RevokePartnerTokenPayload';
  partnerToken?: Maybe<PartnerToken>;
  userErrors: Array<UserError>;
};

export type Role =
  | 'ADMIN'
  | 'CUSTOMER'
  | 'PARTNER'
  | 'SUPPORT_AGENT';

/** Tokens for a signed-in session. Send `accessToken` as `Authorization: Bearer …`. */
export type Session = {
  __typename?: 'Session';
  /** Short-lived JWT (15 minutes). */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Opaque, single-use: trade it for a new session with refreshSession before it expires. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
};

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};

export type UpdateAddressInput = {
  address: AddressInput;
  addressId: Scalars['ID']['input'];
};

/** Changes what is given; a field left out stays as it is. */
export type UpdateProfileInput = {
  language?: InputMaybe<Language>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A person or partner with an account. */
export type User = {
  __typename?: 'User';
  /** The user's address book (the user themself and staff only). */
  addresses?: Maybe<Array<Address>>;
  createdAt: Scalars['DateTime']['output'];
  defaultBillingAddress?: Maybe<Address>;
  defaultShippingAddress?: Maybe<Address>;
  /** Visible to the user themself and to staff; null for anyone else. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The user's preferred language (the user themself and staff only). */
  language?: Maybe<Language>;
  name: Scalars['String']['output'];
  roles: Array<Role>;
  twoFactorEnabled: Scalars['Boolean']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** An expected failure, in the caller's language (Accept-Language: fr or en). */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. input.email. */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type UserPayload = {
  __typename?: 'UserPayload';
  user?: Maybe<User>;
  userErrors: Array<UserError>;
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
  PartnerOrganization: PartnerOrganization;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  PartnerOrganization:
    ( { __typename: 'PartnerOrganization' }
    & GraphQLRecursivePick<FederationTypes['PartnerOrganization'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddAddressInput: AddAddressInput;
  Address: ResolverTypeWrapper<AddressEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AddressInput: AddressInput;
  AddressPayload: ResolverTypeWrapper<Omit<AddressPayload, 'address'> & { address?: Maybe<ResolversTypes['Address']> }>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  ChangePasswordInput: ChangePasswordInput;
  ConfirmTwoFactorInput: ConfirmTwoFactorInput;
  ConfirmTwoFactorPayload: ResolverTypeWrapper<ConfirmTwoFactorPayload>;
  CreatePartnerOrganizationInput: CreatePartnerOrganizationInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisableTwoFactorInput: DisableTwoFactorInput;
  DisableTwoFactorPayload: ResolverTypeWrapper<DisableTwoFactorPayload>;
  EnableTwoFactorPayload: ResolverTypeWrapper<EnableTwoFactorPayload>;
  IssuePartnerTokenInput: IssuePartnerTokenInput;
  IssuePartnerTokenPayload: ResolverTypeWrapper<Omit<IssuePartnerTokenPayload, 'partnerToken'> & { partnerToken?: Maybe<ResolversTypes['PartnerToken']> }>;
  Language: Language;
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerOrganization: ResolverTypeWrapper<PartnerOrganizationEntity>;
  PartnerOrganizationKind: PartnerOrganizationKind;
  PartnerOrganizationPayload: ResolverTypeWrapper<Omit<PartnerOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversTypes['PartnerOrganization']> }>;
  PartnerToken: ResolverTypeWrapper<PartnerTokenEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  RefreshSessionInput: RefreshSessionInput;
  RegisterInput: RegisterInput;
  RemoveAddressInput: RemoveAddressInput;
  RemoveAddressPayload: ResolverTypeWrapper<RemoveAddressPayload>;
  RevokePartnerTokenInput: RevokePartnerTokenInput;
  RevokePartnerTokenPayload: ResolverTypeWrapper<Omit<RevokePartnerTokenPayload, 'partnerToken'> & { partnerToken?: Maybe<ResolversTypes['PartnerToken']> }>;
  Role: Role;
  Session: ResolverTypeWrapper<Session>;
  SetUserRolesInput: SetUserRolesInput;
  UpdateAddressInput: UpdateAddressInput;
  UpdateProfileInput: UpdateProfileInput;
  User: ResolverTypeWrapper<UserEntity>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserError: ResolverTypeWrapper<UserError>;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddAddressInput: AddAddressInput;
  Address: AddressEntity;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AddressInput: AddressInput;
  AddressPayload: Omit<AddressPayload, 'address'> & { address?: Maybe<ResolversParentTypes['Address']> };
  AuthPayload: Omit<AuthPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  ChangePasswordInput: ChangePasswordInput;
  ConfirmTwoFactorInput: ConfirmTwoFactorInput;
  ConfirmTwoFactorPayload: ConfirmTwoFactorPayload;
  CreatePartnerOrganizationInput: CreatePartnerOrganizationInput;
  DateTime: Scalars['DateTime']['output'];
  DisableTwoFactorInput: DisableTwoFactorInput;
  DisableTwoFactorPayload: DisableTwoFactorPayload;
  EnableTwoFactorPayload: EnableTwoFactorPayload;
  IssuePartnerTokenInput: IssuePartnerTokenInput;
  IssuePartnerTokenPayload: Omit<IssuePartnerTokenPayload, 'partnerToken'> & { partnerToken?: Maybe<ResolversParentTypes['PartnerToken']> };
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  LogoutPayload: LogoutPayload;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PartnerOrganization: PartnerOrganizationEntity;
  PartnerOrganizationPayload: Omit<PartnerOrganizationPayload, 'organization'> & { organization?: Maybe<ResolversParentTypes['PartnerOrganization']> };
  PartnerToken: PartnerTokenEntity;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  RefreshSessionInput: RefreshSessionInput;
  RegisterInput: RegisterInput;
  RemoveAddressInput: RemoveAddressInput;
  RemoveAddressPayload: RemoveAddressPayload;
  RevokePartnerTokenInput: RevokePartnerTokenInput;
  RevokePartnerTokenPayload: Omit<RevokePartnerTokenPayload, 'partnerToken'> & { partnerToken?: Maybe<ResolversParentTypes['PartnerToken']> };
  Session: Session;
  SetUserRolesInput: SetUserRolesInput;
  UpdateAddressInput: UpdateAddressInput;
  UpdateProfileInput: UpdateProfileInput;
  User: UserEntity;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserError: UserError;
  UserPayload: Omit<UserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
};

export type AddressResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefaultBilling?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isDefaultShipping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AddressPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['AddressPayload'] = ResolversParentTypes['AddressPayload']> = {
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConfirmTwoFactorPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['ConfirmTwoFactorPayload'] = ResolversParentTypes['ConfirmTwoFactorPayload']> = {
  recoveryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisableTwoFactorPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['DisableTwoFactorPayload'] = ResolversParentTypes['DisableTwoFactorPayload']> = {
  twoFactorEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EnableTwoFactorPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['EnableTwoFactorPayload'] = ResolversParentTypes['EnableTwoFactorPayload']> = {
  otpauthUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type IssuePartnerTokenPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['IssuePartnerTokenPayload'] = ResolversParentTypes['IssuePartnerTokenPayload']> = {
  partnerToken?: Resolver<Maybe<ResolversTypes['PartnerToken']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LogoutPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  loggedOut?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAddress?: Resolver<ResolversTypes['AddressPayload'], ParentType, ContextType, RequireFields<MutationAddAddressArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  confirmTwoFactor?: Resolver<ResolversTypes['ConfirmTwoFactorPayload'], ParentType, ContextType, RequireFields<MutationConfirmTwoFactorArgs, 'input'>>;
  createPartnerOrganization?: Resolver<ResolversTypes['PartnerOrganizationPayload'], ParentType, ContextType, RequireFields<MutationCreatePartnerOrganizationArgs, 'input'>>;
  disableTwoFactor?: Resolver<ResolversTypes['DisableTwoFactorPayload'], ParentType, ContextType, RequireFields<MutationDisableTwoFactorArgs, 'input'>>;
  enableTwoFactor?: Resolver<ResolversTypes['EnableTwoFactorPayload'], ParentType, ContextType>;
  issuePartnerToken?: Resolver<ResolversTypes['IssuePartnerTokenPayload'], ParentType, ContextType, RequireFields<MutationIssuePartnerTokenArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'input'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  removeAddress?: Resolver<ResolversTypes['RemoveAddressPayload'], ParentType, ContextType, RequireFields<MutationRemoveAddressArgs, 'input'>>;
  revokePartnerToken?: Resolver<ResolversTypes['RevokePartnerTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokePartnerTokenArgs, 'input'>>;
  setUserRoles?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationSetUserRolesArgs, 'input'>>;
  updateAddress?: Resolver<ResolversTypes['AddressPayload'], ParentType, ContextType, RequireFields<MutationUpdateAddressArgs, 'input'>>;
  updateProfile?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationUpdateProfileArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PartnerOrganizationResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['PartnerOrganization'] = ResolversParentTypes['PartnerOrganization'], FederationReferenceType extends FederationReferenceTypes['PartnerOrganization'] = FederationReferenceTypes['PartnerOrganization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartnerOrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PartnerOrganizationPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['PartnerOrganizationPayload'] = ResolversParentTypes['PartnerOrganizationPayload']> = {
  organization?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PartnerTokenResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['PartnerToken'] = ResolversParentTypes['PartnerToken']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  partnerOrganizations?: Resolver<Array<ResolversTypes['PartnerOrganization']>, ParentType, ContextType, Partial<QueryPartnerOrganizationsArgs>>;
  partnerTokens?: Resolver<Array<ResolversTypes['PartnerToken']>, ParentType, ContextType, Partial<QueryPartnerTokensArgs>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
};

export type RemoveAddressPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['RemoveAddressPayload'] = ResolversParentTypes['RemoveAddressPayload']> = {
  removedAddressId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokePartnerTokenPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['RevokePartnerTokenPayload'] = ResolversParentTypes['RevokePartnerTokenPayload']> = {
  partnerToken?: Resolver<Maybe<ResolversTypes['PartnerToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SessionResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type UserResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Maybe<Array<ResolversTypes['Address']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultBillingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  defaultShippingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['Language']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  twoFactorEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UserConnectionResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UserEdgeResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = AuthContext> = {
  Address?: AddressResolvers<ContextType>;
  AddressPayload?: AddressPayloadResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  ConfirmTwoFactorPayload?: ConfirmTwoFactorPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DisableTwoFactorPayload?: DisableTwoFactorPayloadResolvers<ContextType>;
  EnableTwoFactorPayload?: EnableTwoFactorPayloadResolvers<ContextType>;
  IssuePartnerTokenPayload?: IssuePartnerTokenPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganization?: PartnerOrganizationResolvers<ContextType>;
  PartnerOrganizationPayload?: PartnerOrganizationPayloadResolvers<ContextType>;
  PartnerToken?: PartnerTokenResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveAddressPayload?: RemoveAddressPayloadResolvers<ContextType>;
  RevokePartnerTokenPayload?: RevokePartnerTokenPayloadResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
};

