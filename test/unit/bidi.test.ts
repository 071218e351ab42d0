import { describe, expect, it } from 'vitest';
import { bidiParts, FSI, isolate, PDI, withoutIsolates } from '../../src/i18n/bidi.js';
import { messagesFor } from '../../src/i18n/index.js';
import { loadCatalog } from '../../src/i18n/messages.js';
import { spanishList } from '../../src/i18n/words.js';

const CLINIC = 'מרפאה!';
const OPTION = 'טיפול';
const marked = (text: string) => `${FSI}${text}${PDI}`;

describe('isolating dataset text in a sentence (issue #14, item 6)', () => {
  it('isolate marks text with FSI ... PDI, and leaves empty text empty', () => {
    expect(isolate(CLINIC)).toBe('\u2068מרפאה!\u2069');
    expect(isolate('')).toBe('');
  });

  it('bidiParts splits a message into sentence text and dataset pieces, outermost first', () => {
    expect(bidiParts('No dataset text.')).toEqual(['No dataset text.']);
    expect(bidiParts(`Contact ${isolate(CLINIC)}:`)).toEqual(['Contact ', { dataset: CLINIC }, ':']);
    expect(bidiParts(`${isolate('A')}, ${isolate('B')}`)).toEqual([{ dataset: 'A' }, ', ', { dataset: 'B' }]);
    // A piece holding an isolated piece of its own stays one piece, with its inner marks, for the renderer to recurse.
    expect(bidiParts(`x ${isolate(`${isolate('A')} 10`)} y`)).toEqual(['x ', { dataset: `${isolate('A')} 10` }, ' y']);
    // Unmatched marks: a lone PDI is dropped, an unclosed FSI runs to the end.
    expect(bidiParts(`a${PDI}b`)).toEqual(['ab']);
    expect(bidiParts(`a ${FSI}b`)).toEqual(['a ', { dataset: 'b' }]);
    expect(withoutIsolates(`Contact ${isolate(CLINIC)}:`)).toBe(`Contact ${CLINIC}:`);
  });

  it('every English and Spanish message that takes dataset text isolates it', async () => {
    expect(await loadCatalog('es')).toBe(true);
    for (const lang of ['en', 'es']) {
      const m = messagesFor(lang);
      const j = m.journey;
      const disclosure = m.clinicDisclosure(CLINIC, [OPTION, 'TMS']);
      expect(disclosure.startsWith(marked(CLINIC))).toBe(true);
      expect(disclosure).toContain(marked(OPTION));
      expect(disclosure).toContain(marked('TMS'));
      for (const text of [
        j.dealBreaker(OPTION),
        j.setAsideNote(OPTION),
        j.ownConcernRating(OPTION),
        m.clinicTitle(OPTION),
        m.clinicProvenance(OPTION, 'x'),
        m.clinicContact(OPTION),
        m.moreFor(OPTION),
        m.conditionSpecific(OPTION),
        m.cellDetails(OPTION, 'y', 'z'),
        m.detailsFor(OPTION, 'y'),
        m.outcomeLine(3, OPTION),
        m.outcomeOther(3, OPTION),
        m.outcomeComparison(OPTION, 3),
        m.chartPart(OPTION, 3),
        m.segmentTitle('y', 3, OPTION),
        m.close([OPTION, 'y']),
        m.clear(OPTION),
        m.closeAtStart([OPTION, 'y']),
        m.clearAtStart(OPTION),
        m.clearShare(7, OPTION),
        m.sensitivity(OPTION, 'more', true, 8, 5, 'y'),
        j.iconEvent(3, OPTION),
        j.iconNonEvent(3, OPTION),
        j.iconBothFrames(3, OPTION, 'y', 'z'),
        j.iconAlt(OPTION, 3, 'y', 'z'),
        j.iconLegendFilled(OPTION),
        j.iconLegendOutlined(OPTION),
        j.iconWho(OPTION),
        j.iconComparison(OPTION),
      ])
        expect(text, `${lang}: ${text}`).toContain(marked(OPTION));
      // Who and when are sentences of their own: their full stop goes inside.
      expect(m.outcomeWho(OPTION, 'y')).toBe(`${marked(`${OPTION}.`)} ${marked('y.')}`);
    }
  });

  it('the sentence around the isolated text keeps its words and punctuation', () => {
    const m = messagesFor('en');
    expect(m.journey.dealBreaker(CLINIC)).toBe(`Not an option for me: ${marked(CLINIC)}`);
    expect(m.clinicContact(CLINIC)).toBe(`Contact ${marked(CLINIC)}:`);
    expect(m.sensitivity(OPTION, 'less', false, 3, 5, 'TMS')).toBe(
      `If “${marked(OPTION)}” mattered a bit less to you (about 3 instead of 5), ${marked('TMS')} would line up about as well.`,
    );
  });

  it('Spanish "y"/"e" reads the isolated label from its first letter', () => {
    expect(spanishList([isolate('terapia física'), isolate('inyecciones')])).toBe(`${marked('terapia física')} e ${marked('inyecciones')}`);
    expect(spanishList([isolate('agua'), isolate('hielo')])).toBe(`${marked('agua')} y ${marked('hielo')}`);
  });
});
