import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ticket as TicketEntity, TicketMessage as TicketMessageEntity } from '../domain/ticket.ts';
import type { FaqEntry as FaqEntryEntity, FaqCategory as FaqCategoryEntity } from '../domain/faq-entry.ts';
import type { Reference as ReferenceEntity } from './mappers.ts';
import type { SupportContext } from '../domain/context.ts';
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

export type AddInternalNoteInput = {
  body: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};

export type AssignTicketInput = {
  /** The agent to assign; the caller when omitted. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  ticketId: Scalars['ID']['input'];
};

export type CloseTicketInput = {
  ticketId: Scalars['ID']['input'];
};

export type ContactRequestPayload = {
  __typename?: 'ContactRequestPayload';
  /** When RATE_LIMITED: seconds until another request is accepted. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  /** The number of the ticket created, to quote in later exchanges. */
  ticketNumber?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateFaqCategoryInput = {
  nameEn: Scalars['String']['input'];
  nameFr: Scalars['String']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  slug: Scalars['String']['input'];
};

export type CreateFaqEntryInput = {
  answerEn: Scalars['String']['input'];
  answerFr: Scalars['String']['input'];
  categoryId: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  questionEn: Scalars['String']['input'];
  questionFr: Scalars['String']['input'];
};

export type DeleteInput = {
  id: Scalars['ID']['input'];
};

export type DeletePayload = {
  __typename?: 'DeletePayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** A group of FAQ entries, e.g. Delivery. */
export type FaqCategory = {
  __typename?: 'FaqCategory';
  entries: Array<FaqEntry>;
  id: Scalars['ID']['output'];
  /** In the caller's language (Accept-Language). */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameFr: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
};

export type FaqCategoryPayload = {
  __typename?: 'FaqCategoryPayload';
  category?: Maybe<FaqCategory>;
  userErrors: Array<UserError>;
};

/** A frequently asked question with its answer, in French and English. */
export type FaqEntry = {
  __typename?: 'FaqEntry';
  /** In the caller's language (Accept-Language). */
  answer: Scalars['String']['output'];
  answerEn: Scalars['String']['output'];
  answerFr: Scalars['String']['output'];
  category: FaqCategory;
  /** How many readers found the entry helpful. */
  helpfulCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  /** In the caller's language (Accept-Language). */
  question: Scalars['String']['output'];
  questionEn: Scalars['String']['output'];
  questionFr: Scalars['String']['output'];
};

export type FaqEntryPayload = {
  __typename?: 'FaqEntryPayload';
  entry?: Maybe<FaqEntry>;
  userErrors: Array<UserError>;
};

export type MarkFaqHelpfulInput = {
  entryId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addInternalNote: TicketPayload;
  assignTicket: TicketPayload;
  /** Closes a ticket for good. */
  closeTicket: TicketPayload;
  createFaqCategory: FaqCategoryPayload;
  createFaqEntry: FaqEntryPayload;
  /** Deletes an empty category; one with entries is refused (CATEGORY_NOT_EMPTY). */
  deleteFaqCategory: DeletePayload;
  deleteFaqEntry: DeletePayload;
  /** Counts one more reader who found the entry helpful. */
  markFaqHelpful: FaqEntryPayload;
  /** Opens a ticket, optionally about one of the caller's orders. */
  openTicket: TicketPayload;
  /** Adds a public message: the customer's reply waits on an agent, an agent's on the customer. */
  replyToTicket: TicketPayload;
  setTicketPriority: TicketPayload;
  setTicketStatus: TicketPayload;
  /** A request from the contact form, without an account; rate limited per address and per email. */
  submitContactRequest: ContactRequestPayload;
  updateFaqCategory: FaqCategoryPayload;
  updateFaqEntry: FaqEntryPayload;
};


export type MutationAddInternalNoteArgs = {
  input: AddInternalNoteInput;
};


export type MutationAssignTicketArgs = {
  input: AssignTicketInput;
};


export type MutationCloseTicketArgs = {
  input: CloseTicketInput;
};


export type MutationCreateFaqCategoryArgs = {
  input: CreateFaqCategoryInput;
};


export type MutationCreateFaqEntryArgs = {
  input: CreateFaqEntryInput;
};


export type MutationDeleteFaqCategoryArgs = {
  input: DeleteInput;
};


export type MutationDeleteFaqEntryArgs = {
  input: DeleteInput;
};


export type MutationMarkFaqHelpfulArgs = {
  input: MarkFaqHelpfulInput;
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationReplyToTicketArgs = {
  input: ReplyToTicketInput;
};


export type MutationSetTicketPriorityArgs = {
  input: SetTicketPriorityInput;
};


export type MutationSetTicketStatusArgs = {
  input: SetTicketStatusInput;
};


export type MutationSubmitContactRequestArgs = {
  input: SubmitContactRequestInput;
};


export type MutationUpdateFaqCategoryArgs = {
  input: UpdateFaqCategoryInput;
};


export type MutationUpdateFaqEntryArgs = {
  input: UpdateFaqEntryInput;
};

export type OpenTicketInput = {
  category: TicketCategory;
  /** The first message: what the customer needs. */
  message: Scalars['String']['input'];
  /** One of the caller's orders, when the ticket is about it. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
};

export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
  /** Support tickets about this order, newest first: its customer and support agents only; null for anyone else. */
  tickets?: Maybe<Array<Ticket>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** FAQ entries in display order, optionally in one category and matching `search` (either language, accents and case ignored). */
  faq: Array<FaqEntry>;
  /** FAQ categories in display order. */
  faqCategories: Array<FaqCategory>;
  /** The caller's tickets, newest first. */
  myTickets: TicketConnection;
  /** One ticket: its customer and support agents only; null for anyone else. */
  ticket?: Maybe<Ticket>;
  /** Tickets to work on, oldest first. */
  ticketQueue: TicketConnection;
};


export type QueryFaqArgs = {
  category?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketQueueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReplyToTicketInput = {
  body: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};

export type SetTicketPriorityInput = {
  priority: TicketPriority;
  ticketId: Scalars['ID']['input'];
};

export type SetTicketStatusInput = {
  status: TicketStatus;
  ticketId: Scalars['ID']['input'];
};

export type SubmitContactRequestInput = {
  email: Scalars['String']['input'];
  message: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

/** A support request: its conversation, who handles it and where it stands. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent handling it; null while unassigned. */
  assignee?: Maybe<User>;
  category: TicketCategory;
  /** Where to answer a contact-form request; null for a customer's ticket. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The customer who opened it; null for a contact-form request. */
  customer?: Maybe<User>;
  /** When an agent first answered the customer (internal notes do not count). */
  firstResponseAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The conversation, oldest first. Internal notes are shown to support agents only. */
  messages: Array<TicketMessage>;
  /** Human-friendly, e.g. SUP-100042: what customers quote. */
  number: Scalars['String']['output'];
  /** The order the ticket is about, if any. */
  order?: Maybe<Order>;
  priority: TicketPriority;
  /** When the ticket was last resolved; null while it is not RESOLVED or CLOSED after a resolution. */
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
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

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketMessage = {
  __typename?: 'TicketMessage';
  /** Who wrote it; null for a contact-form request. */
  author?: Maybe<User>;
  authorRole: TicketAuthorRole;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** An agents-only note, never shown to the customer. */
  internal: Scalars['Boolean']['output'];
};

export type TicketPayload = {
  __typename?: 'TicketPayload';
  ticket?: Maybe<Ticket>;
  userErrors: Array<UserError>;
};

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TicketQueueFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<Array<TicketPriority>>;
  status?: InputMaybe<Array<TicketStatus>>;
  /** Only tickets no agent handles yet. */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
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

export type UpdateFaqCategoryInput = {
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFr?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateFaqEntryInput = {
  answerEn?: InputMaybe<Scalars['String']['input']>;
  answerFr?: InputMaybe<Scalars['String']['input']>;
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
  questionEn?: InputMaybe<Scalars['String']['input']>;
  questionFr?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's support tickets, newest first: the user themself and support agents only; null for anyone else. */
  tickets?: Maybe<TicketConnection>;
};


export type UserTicketsArgs = {
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
  FaqCategory: FaqCategory;
  FaqEntry: FaqEntry;
  Order: Order;
  Ticket: Ticket;
  User: User;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  FaqCategory:
    ( { __typename: 'FaqCategory' }
    & GraphQLRecursivePick<FederationTypes['FaqCategory'], {"id":true}> );
  FaqEntry:
    ( { __typename: 'FaqEntry' }
    & GraphQLRecursivePick<FederationTypes['FaqEntry'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddInternalNoteInput: AddInternalNoteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssignTicketInput: AssignTicketInput;
  CloseTicketInput: CloseTicketInput;
  ContactRequestPayload: ResolverTypeWrapper<ContactRequestPayload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateFaqCategoryInput: CreateFaqCategoryInput;
  CreateFaqEntryInput: CreateFaqEntryInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteInput: DeleteInput;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  FaqCategory: ResolverTypeWrapper<FaqCategoryEntity>;
  FaqCategoryPayload: ResolverTypeWrapper<Omit<FaqCategoryPayload, 'category'> & { category?: Maybe<ResolversTypes['FaqCategory']> }>;
  FaqEntry: ResolverTypeWrapper<FaqEntryEntity>;
  FaqEntryPayload: ResolverTypeWrapper<Omit<FaqEntryPayload, 'entry'> & { entry?: Maybe<ResolversTypes['FaqEntry']> }>;
  MarkFaqHelpfulInput: MarkFaqHelpfulInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: OpenTicketInput;
  Order: ResolverTypeWrapper<ReferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplyToTicketInput: ReplyToTicketInput;
  SetTicketPriorityInput: SetTicketPriorityInput;
  SetTicketStatusInput: SetTicketStatusInput;
  SubmitContactRequestInput: SubmitContactRequestInput;
  Ticket: ResolverTypeWrapper<TicketEntity>;
  TicketAuthorRole: TicketAuthorRole;
  TicketCategory: TicketCategory;
  TicketConnection: ResolverTypeWrapper<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketMessage: ResolverTypeWrapper<TicketMessageEntity>;
  TicketPayload: ResolverTypeWrapper<Omit<TicketPayload, 'ticket'> & { ticket?: Maybe<ResolversTypes['Ticket']> }>;
  TicketPriority: TicketPriority;
  TicketQueueFilter: TicketQueueFilter;
  TicketStatus: TicketStatus;
  UpdateFaqCategoryInput: UpdateFaqCategoryInput;
  UpdateFaqEntryInput: UpdateFaqEntryInput;
  User: ResolverTypeWrapper<ReferenceEntity>;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddInternalNoteInput: AddInternalNoteInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AssignTicketInput: AssignTicketInput;
  CloseTicketInput: CloseTicketInput;
  ContactRequestPayload: ContactRequestPayload;
  Int: Scalars['Int']['output'];
  CreateFaqCategoryInput: CreateFaqCategoryInput;
  CreateFaqEntryInput: CreateFaqEntryInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteInput: DeleteInput;
  DeletePayload: DeletePayload;
  FaqCategory: FaqCategoryEntity;
  FaqCategoryPayload: Omit<FaqCategoryPayload, 'category'> & { category?: Maybe<ResolversParentTypes['FaqCategory']> };
  FaqEntry: FaqEntryEntity;
  FaqEntryPayload: Omit<FaqEntryPayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['FaqEntry']> };
  MarkFaqHelpfulInput: MarkFaqHelpfulInput;
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: OpenTicketInput;
  Order: ReferenceEntity;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ReplyToTicketInput: ReplyToTicketInput;
  SetTicketPriorityInput: SetTicketPriorityInput;
  SetTicketStatusInput: SetTicketStatusInput;
  SubmitContactRequestInput: SubmitContactRequestInput;
  Ticket: TicketEntity;
  TicketConnection: Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketMessage: TicketMessageEntity;
  TicketPayload: Omit<TicketPayload, 'ticket'> & { ticket?: Maybe<ResolversParentTypes['Ticket']> };
  TicketQueueFilter: TicketQueueFilter;
  UpdateFaqCategoryInput: UpdateFaqCategoryInput;
  UpdateFaqEntryInput: UpdateFaqEntryInput;
  User: ReferenceEntity;
  UserError: UserError;
};

export type ContactRequestPayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ContactRequestPayload'] = ResolversParentTypes['ContactRequestPayload']> = {
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ticketNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FaqCategoryResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['FaqCategory'] = ResolversParentTypes['FaqCategory'], FederationReferenceType extends FederationReferenceTypes['FaqCategory'] = FederationReferenceTypes['FaqCategory']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FaqCategory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['FaqEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FaqCategoryPayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['FaqCategoryPayload'] = ResolversParentTypes['FaqCategoryPayload']> = {
  category?: Resolver<Maybe<ResolversTypes['FaqCategory']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FaqEntryResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['FaqEntry'] = ResolversParentTypes['FaqEntry'], FederationReferenceType extends FederationReferenceTypes['FaqEntry'] = FederationReferenceTypes['FaqEntry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FaqEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answerEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answerFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['FaqCategory'], ParentType, ContextType>;
  helpfulCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FaqEntryPayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['FaqEntryPayload'] = ResolversParentTypes['FaqEntryPayload']> = {
  entry?: Resolver<Maybe<ResolversTypes['FaqEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addInternalNote?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationAddInternalNoteArgs, 'input'>>;
  assignTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'input'>>;
  closeTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationCloseTicketArgs, 'input'>>;
  createFaqCategory?: Resolver<ResolversTypes['FaqCategoryPayload'], ParentType, ContextType, RequireFields<MutationCreateFaqCategoryArgs, 'input'>>;
  createFaqEntry?: Resolver<ResolversTypes['FaqEntryPayload'], ParentType, ContextType, RequireFields<MutationCreateFaqEntryArgs, 'input'>>;
  deleteFaqCategory?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFaqCategoryArgs, 'input'>>;
  deleteFaqEntry?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFaqEntryArgs, 'input'>>;
  markFaqHelpful?: Resolver<ResolversTypes['FaqEntryPayload'], ParentType, ContextType, RequireFields<MutationMarkFaqHelpfulArgs, 'input'>>;
  openTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'input'>>;
  replyToTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationReplyToTicketArgs, 'input'>>;
  setTicketPriority?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationSetTicketPriorityArgs, 'input'>>;
  setTicketStatus?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationSetTicketStatusArgs, 'input'>>;
  submitContactRequest?: Resolver<ResolversTypes['ContactRequestPayload'], ParentType, ContextType, RequireFields<MutationSubmitContactRequestArgs, 'input'>>;
  updateFaqCategory?: Resolver<ResolversTypes['FaqCategoryPayload'], ParentType, ContextType, RequireFields<MutationUpdateFaqCategoryArgs, 'input'>>;
  updateFaqEntry?: Resolver<ResolversTypes['FaqEntryPayload'], ParentType, ContextType, RequireFields<MutationUpdateFaqEntryArgs, 'input'>>;
};

export type OrderResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tickets?: Resolver<Maybe<Array<ResolversTypes['Ticket']>>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  faq?: Resolver<Array<ResolversTypes['FaqEntry']>, ParentType, ContextType, Partial<QueryFaqArgs>>;
  faqCategories?: Resolver<Array<ResolversTypes['FaqCategory']>, ParentType, ContextType>;
  myTickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryMyTicketsArgs, 'first'>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketQueue?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketQueueArgs, 'first'>>;
};

export type TicketResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  firstResponseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['TicketMessage']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketMessageResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketMessage'] = ResolversParentTypes['TicketMessage']> = {
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authorRole?: Resolver<ResolversTypes['TicketAuthorRole'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TicketPayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketPayload'] = ResolversParentTypes['TicketPayload']> = {
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tickets?: Resolver<Maybe<ResolversTypes['TicketConnection']>, ParentType, ContextType, RequireFields<UserTicketsArgs, 'first'>>;
};

export type UserErrorResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SupportContext> = {
  ContactRequestPayload?: ContactRequestPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  FaqCategory?: FaqCategoryResolvers<ContextType>;
  FaqCategoryPayload?: FaqCategoryPayloadResolvers<ContextType>;
  FaqEntry?: FaqEntryResolvers<ContextType>;
  FaqEntryPayload?: FaqEntryPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketMessage?: TicketMessageResolvers<ContextType>;
  TicketPayload?: TicketPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

