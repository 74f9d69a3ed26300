import escapeHtml from 'escape-html';
import type { RenderedMail } from '../mail/mail.ts';

export interface MailLink {
  label: string;
  url: string;
}

/** What a mail says, in one language; every value is plain text, escaped here for HTML. */
export interface MailContent {
  subject: string;
  /** Absent in a newsletter, written to many. */
  greeting?: string;
  paragraphs: string[];
  /** What the mail invites to do; a newsletter may have none. */
  link?: MailLink;
  signature: string;
  /** Small print after the signature: why the mail came and how to stop it. */
  footer?: { text: string; link: MailLink };
}

const anchor = (link: MailLink) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>`;

/** The HTML and plain-text parts of one mail, laid out the same way for every moment and newsletter. */
export function renderMail(content: MailContent): RenderedMail {
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;color:#222">',
    ...(content.greeting ? [`<p>${escapeHtml(content.greeting)}</p>`] : []),
    ...content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...(content.link ? [`<p>${anchor(content.link)}</p>`] : []),
    `<p>${escapeHtml(content.signature)}</p>`,
    ...(content.footer
      ? [`<p style="font-size:small;color:#666">${escapeHtml(content.footer.text)} ${anchor(content.footer.link)}</p>`]
      : []),
    '</body></html>',
  ].join('\n');
  const text = [
    ...(content.greeting ? [content.greeting] : []),
    ...content.paragraphs,
    ...(content.link ? [`${content.link.label}: ${content.link.url}`] : []),
    content.signature,
    ...(content.footer ? [`--\n${content.footer.text}\n${content.footer.link.label}: ${content.footer.link.url}`] : []),
  ].join('\n\n');
  return { subject: content.subject, html, text: `${text}\n` };
}

/** A storefront address under `storefrontUrl` (which may itself have a path). */
export function storefrontLink(storefrontUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), storefrontUrl.endsWith('/') ? storefrontUrl : `${storefrontUrl}/`).href;
}
