import { normaliseDomain, parseHostPattern, patternCovers, patternKey, patternMatches, patternsOverlap, dnsListEntries } from '../lib/model/domain';

const ok = (input: string) => {
  const r = normaliseDomain(input);
  if (!r.ok) throw new Error(`expected ${input} to be valid: ${r.reason}`);
  return r.value;
};
const bad = (input: string) => {
  const r = normaliseDomain(input);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.reason;
};

describe('normaliseDomain', () => {
  test('lower-cases and drops one trailing dot', () => {
    expect(ok('ANTHROPIC.COM.')).toBe('anthropic.com');
    expect(ok('Api.OpenAI.com')).toBe('api.openai.com');
  });

  test('converts internationalised names to punycode', () => {
    expect(ok('bücher.example')).toBe('xn--bcher-kva.example');
    expect(ok('例え.テスト')).toBe('xn--r8jz45g.xn--zckzah');
  });

  test('rejects empty labels', () => {
    expect(bad('a..b.com')).toMatch(/empty label/);
    expect(bad('.anthropic.com')).toMatch(/empty label/);
    expect(bad('anthropic.com..')).toMatch(/empty label/);
    expect(bad('')).toMatch(/empty/);
  });

  test('rejects bad characters and URLs', () => {
    expect(bad('anthr_opic.com')).toMatch(/letters, digits/);
    expect(bad('-bad.com')).toMatch(/letters, digits/);
    expect(bad('https://api.openai.com/v1')).toMatch(/URL/);
    expect(bad('api openai.com')).toMatch(/white space/);
  });

  test('rejects wildcards anywhere', () => {
    expect(bad('*.anthropic.com')).toMatch(/wildcard/);
    expect(bad('api.*.com')).toMatch(/wildcard/);
  });

  test('rejects names over 253 characters and labels over 63', () => {
    const long = `${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.com`;
    expect(long.length).toBeGreaterThan(253);
    expect(bad(long)).toMatch(/253/);
    expect(bad(`${'b'.repeat(64)}.com`)).toMatch(/63/);
    expect(ok(`${'b'.repeat(63)}.com`)).toHaveLength(67);
  });

  test('needs a real TLD under at least two labels', () => {
    expect(bad('localhost')).toMatch(/two labels/);
    expect(bad('host.c0m')).toMatch(/TLD/);
    expect(bad('host.123')).toMatch(/not a valid/);
  });
});

describe('parseHostPattern', () => {
  const pattern = (host: string, sub = false) => {
    const r = parseHostPattern(host, sub);
    if (!r.ok) throw new Error(r.reason);
    return r.value;
  };

  test('the three host forms', () => {
    expect(pattern('api.anthropic.com')).toEqual({ domain: 'api.anthropic.com', apex: true, subdomains: false });
    expect(pattern('*.anthropic.com')).toEqual({ domain: 'anthropic.com', apex: false, subdomains: true });
    expect(pattern('anthropic.com', true)).toEqual({ domain: 'anthropic.com', apex: true, subdomains: true });
  });

  test('a wildcard only as the whole leading label', () => {
    expect(parseHostPattern('*api.anthropic.com').ok).toBe(false);
    expect(parseHostPattern('api.*.anthropic.com').ok).toBe(false);
    expect(parseHostPattern('*.*.anthropic.com').ok).toBe(false);
    expect(parseHostPattern('*.anthropic.com', true).ok).toBe(false);
  });

  test('matching respects label boundaries', () => {
    const anthropic = pattern('anthropic.com', true);
    expect(patternMatches(anthropic, 'anthropic.com')).toBe(true);
    expect(patternMatches(anthropic, 'a.b.api.anthropic.com')).toBe(true);
    expect(patternMatches(anthropic, 'notanthropic.com')).toBe(false);
    expect(patternMatches(anthropic, 'anthropic.com.evil.example')).toBe(false);
    expect(patternMatches(pattern('*.anthropic.com'), 'anthropic.com')).toBe(false);
    expect(patternMatches(pattern('api.anthropic.com'), 'x.api.anthropic.com')).toBe(false);
  });

  test('cover and overlap', () => {
    const whole = pattern('openai.com', true);
    const api = pattern('api.openai.com');
    const subs = pattern('*.openai.com');
    expect(patternCovers(whole, api)).toBe(true);
    expect(patternCovers(api, whole)).toBe(false);
    expect(patternCovers(subs, whole)).toBe(false);
    expect(patternCovers(whole, subs)).toBe(true);
    expect(patternsOverlap(api, whole)).toBe(true);
    expect(patternsOverlap(pattern('chatgpt.com', true), whole)).toBe(false);
    expect(patternsOverlap(pattern('openai.com'), subs)).toBe(false);
  });

  test('canonical keys and DNS Firewall entries', () => {
    expect(patternKey(pattern('anthropic.com', true))).toBe('anthropic.com+*.anthropic.com');
    expect(dnsListEntries(pattern('anthropic.com', true))).toEqual(['anthropic.com', '*.anthropic.com']);
    expect(dnsListEntries(pattern('*.anthropic.com'))).toEqual(['*.anthropic.com']);
  });
});
