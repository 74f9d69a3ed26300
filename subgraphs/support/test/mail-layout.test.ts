import { describe, expect, it } from 'vitest';
import { renderMail, storefrontLink } from '../src/domain/notifications/layout.ts';

describe('mail layout', () => {
  const content = {
    subject: 'Re: <script>alert(1)</script>',
    greeting: 'Hello Ana & "Bo",',
    paragraphs: ['An agent wrote: <img src=x onerror=alert(1)>'],
    link: { label: 'Your ticket', url: 'https://shop.example.test/t?a=1&b="2"' },
    signature: 'The team',
  };

  it('escapes every value in the HTML part and keeps the plain-text part as written', () => {
    const { html, text, subject } = renderMail(content);
    expect(subject).toBe(content.subject);
    expect(html).not.toMatch(/<script>|<img/);
    expect(html).toContain('<title>Re: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<p>Hello Ana &amp; &quot;Bo&quot;,</p>');
    expect(html).toContain('<a href="https://shop.example.test/t?a=1&amp;b=&quot;2&quot;">Your ticket</a>');
    expect(text).toContain('An agent wrote: <img src=x onerror=alert(1)>');
    expect(text).toContain('Your ticket: https://shop.example.test/t?a=1&b="2"');
  });

  it('builds storefront links under the configured address, path included', () => {
    expect(storefrontLink('http://127.0.0.1:4000', '/help')).toBe('http://127.0.0.1:4000/help');
    expect(storefrontLink('https://shop.example.test/fr-boutique', '/help')).toBe(
      'https://shop.example.test/fr-boutique/help',
    );
    expect(storefrontLink('https://shop.example.test/fr-boutique/', 'help')).toBe(
      'https://shop.example.test/fr-boutique/help',
    );
  });
});
