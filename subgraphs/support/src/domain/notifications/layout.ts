import escapeHtml from 'escape-html';
import type { RenderedMail } from '../mail/mail.ts';

/** What a notification says, in one language; every value is plain text, escaped here for HTML. */
export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  link: { label: string; url: string };
  signature: string;
}

/** The HTML and plain-text parts of one notification, laid out the same way for every moment. */
export function renderMail(content: MailContent): RenderedMail {
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;color:#222">',
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(content.link.url)}">${escapeHtml(content.link.label)}</a></p>`,
    `<p>${escapeHtml(content.signature)}</p>`,
    '</body></html>',
  ].join('\n');
  const text = [
    content.greeting,
    ...content.paragraphs,
    `${content.link.label}: ${content.link.url}`,
    content.signature,
  ].join('\n\n');
  return { subject: content.subject, html, text: `${text}\n` };
}

/** A storefront address under `storefrontUrl` (which may itself have a path). */
export function storefrontLink(storefrontUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), storefrontUrl.endsWith('/') ? storefrontUrl : `${storefrontUrl}/`).href;
}
