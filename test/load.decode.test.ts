/**
 * src/load/source.ts decodeSource: the bytes of a plan file as text. Before Node 24 well-formed UTF-8 is
 * decoded through ICU's converter (faster there than Node's own decoder); the text must be exactly what
 * a fatal TextDecoder gives, for every character (also outside the Basic Multilingual Plane, the byte
 * order mark, noncharacters), and malformed bytes are still refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../src/load/source.js';
import { runs } from './helpers/runs.js';

const decoder = new TextDecoder('utf-8', { fatal: true });
const text = (bytes: Uint8Array) => {
  const r = decodeSource(bytes, 'x.yaml');
  return r.ok ? r.text : r.diagnostic.code;
};

describe('decodeSource', () => {
  it('gives the text a fatal TextDecoder gives, for random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const bytes = Buffer.from(s, 'utf8');
        // No NUL: that is refused as "not text" before decoding.
        fc.pre(!bytes.includes(0));
        expect(text(bytes)).toBe(decoder.decode(bytes));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('decodes Vietnamese, emoji, noncharacters and a leading byte order mark exactly', () => {
    const s = 'Ủy ban nhân dân xã Minh Long 👶🏽 \uFFFE\uFFFF \u{10FFFD} e\u0301 Ω';
    expect(text(Buffer.from(s, 'utf8'))).toBe(s);
    expect(text(Buffer.from(`\uFEFF${s}`, 'utf8'))).toBe(s);
    expect(text(Buffer.from('\uFEFF', 'utf8'))).toBe('');
    expect(text(Buffer.from('version: 1\n', 'utf8'))).toBe('version: 1\n');
  });

  it('still refuses malformed UTF-8: a lone continuation byte, a cut sequence, an encoded surrogate', () => {
    for (const bad of [
      [0x61, 0x80],
      [0xe1, 0xbb],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
    ]) {
      expect(text(Uint8Array.from(bad))).toBe('FILE_NOT_TEXT');
    }
  });
});
