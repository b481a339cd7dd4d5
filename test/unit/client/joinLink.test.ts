// The join link a QR code or a printed card carries: the workshop's language when it is not bokmål, so the phone's
// first screen is already in nynorsk or English.
import { describe, expect, it } from 'vitest';
import { joinLinkOf } from '../../../client/src/ui/joinLink';

describe('the join link', () => {
  it('carries ?lang= for a nynorsk or English workshop, and nothing extra for bokmål', () => {
    expect(joinLinkOf('http://10.0.0.5:3000/join/7S59EQ', 'nn')).toBe('http://10.0.0.5:3000/join/7S59EQ?lang=nn');
    expect(joinLinkOf('https://kafe.no/join/7S59EQ', 'en')).toBe('https://kafe.no/join/7S59EQ?lang=en');
    expect(joinLinkOf('https://kafe.no/join/7S59EQ', 'nb')).toBe('https://kafe.no/join/7S59EQ');
    expect(joinLinkOf('https://kafe.no/join/7S59EQ', undefined)).toBe('https://kafe.no/join/7S59EQ');
  });

  it("a table card's link seats the phone at its table, in the workshop's language", () => {
    expect(joinLinkOf('https://kafe.no/join/7S59EQ', 'nn', 3)).toBe('https://kafe.no/join/7S59EQ?table=3&lang=nn');
    expect(joinLinkOf('https://kafe.no/join/7S59EQ', 'nb', 3)).toBe('https://kafe.no/join/7S59EQ?table=3');
  });
});
