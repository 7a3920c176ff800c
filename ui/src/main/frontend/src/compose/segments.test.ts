import { countSegments } from './segments';

describe('countSegments', () => {
  it('counts plain text in GSM-7, 160 to a segment and 153 each when split', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'GSM7', segments: 1, notGsm7: [] });
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
    expect(countSegments('').segments).toBe(0);
  });

  it('counts the extension characters twice', () => {
    expect(countSegments('€'.repeat(80)).segments).toBe(1);
    expect(countSegments('€'.repeat(81)).segments).toBe(2);
  });

  it('says which characters make it UCS-2, at 70 to a segment', () => {
    const count = countSegments('Matrícula ready, ¿sí? 😀');
    expect(count.encoding).toBe('UCS2');
    expect(count.notGsm7).toEqual(['í', '😀']);
    expect(countSegments('í'.repeat(70)).segments).toBe(1);
    expect(countSegments('í'.repeat(71)).segments).toBe(2);
  });
});
