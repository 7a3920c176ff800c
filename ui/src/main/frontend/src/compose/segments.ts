/**
 * How many SMS segments a text takes, and in which encoding, as the carrier counts them: GSM-7 (160 characters in
 * one segment, 153 each when split; the extension characters count twice) unless a character is outside it, then
 * UCS-2 (70, or 67 each when split; characters outside the Basic Multilingual Plane count twice). The server's
 * preview stays the truth; this answers while the user types.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

export interface SegmentCount {
  encoding: 'GSM7' | 'UCS2';
  segments: number;
  /** The characters that make it UCS-2, each once, in order. */
  notGsm7: string[];
}

export function countSegments(text: string): SegmentCount {
  const notGsm7: string[] = [];
  let gsmUnits = 0;
  let ucsUnits = 0;
  for (const char of text) {
    ucsUnits += char.length;
    if (GSM7_BASIC.includes(char)) {
      gsmUnits += 1;
    } else if (GSM7_EXTENDED.includes(char)) {
      gsmUnits += 2;
    } else if (!notGsm7.includes(char)) {
      notGsm7.push(char);
    }
  }
  if (notGsm7.length === 0) {
    return { encoding: 'GSM7', segments: split(gsmUnits, 160, 153), notGsm7 };
  }
  return { encoding: 'UCS2', segments: split(ucsUnits, 70, 67), notGsm7 };
}

function split(units: number, single: number, each: number): number {
  if (units === 0) {
    return 0;
  }
  return units <= single ? 1 : Math.ceil(units / each);
}
