import type { ConsumerDefinition } from '@comptoir/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keepMail } from '../mail/mail.ts';
import { recipientOf } from '../recipients.ts';
import { OrderOwner } from '../ticket.ts';
import { type MailContent, renderMail, storefrontLink } from './layout.ts';
import { type OrderFacts, type OrderMailWriter, orderMailContents } from './order-mail-contents.ts';

interface OrderOfMail {
  orderId: string;
  customerId: string;
  number: string | null;
}

/**
 * The order's customer and number from the order-owners read model. An order it does not hold
 * yet (its `order.placed` still on its way) fails the handler: retried, then dead-lettered.
 */
async function orderOf(em: EntityManager, orderId: string): Promise<OrderOfMail> {
  const owner = await em.findOne(OrderOwner, { id: orderId });
  if (!owner) throw new Error(`order ${orderId} not known to support yet: its mail is not kept`);
  return { orderId, customerId: owner.customerId, number: owner.number ?? null };
}

/**
 * Mails each order's customer, in the language of their account, at four moments: confirmed,
 * shipped (with its tracking link), delivered, cancelled (with the reason in words). One mail per
 * order and moment, kept under `order:<orderId>:<purpose>`, whatever redeliveries or repeated
 * events. A customer whose profile has not arrived yet fails the handler: the event is retried,
 * then dead-lettered for replay, never dropped in silence.
 */
export function orderMails(storefrontUrl: string): ConsumerDefinition {
  const link = (path: string) => storefrontLink(storefrontUrl, path);

  const keepOrderMail = async (
    em: EntityManager,
    order: OrderOfMail,
    purpose: string,
    write: (writer: OrderMailWriter, facts: OrderFacts) => MailContent,
  ): Promise<void> => {
    const recipient = await recipientOf(em, order.customerId);
    if (!recipient) throw new Error(`no profile of customer ${order.customerId} yet: ${purpose} mail not kept`);
    const facts = { name: recipient.name, number: order.number, orderUrl: link(`/account/orders/${order.orderId}`) };
    await keepMail(em, {
      key: `order:${order.orderId}:${purpose}`,
      purpose,
      recipient: recipient.email,
      language: recipient.language,
      rendered: renderMail(write(orderMailContents[recipient.language], facts)),
    });
  };

  return {
    group: 'support.order-mails',
    handlers: {
      'order.confirmed': async ({ em }, { data }) => {
        const itemCount = data.lines.reduce((count, line) => count + line.quantity, 0);
        await keepOrderMail(em, data, 'order-confirmed', (mails, order) => mails.confirmed(order, itemCount));
      },
      'order.shipped': async ({ em }, { data }) => {
        const { carrier, trackingNumber } = data;
        const trackingUrl = trackingNumber ? link(`/track?number=${encodeURIComponent(trackingNumber)}`) : null;
        await keepOrderMail(em, await orderOf(em, data.orderId), 'order-shipped', (mails, order) =>
          mails.shipped(order, { carrier, trackingNumber, trackingUrl }),
        );
      },
      'order.delivered': async ({ em }, { data }) => {
        await keepOrderMail(em, await orderOf(em, data.orderId), 'order-delivered', (mails, order) =>
          mails.delivered(order, link('/help')),
        );
      },
      'order.cancelled': async ({ em }, { data }) => {
        await keepOrderMail(em, await orderOf(em, data.orderId), 'order-cancelled', (mails, order) =>
          mails.cancelled(order, data.reason),
        );
      },
    },
  };
}
