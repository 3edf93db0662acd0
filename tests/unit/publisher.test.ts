// The publisher (content/publisher.json), parsed in-process: confirmed details are shown with
// their source, open ones are kept for editors, bad input names the file, the field and what
// was expected.
import { describe, expect, it } from 'vitest';
import { loadPublisher, parsePublisher, PublisherError } from '../../src/model/publisher';

const FILE = 'content/publisher.json';
const sourced = (value: string) => ({ value, source: 'https://www.example.be/contact', consulted: '2026-12-02' });
const valid = {
  name: sourced('Agentschap Integratie en Inburgering'),
  website: sourced('https://www.integratie-inburgering.be/'),
  contactPage: { needsCheck: 'not found yet' },
  postalAddress: sourced('Straat 1\n1000 Brussel'),
  email: sourced('info@example.be'),
  phone: { needsCheck: 'not found yet' },
  links: [{ id: 'naric', url: 'https://naricvlaanderen.be/', source: 'https://naricvlaanderen.be/en/', consulted: '2026-12-02' }],
};

describe('publisher', () => {
  it('shows only details with a source, in the order readers look for them; the rest is for editors', () => {
    const publisher = parsePublisher(valid, FILE);
    expect(publisher.name.value).toBe('Agentschap Integratie en Inburgering');
    expect(publisher.contact.map((detail) => detail.field)).toEqual(['postalAddress', 'email']);
    expect(publisher.needsCheck.map((open) => open.field)).toEqual(['phone', 'contactPage']);
  });

  it.each([
    [{ ...valid, name: { value: 'X' } }, /field "name.source"/],
    [
      { ...valid, email: { value: 'info@example.be', source: 'example.be', consulted: '2026-12-02' } },
      /field "email.source": expected the page it comes from as a full web address starting with https:\/\//,
    ],
    [
      { ...valid, phone: { ...sourced('02'), consulted: '2-12-2026' } },
      /field "phone.consulted": expected the date the source was consulted, written as YYYY-MM-DD/,
    ],
    [{ ...valid, links: [{ ...valid.links[0], id: 'embassy' }] }, /field "links.0.id": expected one of: agency, naric, immigrationOffice, municipality/],
    [{ ...valid, fax: sourced('02') }, /unknown field "fax"/],
    [{ ...valid, links: [valid.links[0], valid.links[0]] }, /"naric" is listed twice/],
  ])('refuses bad input, naming the file and the field (%#)', (input, message) => {
    expect(() => parsePublisher(input, FILE)).toThrow(PublisherError);
    expect(() => parsePublisher(input, FILE)).toThrow(message);
    expect(() => parsePublisher(input, FILE)).toThrow(/^content\/publisher\.json: /);
  });

  it('the real file: the agency, with its website and the four official links', () => {
    const publisher = loadPublisher();
    expect(publisher.name.value).toBe('Agentschap Integratie en Inburgering');
    expect(publisher.website.value).toMatch(/^https:\/\/www\.integratie-inburgering\.be\//);
    expect(publisher.links.map((link) => link.id)).toEqual(['agency', 'naric', 'immigrationOffice', 'municipality']);
  });
});
