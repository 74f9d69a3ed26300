import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Ticket as TicketEntity, TicketMessage as TicketMessageEntity } from '../domain/ticket.ts';
import type { FaqEntry as FaqEntryEntity, FaqCategory as FaqCategoryEntity } from '../domain/faq-entry.ts';
import type { NewsletterSubscription as NewsletterSubscriptionEntity } from '../domain/newsletter/subscription.ts';
import type { NewsletterCampaign as NewsletterCampaignEntity } from '../domain/newsletter/campaign.ts';
import type { CampaignProgress as CampaignProgressEntity } from '../domain/newsletter/campaigns.ts';
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

export type CancelNewsletterCampaignInput = {
  id: Scalars['ID']['input'];
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

export type CreateNewsletterCampaignInput = {
  bodyEn: Scalars['String']['input'];
  bodyFr: Scalars['String']['input'];
  subjectEn: Scalars['String']['input'];
  subjectFr: Scalars['String']['input'];
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

/** The language Comptoir writes to a user in: mail and messages. */
export type Language =
  | 'EN'
  | 'FR';

export type MailPreview = {
  __typename?: 'MailPreview';
  html: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type MarkFaqHelpfulInput = {
  entryId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addInternalNote: TicketPayload;
  assignTicket: TicketPayload;
  /** Stops a campaign that has not finished; its copies not yet sent never will be. */
  cancelNewsletterCampaign: NewsletterCampaignPayload;
  /** Closes a ticket for good. */
  closeTicket: TicketPayload;
  /** Follows the confirmation link of the latest confirmation mail; no sign-in needed. */
  confirmNewsletterSubscription: NewsletterSubscriptionPayload;
  createFaqCategory: FaqCategoryPayload;
  createFaqEntry: FaqEntryPayload;
  createNewsletterCampaign: NewsletterCampaignPayload;
  /** Deletes an empty category; one with entries is refused (CATEGORY_NOT_EMPTY). */
  deleteFaqCategory: DeletePayload;
  deleteFaqEntry: DeletePayload;
  /** Counts one more reader who found the entry helpful. */
  markFaqHelpful: FaqEntryPayload;
  /** Opens a ticket, optionally about one of the caller's orders. */
  openTicket: TicketPayload;
  /** Adds a public message: the customer's reply waits on an agent, an agent's on the customer. */
  replyToTicket: TicketPayload;
  scheduleNewsletterCampaign: NewsletterCampaignPayload;
  /** The caller's newsletter preferences, for their account's email. */
  setNewsletterPreferences: NewsletterSubscriptionPayload;
  setTicketPriority: TicketPayload;
  setTicketStatus: TicketPayload;
  /** A request from the contact form, without an account; rate limited per address and per email. */
  submitContactRequest: ContactRequestPayload;
  /** Asks for the newsletter: a confirmation link is mailed (double opt-in). The answer is the same whatever the address's state. */
  subscribeToNewsletter: SubscribeToNewsletterPayload;
  /** The one-click unsubscribe link of every newsletter; no sign-in needed. */
  unsubscribeFromNewsletter: NewsletterSubscriptionPayload;
  updateFaqCategory: FaqCategoryPayload;
  updateFaqEntry: FaqEntryPayload;
  /** Changes a DRAFT or SCHEDULED campaign. */
  updateNewsletterCampaign: NewsletterCampaignPayload;
};


export type MutationAddInternalNoteArgs = {
  input: AddInternalNoteInput;
};


export type MutationAssignTicketArgs = {
  input: AssignTicketInput;
};


export type MutationCancelNewsletterCampaignArgs = {
  input: CancelNewsletterCampaignInput;
};


export type MutationCloseTicketArgs = {
  input: CloseTicketInput;
};


export type MutationConfirmNewsletterSubscriptionArgs = {
  input: NewsletterTokenInput;
};


export type MutationCreateFaqCategoryArgs = {
  input: CreateFaqCategoryInput;
};


export type MutationCreateFaqEntryArgs = {
  input: CreateFaqEntryInput;
};


export type MutationCreateNewsletterCampaignArgs = {
  input: CreateNewsletterCampaignInput;
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


export type MutationScheduleNewsletterCampaignArgs = {
  input: ScheduleNewsletterCampaignInput;
};


export type MutationSetNewsletterPreferencesArgs = {
  input: SetNewsletterPreferencesInput;
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


export type MutationSubscribeToNewsletterArgs = {
  input: SubscribeToNewsletterInput;
};


export type MutationUnsubscribeFromNewsletterArgs = {
  input: NewsletterTokenInput;
};


export type MutationUpdateFaqCategoryArgs = {
  input: UpdateFaqCategoryInput;
};


export type MutationUpdateFaqEntryArgs = {
  input: UpdateFaqEntryInput;
};


export type MutationUpdateNewsletterCampaignArgs = {
  input: UpdateNewsletterCampaignInput;
};

/** Subscriptions by status. */
export type NewsletterAudience = {
  __typename?: 'NewsletterAudience';
  confirmed: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  unsubscribed: Scalars['Int']['output'];
};

/** A newsletter in French and English, sent to confirmed subscribers in their language. */
export type NewsletterCampaign = {
  __typename?: 'NewsletterCampaign';
  bodyEn: Scalars['String']['output'];
  /** Plain text; a blank line separates paragraphs. */
  bodyFr: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The mail a subscriber gets in `language`, with a sample unsubscribe link. */
  preview: MailPreview;
  progress: NewsletterCampaignProgress;
  sendAt?: Maybe<Scalars['DateTime']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: NewsletterCampaignStatus;
  subjectEn: Scalars['String']['output'];
  subjectFr: Scalars['String']['output'];
};


/** A newsletter in French and English, sent to confirmed subscribers in their language. */
export type NewsletterCampaignPreviewArgs = {
  language: Language;
};

export type NewsletterCampaignConnection = {
  __typename?: 'NewsletterCampaignConnection';
  edges: Array<NewsletterCampaignEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NewsletterCampaignEdge = {
  __typename?: 'NewsletterCampaignEdge';
  cursor: Scalars['String']['output'];
  node: NewsletterCampaign;
};

export type NewsletterCampaignPayload = {
  __typename?: 'NewsletterCampaignPayload';
  campaign?: Maybe<NewsletterCampaign>;
  userErrors: Array<UserError>;
};

/** Where a campaign stands; once it has started, sent + failed + skipped + pending = recipients. */
export type NewsletterCampaignProgress = {
  __typename?: 'NewsletterCampaignProgress';
  failed: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  /** Subscriptions confirmed when it started; null before. */
  recipients?: Maybe<Scalars['Int']['output']>;
  sent: Scalars['Int']['output'];
  /** Recipients who unsubscribed before their copy went, or whose copy a cancellation stopped. */
  skipped: Scalars['Int']['output'];
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

export type NewsletterSubscription = {
  __typename?: 'NewsletterSubscription';
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  email: Scalars['String']['output'];
  language: Language;
  status: NewsletterSubscriptionStatus;
};

export type NewsletterSubscriptionPayload = {
  __typename?: 'NewsletterSubscriptionPayload';
  subscription?: Maybe<NewsletterSubscription>;
  userErrors: Array<UserError>;
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
  token: Scalars['String']['input'];
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
  newsletterAudience: NewsletterAudience;
  newsletterCampaign?: Maybe<NewsletterCampaign>;
  /** Newsletter campaigns, newest first. */
  newsletterCampaigns: NewsletterCampaignConnection;
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


export type QueryNewsletterCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNewsletterCampaignsArgs = {
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

export type ScheduleNewsletterCampaignInput = {
  id: Scalars['ID']['input'];
  /** When to start sending; now when omitted or past. */
  sendAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SetNewsletterPreferencesInput = {
  /** The account's language when omitted. */
  language?: InputMaybe<Language>;
  /** True starts the confirmation by mail (unless confirmed already); false unsubscribes at once. */
  subscribed: Scalars['Boolean']['input'];
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

export type SubscribeToNewsletterInput = {
  email: Scalars['String']['input'];
  /** The language of its mails; the request's (Accept-Language) when omitted. */
  language?: InputMaybe<Language>;
};

export type SubscribeToNewsletterPayload = {
  __typename?: 'SubscribeToNewsletterPayload';
  /** When RATE_LIMITED: seconds until another request is accepted. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
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

export type UpdateNewsletterCampaignInput = {
  bodyEn?: InputMaybe<Scalars['String']['input']>;
  bodyFr?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  subjectEn?: InputMaybe<Scalars['String']['input']>;
  subjectFr?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The newsletter subscription of the user's email: the user themself only; null for anyone else or when there is none. */
  newsletter?: Maybe<NewsletterSubscription>;
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
  CancelNewsletterCampaignInput: CancelNewsletterCampaignInput;
  CloseTicketInput: CloseTicketInput;
  ContactRequestPayload: ResolverTypeWrapper<ContactRequestPayload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateFaqCategoryInput: CreateFaqCategoryInput;
  CreateFaqEntryInput: CreateFaqEntryInput;
  CreateNewsletterCampaignInput: CreateNewsletterCampaignInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteInput: DeleteInput;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  FaqCategory: ResolverTypeWrapper<FaqCategoryEntity>;
  FaqCategoryPayload: ResolverTypeWrapper<Omit<FaqCategoryPayload, 'category'> & { category?: Maybe<ResolversTypes['FaqCategory']> }>;
  FaqEntry: ResolverTypeWrapper<FaqEntryEntity>;
  FaqEntryPayload: ResolverTypeWrapper<Omit<FaqEntryPayload, 'entry'> & { entry?: Maybe<ResolversTypes['FaqEntry']> }>;
  Language: Language;
  MailPreview: ResolverTypeWrapper<MailPreview>;
  MarkFaqHelpfulInput: MarkFaqHelpfulInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewsletterAudience: ResolverTypeWrapper<NewsletterAudience>;
  NewsletterCampaign: ResolverTypeWrapper<NewsletterCampaignEntity>;
  NewsletterCampaignConnection: ResolverTypeWrapper<Omit<NewsletterCampaignConnection, 'edges'> & { edges: Array<ResolversTypes['NewsletterCampaignEdge']> }>;
  NewsletterCampaignEdge: ResolverTypeWrapper<Omit<NewsletterCampaignEdge, 'node'> & { node: ResolversTypes['NewsletterCampaign'] }>;
  NewsletterCampaignPayload: ResolverTypeWrapper<Omit<NewsletterCampaignPayload, 'campaign'> & { campaign?: Maybe<ResolversTypes['NewsletterCampaign']> }>;
  NewsletterCampaignProgress: ResolverTypeWrapper<CampaignProgressEntity>;
  NewsletterCampaignStatus: NewsletterCampaignStatus;
  NewsletterSubscription: ResolverTypeWrapper<NewsletterSubscriptionEntity>;
  NewsletterSubscriptionPayload: ResolverTypeWrapper<Omit<NewsletterSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['NewsletterSubscription']> }>;
  NewsletterSubscriptionStatus: NewsletterSubscriptionStatus;
  NewsletterTokenInput: NewsletterTokenInput;
  OpenTicketInput: OpenTicketInput;
  Order: ResolverTypeWrapper<ReferenceEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReplyToTicketInput: ReplyToTicketInput;
  ScheduleNewsletterCampaignInput: ScheduleNewsletterCampaignInput;
  SetNewsletterPreferencesInput: SetNewsletterPreferencesInput;
  SetTicketPriorityInput: SetTicketPriorityInput;
  SetTicketStatusInput: SetTicketStatusInput;
  SubmitContactRequestInput: SubmitContactRequestInput;
  SubscribeToNewsletterInput: SubscribeToNewsletterInput;
  SubscribeToNewsletterPayload: ResolverTypeWrapper<SubscribeToNewsletterPayload>;
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
  UpdateNewsletterCampaignInput: UpdateNewsletterCampaignInput;
  User: ResolverTypeWrapper<ReferenceEntity>;
  UserError: ResolverTypeWrapper<UserError>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddInternalNoteInput: AddInternalNoteInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AssignTicketInput: AssignTicketInput;
  CancelNewsletterCampaignInput: CancelNewsletterCampaignInput;
  CloseTicketInput: CloseTicketInput;
  ContactRequestPayload: ContactRequestPayload;
  Int: Scalars['Int']['output'];
  CreateFaqCategoryInput: CreateFaqCategoryInput;
  CreateFaqEntryInput: CreateFaqEntryInput;
  CreateNewsletterCampaignInput: CreateNewsletterCampaignInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteInput: DeleteInput;
  DeletePayload: DeletePayload;
  FaqCategory: FaqCategoryEntity;
  FaqCategoryPayload: Omit<FaqCategoryPayload, 'category'> & { category?: Maybe<ResolversParentTypes['FaqCategory']> };
  FaqEntry: FaqEntryEntity;
  FaqEntryPayload: Omit<FaqEntryPayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['FaqEntry']> };
  MailPreview: MailPreview;
  MarkFaqHelpfulInput: MarkFaqHelpfulInput;
  Mutation: Record<PropertyKey, never>;
  NewsletterAudience: NewsletterAudience;
  NewsletterCampaign: NewsletterCampaignEntity;
  NewsletterCampaignConnection: Omit<NewsletterCampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['NewsletterCampaignEdge']> };
  NewsletterCampaignEdge: Omit<NewsletterCampaignEdge, 'node'> & { node: ResolversParentTypes['NewsletterCampaign'] };
  NewsletterCampaignPayload: Omit<NewsletterCampaignPayload, 'campaign'> & { campaign?: Maybe<ResolversParentTypes['NewsletterCampaign']> };
  NewsletterCampaignProgress: CampaignProgressEntity;
  NewsletterSubscription: NewsletterSubscriptionEntity;
  NewsletterSubscriptionPayload: Omit<NewsletterSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['NewsletterSubscription']> };
  NewsletterTokenInput: NewsletterTokenInput;
  OpenTicketInput: OpenTicketInput;
  Order: ReferenceEntity;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ReplyToTicketInput: ReplyToTicketInput;
  ScheduleNewsletterCampaignInput: ScheduleNewsletterCampaignInput;
  SetNewsletterPreferencesInput: SetNewsletterPreferencesInput;
  SetTicketPriorityInput: SetTicketPriorityInput;
  SetTicketStatusInput: SetTicketStatusInput;
  SubmitContactRequestInput: SubmitContactRequestInput;
  SubscribeToNewsletterInput: SubscribeToNewsletterInput;
  SubscribeToNewsletterPayload: SubscribeToNewsletterPayload;
  Ticket: TicketEntity;
  TicketConnection: Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketMessage: TicketMessageEntity;
  TicketPayload: Omit<TicketPayload, 'ticket'> & { ticket?: Maybe<ResolversParentTypes['Ticket']> };
  TicketQueueFilter: TicketQueueFilter;
  UpdateFaqCategoryInput: UpdateFaqCategoryInput;
  UpdateFaqEntryInput: UpdateFaqEntryInput;
  UpdateNewsletterCampaignInput: UpdateNewsletterCampaignInput;
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

export type MailPreviewResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['MailPreview'] = ResolversParentTypes['MailPreview']> = {
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addInternalNote?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationAddInternalNoteArgs, 'input'>>;
  assignTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'input'>>;
  cancelNewsletterCampaign?: Resolver<ResolversTypes['NewsletterCampaignPayload'], ParentType, ContextType, RequireFields<MutationCancelNewsletterCampaignArgs, 'input'>>;
  closeTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationCloseTicketArgs, 'input'>>;
  confirmNewsletterSubscription?: Resolver<ResolversTypes['NewsletterSubscriptionPayload'], ParentType, ContextType, RequireFields<MutationConfirmNewsletterSubscriptionArgs, 'input'>>;
  createFaqCategory?: Resolver<ResolversTypes['FaqCategoryPayload'], ParentType, ContextType, RequireFields<MutationCreateFaqCategoryArgs, 'input'>>;
  createFaqEntry?: Resolver<ResolversTypes['FaqEntryPayload'], ParentType, ContextType, RequireFields<MutationCreateFaqEntryArgs, 'input'>>;
  createNewsletterCampaign?: Resolver<ResolversTypes['NewsletterCampaignPayload'], ParentType, ContextType, RequireFields<MutationCreateNewsletterCampaignArgs, 'input'>>;
  deleteFaqCategory?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFaqCategoryArgs, 'input'>>;
  deleteFaqEntry?: Resolver<ResolversTypes['DeletePayload'], ParentType, ContextType, RequireFields<MutationDeleteFaqEntryArgs, 'input'>>;
  markFaqHelpful?: Resolver<ResolversTypes['FaqEntryPayload'], ParentType, ContextType, RequireFields<MutationMarkFaqHelpfulArgs, 'input'>>;
  openTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'input'>>;
  replyToTicket?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationReplyToTicketArgs, 'input'>>;
  scheduleNewsletterCampaign?: Resolver<ResolversTypes['NewsletterCampaignPayload'], ParentType, ContextType, RequireFields<MutationScheduleNewsletterCampaignArgs, 'input'>>;
  setNewsletterPreferences?: Resolver<ResolversTypes['NewsletterSubscriptionPayload'], ParentType, ContextType, RequireFields<MutationSetNewsletterPreferencesArgs, 'input'>>;
  setTicketPriority?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationSetTicketPriorityArgs, 'input'>>;
  setTicketStatus?: Resolver<ResolversTypes['TicketPayload'], ParentType, ContextType, RequireFields<MutationSetTicketStatusArgs, 'input'>>;
  submitContactRequest?: Resolver<ResolversTypes['ContactRequestPayload'], ParentType, ContextType, RequireFields<MutationSubmitContactRequestArgs, 'input'>>;
  subscribeToNewsletter?: Resolver<ResolversTypes['SubscribeToNewsletterPayload'], ParentType, ContextType, RequireFields<MutationSubscribeToNewsletterArgs, 'input'>>;
  unsubscribeFromNewsletter?: Resolver<ResolversTypes['NewsletterSubscriptionPayload'], ParentType, ContextType, RequireFields<MutationUnsubscribeFromNewsletterArgs, 'input'>>;
  updateFaqCategory?: Resolver<ResolversTypes['FaqCategoryPayload'], ParentType, ContextType, RequireFields<MutationUpdateFaqCategoryArgs, 'input'>>;
  updateFaqEntry?: Resolver<ResolversTypes['FaqEntryPayload'], ParentType, ContextType, RequireFields<MutationUpdateFaqEntryArgs, 'input'>>;
  updateNewsletterCampaign?: Resolver<ResolversTypes['NewsletterCampaignPayload'], ParentType, ContextType, RequireFields<MutationUpdateNewsletterCampaignArgs, 'input'>>;
};

export type NewsletterAudienceResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterAudience'] = ResolversParentTypes['NewsletterAudience']> = {
  confirmed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsubscribed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NewsletterCampaignResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterCampaign'] = ResolversParentTypes['NewsletterCampaign']> = {
  bodyEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bodyFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  preview?: Resolver<ResolversTypes['MailPreview'], ParentType, ContextType, RequireFields<NewsletterCampaignPreviewArgs, 'language'>>;
  progress?: Resolver<ResolversTypes['NewsletterCampaignProgress'], ParentType, ContextType>;
  sendAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NewsletterCampaignStatus'], ParentType, ContextType>;
  subjectEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NewsletterCampaignConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterCampaignConnection'] = ResolversParentTypes['NewsletterCampaignConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NewsletterCampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NewsletterCampaignEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterCampaignEdge'] = ResolversParentTypes['NewsletterCampaignEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NewsletterCampaign'], ParentType, ContextType>;
};

export type NewsletterCampaignPayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterCampaignPayload'] = ResolversParentTypes['NewsletterCampaignPayload']> = {
  campaign?: Resolver<Maybe<ResolversTypes['NewsletterCampaign']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type NewsletterCampaignProgressResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterCampaignProgress'] = ResolversParentTypes['NewsletterCampaignProgress']> = {
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipients?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NewsletterSubscriptionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterSubscription'] = ResolversParentTypes['NewsletterSubscription']> = {
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NewsletterSubscriptionStatus'], ParentType, ContextType>;
};

export type NewsletterSubscriptionPayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['NewsletterSubscriptionPayload'] = ResolversParentTypes['NewsletterSubscriptionPayload']> = {
  subscription?: Resolver<Maybe<ResolversTypes['NewsletterSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  newsletterAudience?: Resolver<ResolversTypes['NewsletterAudience'], ParentType, ContextType>;
  newsletterCampaign?: Resolver<Maybe<ResolversTypes['NewsletterCampaign']>, ParentType, ContextType, RequireFields<QueryNewsletterCampaignArgs, 'id'>>;
  newsletterCampaigns?: Resolver<ResolversTypes['NewsletterCampaignConnection'], ParentType, ContextType, RequireFields<QueryNewsletterCampaignsArgs, 'first'>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  ticketQueue?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketQueueArgs, 'first'>>;
};

export type SubscribeToNewsletterPayloadResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SubscribeToNewsletterPayload'] = ResolversParentTypes['SubscribeToNewsletterPayload']> = {
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  newsletter?: Resolver<Maybe<ResolversTypes['NewsletterSubscription']>, ParentType, ContextType>;
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
  MailPreview?: MailPreviewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewsletterAudience?: NewsletterAudienceResolvers<ContextType>;
  NewsletterCampaign?: NewsletterCampaignResolvers<ContextType>;
  NewsletterCampaignConnection?: NewsletterCampaignConnectionResolvers<ContextType>;
  NewsletterCampaignEdge?: NewsletterCampaignEdgeResolvers<ContextType>;
  NewsletterCampaignPayload?: NewsletterCampaignPayloadResolvers<ContextType>;
  NewsletterCampaignProgress?: NewsletterCampaignProgressResolvers<ContextType>;
  NewsletterSubscription?: NewsletterSubscriptionResolvers<ContextType>;
  NewsletterSubscriptionPayload?: NewsletterSubscriptionPayloadResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SubscribeToNewsletterPayload?: SubscribeToNewsletterPayloadResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketMessage?: TicketMessageResolvers<ContextType>;
  TicketPayload?: TicketPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
};

