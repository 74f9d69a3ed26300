import type { Locale } from '@comptoir/kit';
import type { MailContent } from './layout.ts';

/** What every order mail tells of the order and its customer. */
export interface OrderFacts {
  name: string;
  /** Null for an order placed before its events carried the number, and not yet confirmed. */
  number: string | null;
  orderUrl: string;
}

/** The parcel of a shipped order, each part null when the delivery did not announce it. */
export interface ShippedParcel {
  carrier: string | null;
  trackingNumber: string | null;
  /** The storefront's public tracking page for this number. */
  trackingUrl: string | null;
}

/** The order mails of one language, one per moment. */
export interface OrderMailWriter {
  confirmed(order: OrderFacts, itemCount: number): MailContent;
  shipped(order: OrderFacts, parcel: ShippedParcel): MailContent;
  delivered(order: OrderFacts, helpUrl: string): MailContent;
  /** `reason`: the code of `order.cancelled`; one this version does not know gets a neutral sentence. */
  cancelled(order: OrderFacts, reason: string): MailContent;
}

/** " CPT-…" after "order", or nothing when the number is not known. */
const numbered = (number: string | null) => (number ? ` ${number}` : '');

/** The sentence for a cancellation reason, or `unknown` for a code not listed (not a prototype key). */
const reasonIn = (reasons: Record<string, string>, unknown: string, code: string) =>
  Object.hasOwn(reasons, code) ? (reasons[code] as string) : unknown;

const englishReasons: Record<string, string> = {
  CUSTOMER_REQUEST: 'It was cancelled at your request.',
  OUT_OF_STOCK: 'Some of the items you ordered are no longer in stock.',
  RESERVATION_TIMEOUT: 'We could not confirm your payment or the availability of your items in time.',
  PAYMENT_DECLINED: 'Your payment was declined.',
  ADMIN: 'Our team had to cancel it.',
};

const frenchReasons: Record<string, string> = {
  CUSTOMER_REQUEST: 'Elle a été annulée à votre demande.',
  OUT_OF_STOCK: 'Certains des articles commandés ne sont plus en stock.',
  RESERVATION_TIMEOUT: 'Nous n’avons pas pu confirmer à temps votre paiement ou la disponibilité de vos articles.',
  PAYMENT_DECLINED: 'Votre paiement a été refusé.',
  ADMIN: 'Notre équipe a dû l’annuler.',
};

const english: OrderMailWriter = {
  confirmed: (order, itemCount) => ({
    subject: `Your order${numbered(order.number)} is confirmed`,
    greeting: `Hello ${order.name},`,
    paragraphs: [
      `Thank you for your order of ${itemCount} ${itemCount === 1 ? 'item' : 'items'}: it is confirmed and we are preparing it.`,
      'We will write to you again when it ships.',
    ],
    link: { label: 'Follow your order', url: order.orderUrl },
    signature: 'The Comptoir team',
  }),
  shipped: (order, parcel) => ({
    subject: `Your order${numbered(order.number)} has shipped`,
    greeting: `Hello ${order.name},`,
    paragraphs: [
      `Your order${numbered(order.number)} is on its way${parcel.carrier ? ` with ${parcel.carrier}` : ''}${
        parcel.trackingNumber ? `, tracking number ${parcel.trackingNumber}` : ''
      }.`,
    ],
    link: parcel.trackingUrl
      ? { label: 'Track your parcel', url: parcel.trackingUrl }
      : { label: 'Follow your order', url: order.orderUrl },
    signature: 'The Comptoir team',
  }),
  delivered: (order, helpUrl) => ({
    subject: `Your order${numbered(order.number)} has been delivered`,
    greeting: `Hello ${order.name},`,
    paragraphs: [
      `Your order${numbered(order.number)} has been delivered. We hope you enjoy it.`,
      `A problem with your order? Our help center is at ${helpUrl}`,
    ],
    link: { label: 'See your order', url: order.orderUrl },
    signature: 'The Comptoir team',
  }),
  cancelled: (order, reason) => ({
    subject: `Your order${numbered(order.number)} is cancelled`,
    greeting: `Hello ${order.name},`,
    paragraphs: [
      `We are sorry: your order${numbered(order.number)} has been cancelled.`,
      reasonIn(englishReasons, 'It could not be completed.', reason),
    ],
    link: { label: 'See your order', url: order.orderUrl },
    signature: 'The Comptoir team',
  }),
};

const french: OrderMailWriter = {
  confirmed: (order, itemCount) => ({
    subject: `Votre commande${numbered(order.number)} est confirmée`,
    greeting: `Bonjour ${order.name},`,
    paragraphs: [
      `Merci pour votre commande de ${itemCount} ${itemCount > 1 ? 'articles' : 'article'} : elle est confirmée et nous la préparons.`,
      'Nous vous écrirons de nouveau à son expédition.',
    ],
    link: { label: 'Suivre votre commande', url: order.orderUrl },
    signature: 'L’équipe Comptoir',
  }),
  shipped: (order, parcel) => ({
    subject: `Votre commande${numbered(order.number)} est expédiée`,
    greeting: `Bonjour ${order.name},`,
    paragraphs: [
      `Votre commande${numbered(order.number)} est en route${parcel.carrier ? ` avec ${parcel.carrier}` : ''}${
        parcel.trackingNumber ? `, numéro de suivi ${parcel.trackingNumber}` : ''
      }.`,
    ],
    link: parcel.trackingUrl
      ? { label: 'Suivre votre colis', url: parcel.trackingUrl }
      : { label: 'Suivre votre commande', url: order.orderUrl },
    signature: 'L’équipe Comptoir',
  }),
  delivered: (order, helpUrl) => ({
    subject: `Votre commande${numbered(order.number)} est livrée`,
    greeting: `Bonjour ${order.name},`,
    paragraphs: [
      `Votre commande${numbered(order.number)} a été livrée. Nous espérons qu’elle vous plaira.`,
      `Un souci avec votre commande ? Notre centre d’aide vous attend sur ${helpUrl}`,
    ],
    link: { label: 'Voir votre commande', url: order.orderUrl },
    signature: 'L’équipe Comptoir',
  }),
  cancelled: (order, reason) => ({
    subject: `Votre commande${numbered(order.number)} est annulée`,
    greeting: `Bonjour ${order.name},`,
    paragraphs: [
      `Nous sommes désolés : votre commande${numbered(order.number)} a été annulée.`,
      reasonIn(frenchReasons, 'Elle n’a pas pu aboutir.', reason),
    ],
    link: { label: 'Voir votre commande', url: order.orderUrl },
    signature: 'L’équipe Comptoir',
  }),
};

export const orderMailContents: Record<Locale, OrderMailWriter> = { en: english, fr: french };
